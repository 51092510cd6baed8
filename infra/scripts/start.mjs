// `npm start`: install, then run the whole platform embedded (PGlite, in-process events) and print its URL.
// A second start on a data directory in use is refused before anything else; Ctrl-C or SIGTERM (to this process or
// its group) ends it within 10 s: the platform stops gracefully or at its own deadline (8 s), and past 10 s it is killed.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { lockHolder, lockedMessage } from "./data-lock.mjs";
import { install } from "./pnpm.mjs";

const STOP_DEADLINE_MS = 10_000;
const root = new URL("../..", import.meta.url).pathname;
// The launcher's default (infra/embedded/src/config.ts), resolved as the launcher will (it runs in the root).
const dataDir = resolve(root, process.env.MEANDER_DATA_DIR || ".data/embedded");
const holder = lockHolder(dataDir);
if (holder) {
  console.error(lockedMessage(dataDir, holder));
  process.exit(1);
}

install();
const child = spawn(process.execPath, ["--import", "tsx", "infra/embedded/src/main.ts"], {
  stdio: "inherit",
  cwd: root,
});
let stopping = 0;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    child.kill(signal);
    if (stopping) return;
    stopping = Date.now();
    setTimeout(() => {
      console.error(`Meander did not stop within ${STOP_DEADLINE_MS / 1000} s; killing it (process ${child.pid}).`);
      child.kill("SIGKILL");
      process.exit(1);
    }, STOP_DEADLINE_MS - 500).unref();
  });
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
