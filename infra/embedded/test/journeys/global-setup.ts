/**
 * The journey suite's platforms: ONE per way of running for the whole run, each in a process of its own
 * (platform-process.ts), started here by its project (`journeys-embedded`, `journeys-postgres`: vitest.config.ts)
 * and handed to the journey files by address (inject("journeyPlatforms")):
 *
 * - `embedded`: the default start, in memory: one PGlite instance, the in-process bus, the gateway in SAFELIST mode
 *   (only the operations of gateway/persisted-operations.json; the journeys send nothing else anyway);
 * - `postgres`: a fresh PostgreSQL database and the Kafka broker (KAFKA_BROKERS, 127.0.0.1:9092), the services
 *   hosted in that one process (the separate-process layout is proven by test/services-mode.test.ts).
 *
 * `--project journeys-embedded` (or journeys-postgres) runs one way only, to run a journey alone quickly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { dropStale } from "@meander/testing";
import type { JourneyMode, JourneyPlatformInfo } from "./modes.js";
import { PREFIX, READY } from "./platform-process.js";

declare module "vitest" {
  export interface ProvidedContext {
    journeyPlatforms: Partial<Record<JourneyMode, JourneyPlatformInfo>>;
  }
}

interface Project {
  name: string;
  provide(key: "journeyPlatforms", value: Partial<Record<JourneyMode, JourneyPlatformInfo>>): void;
}

// A quiet CI machine starts both in about half a minute; a loaded one (other test runs beside it) takes minutes.
const START_TIMEOUT_MS = 300_000;

/** Starts one platform's process and waits for its ready line. */
function launch(mode: JourneyMode): Promise<{ proc: ChildProcess; info: JourneyPlatformInfo }> {
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./platform-process.ts", import.meta.url).pathname, mode],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => (
        proc.kill("SIGKILL"),
        reject(new Error(`journey platform ${mode} did not start in ${START_TIMEOUT_MS} ms:\n${out}`))
      ),
      START_TIMEOUT_MS,
    );
    const onData = (d: Buffer) => {
      out = (out + d).slice(-20_000);
      const line = out.split("\n").find((l) => l.startsWith(READY));
      if (!line) return;
      clearTimeout(timer);
      proc.stdout!.off("data", onData);
      proc.stdout!.resume();
      resolve({ proc, info: JSON.parse(line.slice(READY.length)) as JourneyPlatformInfo });
    };
    proc.stdout!.on("data", onData);
    // The platform logs nothing unless asked (LOG_LEVEL); what it writes to stderr is a failure worth seeing.
    proc.stderr!.on("data", (d: Buffer) => {
      out = (out + d).slice(-20_000);
      process.stderr.write(d);
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`journey platform ${mode} exited (${code}) before it was ready:\n${out}`));
    });
  });
}

function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => proc.kill("SIGKILL"), 30_000);
    proc.once("exit", () => (clearTimeout(kill), resolve()));
    proc.kill("SIGTERM");
  });
}

export default async function setup(project: Project) {
  await dropStale(PREFIX);
  const mode = project.name.replace(/^journeys-/, "") as JourneyMode;
  const started = await Promise.allSettled([mode].map(async (m) => ({ mode: m, ...(await launch(m)) })));
  const ok = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.flatMap((s) => (s.status === "rejected" ? [s.reason as Error] : []));
  if (failed.length) {
    await Promise.all(ok.map((s) => stop(s.proc)));
    throw failed[0];
  }
  const info: Partial<Record<JourneyMode, JourneyPlatformInfo>> = {};
  for (const s of ok) info[s.mode] = s.info;
  project.provide("journeyPlatforms", info);
  return async () => {
    await Promise.all(ok.map((s) => stop(s.proc)));
  };
}
