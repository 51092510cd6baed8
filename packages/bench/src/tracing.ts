/**
 * The tracing overhead (issue 23): the gateway's throughput on the mobile home screen (50 connections, autocannon)
 * with tracing off, as every platform runs without OTEL_EXPORTER_OTLP_ENDPOINT, and on, every process exporting its
 * spans over OTLP/HTTP (batched, as in production) to a receiver in the bench's process (a collector on the host).
 *
 * The same seven processes of the gateway scenario's launch serve both modes, so no second start is paid (the quick
 * mode adds a few seconds): each gets a small `--import` preload (like the profiler's, src/profile.ts) that starts
 * tracing on SIGHUP, exactly as main.ts does when the variable is set, and shuts it down on the next one (a stopped
 * tracer records nothing, see @meander/observability tracing.ts). Rounds alternate, off first, so drift on the
 * shared machine hits both alike: off, on, off, on, ...
 *
 * Figures: requests per second of each round; `onRatio`, on over off (the baseline: every off round); `offRatio`,
 * the off rounds after tracing had run over the first one, before it ever ran (what is left of it when off: 1.0 is
 * unchanged, the rest is the machine's noise); CPU ms per home screen of the four processes the query reaches.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import type { Launched } from "@meander/embedded";
import { startOtlpReceiver, type OtlpReceiver } from "@meander/testing";
import { cpuMs, HOME } from "./gateway.js";

const REACHED = ["gateway", "activity", "identity", "organization"] as const;
const OBSERVABILITY = new URL("../../observability/src/index.ts", import.meta.url).href;

/** The preload: tracing on at one SIGHUP, off at the next (imported lazily: tsx's loader is registered by then). */
const preload = (endpoint: string) => `import { basename } from "node:path";
let tracing = null;
let queue = Promise.resolve();
process.on("SIGHUP", () => {
  queue = queue.then(async () => {
    if (tracing) {
      const t = tracing;
      tracing = null;
      await t.shutdown();
    } else {
      const { startTracing } = await import(${JSON.stringify(OBSERVABILITY)});
      tracing = startTracing({ serviceName: basename(process.cwd()), endpoint: ${JSON.stringify(endpoint)} });
    }
  }).catch((err) => console.error("bench tracing toggle failed", err));
});
`;

/** The receiver and the environment that makes launched processes' tracing switchable (added to launchServices' env). */
export async function tracingToggle(dir: string, nodeOptions = ""): Promise<{ receiver: OtlpReceiver; env: Record<string, string> }> {
  const receiver = await startOtlpReceiver({ keep: false });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "meander-tracing-toggle.mjs");
  writeFileSync(file, preload(receiver.endpoint));
  return { receiver, env: { NODE_OPTIONS: `${nodeOptions} --import ${pathToFileURL(file).href}`.trim() } };
}

/** One load at 50 connections (a request may take long on a crowded machine: 60 s before autocannon gives up on it). */
async function round(svc: Launched, token: string, seconds: number) {
  const body = JSON.stringify({ query: HOME, variables: {} });
  const before = REACHED.map((p) => cpuMs(svc.pids[p]));
  const r = await autocannon({ url: svc.gatewayUrl, method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body, connections: 50, duration: seconds, timeout: 60 });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${svc.gatewayUrl}: ${r.non2xx} non-2xx answers, ${r.errors} errors under load`);
  const n = Math.max(r.requests.total, 1);
  return { rps: r.requests.total / seconds, cpuMs: REACHED.reduce((sum, p, i) => sum + cpuMs(svc.pids[p]) - before[i]!, 0) / n };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

export async function tracingOverhead(svc: Launched, receiver: OtlpReceiver, token: string, opts: { rounds: number; seconds: number; warmUp: boolean }) {
  const pids = Object.values(svc.pids);
  const toggle = async () => {
    for (const pid of pids) process.kill(pid, "SIGHUP");
    await sleep(300);
  };
  const off: Array<Awaited<ReturnType<typeof round>>> = [];
  const on: Array<Awaited<ReturnType<typeof round>>> = [];
  if (opts.warmUp) await round(svc, token, opts.seconds); // the gateway scenario warmed the processes when it ran before
  for (let i = 0; i < opts.rounds; i++) {
    off.push(await round(svc, token, opts.seconds));
    await toggle();
    const exported = receiver.count();
    on.push(await round(svc, token, opts.seconds));
    await toggle(); // shutting down flushes what the batches held (over HTTP: it may take a moment on a busy machine)
    for (let waited = 0; receiver.count() === exported; waited += 200) {
      if (waited > 20_000) throw new Error("tracing on, yet no span reached the receiver: the toggle preload did not work");
      await sleep(200);
    }
  }
  const offRps = mean(off.map((r) => r.rps));
  const onRps = mean(on.map((r) => r.rps));
  return {
    rounds: opts.rounds,
    seconds: opts.seconds,
    offRps: off.map((r) => +r.rps.toFixed(1)),
    onRps: on.map((r) => +r.rps.toFixed(1)),
    /** Throughput with tracing on over off: 0.95 is 5 % fewer home screens per second. */
    onRatio: +(onRps / offRps).toFixed(3),
    /** Off after tracing ran, over off before it ever ran (1.0: unchanged). */
    offRatio: +(mean(off.slice(1).map((r) => r.rps)) / off[0]!.rps).toFixed(3),
    cpuMsPerRequest: { off: +mean(off.map((r) => r.cpuMs)).toFixed(2), on: +mean(on.map((r) => r.cpuMs)).toFixed(2) },
    /** Spans the receiver got (all processes; a home screen makes about fifteen). */
    spansExported: receiver.count(),
  };
}
