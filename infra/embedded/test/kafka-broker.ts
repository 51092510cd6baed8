/** A broker of the test's own (infra/kafka on another port), so pausing it never disturbs other tests. */
import { execFileSync } from "node:child_process";

const script = new URL("../../kafka/kafka.sh", import.meta.url).pathname;

/** The broker on `port`, its controller on `controllerPort` (take both from freePorts). */
export function broker(port: number, controllerPort: number) {
  const run = (cmd: string) =>
    execFileSync("env", [`KAFKA_PORT=${port}`, `KAFKA_CONTROLLER_PORT=${controllerPort}`, script, cmd], {
      stdio: "pipe",
    }).toString();
  return {
    brokers: [`127.0.0.1:${port}`],
    start: () => run("start"),
    pause: () => run("pause"),
    resume: () => run("resume"),
    stop: () => run("stop"),
  };
}

export async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`not reached within ${ms} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
