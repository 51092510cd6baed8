/**
 * CPU profiles of the services-mode processes while a scenario runs (`BENCH_CPU_PROF=<dir>`).
 * Node 20 refuses --cpu-prof in NODE_OPTIONS, but allows --import: every child gets a small preload that
 * starts the V8 profiler on the first SIGUSR2 and writes `<dir>/<service>-<pid>-<n>.cpuprofile` on the next
 * one (or at exit), so only the scenario's window is profiled, not the start. `topSelfTime` sums self time
 * per frame for the summary the bench prints.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";

/** The preload written for the launched processes: the profile directory is written into it (no variable to read). */
const preload = (dir: string) => `import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
const dir = ${JSON.stringify(dir)};
const name = basename(process.cwd());
let session = null;
let n = 0;
const stop = () => {
  if (!session) return;
  const s = session;
  session = null;
  s.post("Profiler.stop", (err, r) => {
    if (!err) writeFileSync(dir + "/" + name + "-" + process.pid + "-" + ++n + ".cpuprofile", JSON.stringify(r.profile));
    s.disconnect();
  });
};
process.on("SIGUSR2", () => {
  if (session) return stop();
  session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  session.post("Profiler.start");
});
process.on("exit", stop);
`;

/** The environment that makes launched processes profilable (added to launchServices' env). */
export function profilingEnv(dir: string, nodeOptions = ""): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "meander-cpu-prof.mjs");
  writeFileSync(file, preload(dir));
  return { NODE_OPTIONS: `${nodeOptions} --import ${pathToFileURL(file).href}`.trim() };
}

/** Runs `fn` with the processes' profilers on; returns the profile files written. */
export async function profiled<T>(
  dir: string,
  pids: number[],
  fn: () => Promise<T>,
): Promise<{ result: T; files: string[] }> {
  const before = new Set(readdirSync(dir));
  for (const pid of pids) process.kill(pid, "SIGUSR2");
  await sleep(200);
  const result = await fn();
  for (const pid of pids) process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 50; i++) {
    const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile") && !before.has(f));
    if (files.length >= pids.length) return { result, files: files.map((f) => join(dir, f)) };
    await sleep(100);
  }
  return {
    result,
    files: readdirSync(dir)
      .filter((f) => f.endsWith(".cpuprofile") && !before.has(f))
      .map((f) => join(dir, f)),
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** The frames with the most self time (percent of the samples), idle and GC included as V8 names them. */
export function topSelfTime(file: string, top = 15): Array<{ frame: string; selfPct: number }> {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, number>();
  for (const id of profile.samples) {
    const f = byId.get(id)!.callFrame;
    const where = f.url
      ? `${f.url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(/^file:\/\/\/work\/main\//, "")}:${f.lineNumber + 1}`
      : "";
    const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length || 1;
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([frame, n]) => ({ frame: frame.slice(0, 110), selfPct: +((100 * n) / total).toFixed(1) }));
}

/**
 * Self time (percent of the samples) by where the code comes from: each OpenTelemetry package, Node's async hooks
 * (AsyncLocalStorage's propagation), Apollo, graphql-js, Meander's own code, the rest (idle and GC as V8 names them).
 */
export function selfTimeByOrigin(file: string): Record<string, number> {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts: Record<string, number> = {};
  for (const id of profile.samples) {
    const f = byId.get(id)!.callFrame;
    const pkg = /node_modules\/(@[^/]+\/[^/]+|[^/.][^/]*)\/(?!.*node_modules)/.exec(f.url)?.[1];
    const origin = pkg?.startsWith("@opentelemetry/")
      ? pkg
      : pkg?.startsWith("@apollo/")
        ? "@apollo/*"
        : pkg
          ? pkg === "graphql"
            ? "graphql"
            : "other packages"
          : /async_hooks|async_local_storage|promise_hooks/.test(f.url)
            ? "node: async hooks"
            : f.url.startsWith("node:")
              ? "node: other"
              : f.url.includes("/packages/") || f.url.includes("/subgraphs/") || f.url.includes("/gateway/")
                ? "meander"
                : f.functionName.startsWith("(")
                  ? f.functionName
                  : "other";
    counts[origin] = (counts[origin] ?? 0) + 1;
  }
  const total = profile.samples.length || 1;
  return Object.fromEntries(
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => [k, +((100 * n) / total).toFixed(1)]),
  );
}
