/**
 * The tracing overhead (issue 23): the gateway's throughput on the mobile home screen (50 connections, autocannon)
 * with tracing off, as every platform runs without OTEL_EXPORTER_OTLP_ENDPOINT, and on, every process exporting its
 * spans over OTLP/HTTP (batched, as in production) to a receiver in the bench's process (a collector on the host).
 *
 * The same seven processes of the gateway scenario's launch serve both modes, so no second start is paid (the quick
 * mode adds a few seconds): each gets a small `--import` preload (like the profiler's, src/profile.ts) that starts
 * tracing on SIGHUP, exactly as main.ts does when the variable is set, and shuts it down on the next one (a stopped
 * tracer records nothing, see @meander/observability tracing.ts). Tracing on comes in two samplers, read by the
 * preload from a file the bench writes before each toggle: the default (parentbased_traceidratio at 0.1, what
 * operators run; OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG of the bench's environment change it) and always_on
 * (every request traced: the full cost). Rounds alternate, off first, so drift on the shared machine hits all alike:
 * off, default, off, always_on, off, default, ...
 *
 * Figures: requests per second of each round; `onRatio` (default sampler) and `alwaysOnRatio`, on over off (the
 * baseline: every off round); `offRatio`, the off rounds after tracing had run over the first one, before it ever ran
 * (what is left of it when off: 1.0 is unchanged, the rest is the machine's noise); CPU ms per home screen of the four
 * processes the query reaches, per mode.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import type { Launched } from "@meander/embedded";
import { chooseSampler } from "@meander/observability";
import { benchConfig } from "./config.js";
import { startOtlpReceiver, type OtlpReceiver } from "@meander/testing";
import { cpuMs, HOME } from "./gateway.js";
import { profiled, selfTimeByOrigin } from "./profile.js";

const REACHED = ["gateway", "activity", "identity", "organization"] as const;
const OBSERVABILITY = new URL("../../observability/src/index.ts", import.meta.url).href;

/**
 * The preload: tracing on at one SIGHUP (with the sampler the mode file names), off at the next (imported lazily:
 * tsx's loader is registered by then).
 */
const preload = (endpoint: string, modeFile: string) => `import { basename } from "node:path";
import { readFileSync } from "node:fs";
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
      const { sampler, samplerArg } = JSON.parse(readFileSync(${JSON.stringify(modeFile)}, "utf8"));
      tracing = startTracing({ serviceName: basename(process.cwd()), endpoint: ${JSON.stringify(endpoint)}, sampler, samplerArg });
    }
  }).catch((err) => console.error("bench tracing toggle failed", err));
});
`;

/** The receiver and the environment that makes launched processes' tracing switchable (added to launchServices' env). */
export interface TracingToggle {
  receiver: OtlpReceiver;
  env: Record<string, string>;
  /** The sampler the next "on" uses (undefined name: OTEL_TRACES_SAMPLER of the bench's environment, else the default). */
  samplerNext(sampler: string | undefined, samplerArg?: string): void;
}

export async function tracingToggle(dir: string, nodeOptions = ""): Promise<TracingToggle> {
  const receiver = await startOtlpReceiver({ keep: false });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "meander-tracing-toggle.mjs");
  const modeFile = join(dir, "meander-tracing-mode.json");
  writeFileSync(file, preload(receiver.endpoint, modeFile));
  const samplerNext = (sampler: string | undefined, samplerArg?: string) =>
    writeFileSync(modeFile, JSON.stringify({ sampler, samplerArg }));
  samplerNext(undefined);
  return { receiver, samplerNext, env: { NODE_OPTIONS: `${nodeOptions} --import ${pathToFileURL(file).href}`.trim() } };
}

/** One load at 50 connections (a request may take long on a crowded machine: 60 s before autocannon gives up on it). */
async function round(svc: Launched, token: string, seconds: number) {
  const body = JSON.stringify({ query: HOME, variables: {} });
  const before = REACHED.map((p) => cpuMs(svc.pids[p]));
  const r = await autocannon({
    url: svc.gatewayUrl,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body,
    connections: 50,
    duration: seconds,
    timeout: 60,
  });
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${svc.gatewayUrl}: ${r.non2xx} non-2xx answers, ${r.errors} errors under load`);
  const n = Math.max(r.requests.total, 1);
  return {
    requests: r.requests.total,
    rps: r.requests.total / seconds,
    cpuMs: REACHED.reduce((sum, p, i) => sum + cpuMs(svc.pids[p]) - before[i]!, 0) / n,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

type Round = Awaited<ReturnType<typeof round>>;

export async function tracingOverhead(
  svc: Launched,
  toggler: TracingToggle,
  token: string,
  opts: { rounds: number; seconds: number; warmUp: boolean },
) {
  const { receiver } = toggler;
  const pids = Object.values(svc.pids);
  const toggle = async () => {
    for (const pid of pids) process.kill(pid, "SIGHUP");
    await sleep(300);
  };
  // The default sampler is what the processes would pick from the bench's own environment (as main.ts does).
  const defaultSampler = chooseSampler(benchConfig.tracesSampler, benchConfig.tracesSamplerArg);
  const modes = [
    { key: "default", sampler: benchConfig.tracesSampler, arg: benchConfig.tracesSamplerArg },
    { key: "alwaysOn", sampler: "always_on", arg: undefined },
  ] as const;
  const off: Round[] = [];
  const on: Record<(typeof modes)[number]["key"], Round[]> = { default: [], alwaysOn: [] };
  const spans = { default: 0, alwaysOn: 0 };
  // Each on load between the off loads either side of it (a closing off load ends the run): the machine's drift
  // over the run, which on a shared machine is larger than the overhead, cancels in these pairs.
  const pairs: Array<{ key: (typeof modes)[number]["key"]; before: Round; on: Round; after?: Round }> = [];
  if (opts.warmUp) await round(svc, token, opts.seconds); // the gateway scenario warmed the processes when it ran before
  for (let i = 0; i < opts.rounds; i++) {
    for (const mode of modes) {
      off.push(await round(svc, token, opts.seconds));
      toggler.samplerNext(mode.sampler, mode.arg);
      await toggle();
      const exported = receiver.count();
      on[mode.key].push(await round(svc, token, opts.seconds));
      pairs.push({ key: mode.key, before: off.at(-1)!, on: on[mode.key].at(-1)! });
      await toggle(); // shutting down flushes what the batches held (over HTTP: it may take a moment on a busy machine)
      for (let waited = 0; receiver.count() === exported; waited += 200) {
        if (waited > 20_000)
          throw new Error("tracing on, yet no span reached the receiver: the toggle preload did not work");
        await sleep(200);
      }
      // Then the last batches: until the count stays put for half a second.
      for (let seen = -1; receiver.count() !== seen; await sleep(500)) seen = receiver.count();
      spans[mode.key] += receiver.count() - exported;
    }
  }
  off.push(await round(svc, token, opts.seconds));
  pairs.forEach((p, i) => (p.after = pairs[i + 1]?.before ?? off.at(-1)));
  /** Geometric mean over the mode's loads of on / mean(off before, off after): requests per second, CPU per request. */
  const paired = (key: (typeof modes)[number]["key"], of: (r: Round) => number) => {
    const ratios = pairs.filter((p) => p.key === key).map((p) => of(p.on) / ((of(p.before) + of(p.after!)) / 2));
    return +Math.exp(mean(ratios.map(Math.log))).toFixed(3);
  };
  const offRps = mean(off.map((r) => r.rps));
  const ratio = (rounds: Round[]) => +(mean(rounds.map((r) => r.rps)) / offRps).toFixed(3);
  const rps = (rounds: Round[]) => rounds.map((r) => +r.rps.toFixed(1));
  const perRequest = (n: number, rounds: Round[]) =>
    +(
      n /
      Math.max(
        rounds.reduce((sum, r) => sum + r.requests, 0),
        1,
      )
    ).toFixed(2);
  const cpu = (rounds: Round[]) => +mean(rounds.map((r) => r.cpuMs)).toFixed(2);
  return {
    rounds: opts.rounds,
    seconds: opts.seconds,
    sampler: `${defaultSampler.name}${defaultSampler.ratio === undefined ? "" : ` ${defaultSampler.ratio}`}`,
    offRps: rps(off),
    onRps: rps(on.default),
    alwaysOnRps: rps(on.alwaysOn),
    /** Throughput with tracing on (the default sampler) over off, load by load against its neighbours: 0.95 is 5 % fewer home screens per second. */
    onRatio: paired("default", (r) => r.rps),
    /** The same with every request traced (always_on): the full cost. */
    alwaysOnRatio: paired("alwaysOn", (r) => r.rps),
    /** The same from the means of all loads of each mode (drift not cancelled). */
    ratioOfMeans: { on: ratio(on.default), alwaysOn: ratio(on.alwaysOn) },
    /** CPU per home screen (the four processes) on over off, paired the same way: 1.05 is 5 % more CPU. */
    cpuRatio: { on: paired("default", (r) => r.cpuMs), alwaysOn: paired("alwaysOn", (r) => r.cpuMs) },
    /** Off after tracing ran, over off before it ever ran (1.0: unchanged). */
    offRatio: +(mean(off.slice(1).map((r) => r.rps)) / off[0]!.rps).toFixed(3),
    cpuMsPerRequest: { off: cpu(off), on: cpu(on.default), alwaysOn: cpu(on.alwaysOn) },
    /** Spans exported per home screen (all processes; relay and consumer spans of background work included). */
    spansPerRequest: { on: perRequest(spans.default, on.default), alwaysOn: perRequest(spans.alwaysOn, on.alwaysOn) },
    /** Spans the receiver got (all processes, both samplers; an always_on home screen makes about fifteen). */
    spansExported: receiver.count(),
  };
}

/**
 * With BENCH_CPU_PROF: one more load per mode (off, the default sampler, always_on), each with the reached processes'
 * CPU profilers on, summed by origin (src/profile.ts selfTimeByOrigin): where tracing's cost goes, per process.
 */
export async function profileTracingModes(
  svc: Launched,
  toggler: TracingToggle,
  token: string,
  seconds: number,
  dir: string,
): Promise<Array<Record<string, string | number>>> {
  const pids = Object.values(svc.pids);
  const reached = REACHED.map((p) => svc.pids[p]);
  const rows: Array<Record<string, string | number>> = [];
  const toggle = async () => {
    for (const pid of pids) process.kill(pid, "SIGHUP");
    await sleep(300);
  };
  const modes: Array<{ mode: string; sampler?: string }> = [
    { mode: "off" },
    { mode: "default", sampler: benchConfig.tracesSampler },
    { mode: "always_on", sampler: "always_on" },
  ];
  for (const m of modes) {
    if (m.mode !== "off") {
      toggler.samplerNext(m.sampler);
      await toggle();
      await round(svc, token, Math.min(seconds, 3)); // warm the path before the profile
    }
    const { result, files } = await profiled(dir, reached, () => round(svc, token, seconds));
    for (const file of files) {
      const name = REACHED.find((p) => file.includes(`${p}-${svc.pids[p]}-`)) ?? file;
      rows.push({
        mode: m.mode,
        process: name,
        "CPU ms/req (all 4)": +result.cpuMs.toFixed(2),
        ...selfTimeByOrigin(file),
      });
    }
    if (m.mode !== "off") await toggle();
  }
  return rows;
}
