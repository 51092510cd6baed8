// Decodes one HEIC image in a worker thread, so the WebAssembly decoder (seconds for a large photo)
// never blocks the service's event loop. Plain JavaScript: runs the same under node, tsx and vitest.
import { parentPort, workerData } from "node:worker_threads";
import decode from "heic-decode";

const { bytes, maxInputPixels } = workerData;
let images;
try {
  images = await decode.all({ buffer: new Uint8Array(bytes) });
  const primary = images[0];
  if (primary.width * primary.height > maxInputPixels) {
    parentPort.postMessage({ error: "dimensions" });
  } else {
    const { width, height, data } = await primary.decode();
    parentPort.postMessage({ width, height, data }, [data.buffer]);
  }
} catch {
  parentPort.postMessage({ error: "unreadable" });
} finally {
  images?.dispose();
}
