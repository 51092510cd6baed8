/**
 * `pnpm bench` (or `pnpm bench --quick` for a small run; `--only=gateway,round-trips`
 * for some scenarios): runs the scenarios, prints a table per scenario and
 * writes results/<scenario>.json. Figures are measured, never asserted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Socket } from "node:net";
import { benchConfig } from "./config.js";
import { dropBenchDatabases } from "./database.js";
import { eventLag } from "./event-lag.js";
import { gatewayScenarios } from "./gateway.js";
import { hostileScenario } from "./hostile.js";
import { roundTrips } from "./round-trips.js";
import { buildDataset, keepDataset, keptDataset, SCALES, type Dataset } from "./scale/dataset.js";
import { bulkRegistration } from "./scale/bulk.js";
import { bufdirReport } from "./scale/scenarios.js";
import { launchServices, type Launched } from "@meander/embedded";
import { profiled, profilingEnv, topSelfTime } from "./profile.js";
import { profileTracingModes, tracingOverhead, tracingToggle, type TracingToggle } from "./tracing.js";

const reachable = (hostPort: string) =>
  new Promise<boolean>((resolve) => {
    const [host, port] = hostPort.split(":");
    const s = new Socket();
    s.setTimeout(1000);
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
    s.once("timeout", () => (s.destroy(), resolve(false)));
    s.connect(Number(port), host!);
  });

const out = new URL("../results/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const machine = `${process.platform} ${process.arch}, node ${process.version}`;
const save = (name: string, result: unknown) =>
  writeFileSync(
    `${out}${name}.json`,
    JSON.stringify({ result, quick: benchConfig.quick, machine, at: new Date().toISOString() }, null, 2),
  );
const ms = (x: number) => +x.toFixed(2);

/** Runs a scenario's measurement with the given processes profiled when BENCH_CPU_PROF is set, and prints their top self-time frames. */
async function withProfile<T>(svc: Launched, names: Array<keyof Launched["pids"]>, fn: () => Promise<T>): Promise<T> {
  const dir = benchConfig.cpuProfDir;
  if (!dir) return fn();
  const { result, files } = await profiled(
    dir,
    names.map((n) => svc.pids[n]),
    fn,
  );
  for (const file of files) {
    console.log(`CPU profile ${file}: top self time`);
    console.table(topSelfTime(file));
  }
  return result;
}

const scenarios: Record<string, () => Promise<void>> = {
  async "event-lag"() {
    const kafka =
      !benchConfig.inProcess && (await reachable(benchConfig.kafkaBrokers[0]!)) ? benchConfig.kafkaBrokers : null;
    const events = benchConfig.quick ? 300 : 10_000;
    console.log(`event lag: ${events} registrations through the gateway, ${kafka ? "Kafka" : "in-process bus"} ...`);
    const result = await eventLag({ events, concurrency: benchConfig.concurrency, kafka });
    save("event-lag", { ...result, events });
    console.table([
      {
        scenario: "event lag (commit → projection)",
        transport: result.transport,
        n: result.lagMs.n,
        "p50 ms": result.lagMs.p50,
        "p95 ms": result.lagMs.p95,
        "p99 ms": result.lagMs.p99,
        "max ms": result.lagMs.max,
        "registrations/s": result.registrationsPerSecond,
      },
    ]);
  },

  async "round-trips"() {
    console.log(
      "round trips: SQL statements per request, lists of 10, 100 and 1,000 activities with contact, mentor, unit and expenses ...",
    );
    const trips = await roundTrips(benchConfig.quick ? [10, 100] : [10, 100, 1000]);
    save("round-trips", trips);
    console.table(trips);
  },

  async gateway() {
    console.log(
      "gateway: the mobile home screen across activity, identity and organization, services mode (separate processes) ...",
    );
    const { ds, svc } = await scaleServices();
    const gw = await withProfile(svc, ["gateway", "activity", "identity", "organization"], () =>
      gatewayScenarios(
        { ...svc, data: ds.base },
        {
          samples: benchConfig.quick ? 100 : 1000,
          loadSeconds: benchConfig.quick ? 3 : 30,
          soakSeconds: benchConfig.soak ? 600 : benchConfig.quick ? 5 : 30,
        },
      ),
    );
    save("gateway", gw);
    const o = gw.overhead;
    console.table([
      {
        scenario: "gateway overhead (unloaded)",
        "gateway p50 ms": ms(o.gateway.p50),
        "direct p50 ms": ms(o.direct.p50),
        "overhead p50 ms": o.p50OverheadMs,
        "gateway p99 ms": ms(o.gateway.p99),
        "direct p99 ms": ms(o.direct.p99),
        "overhead p99 ms": o.p99OverheadMs,
      },
    ]);
    const t = gw.throughput;
    console.table([
      {
        scenario: "throughput, 50 connections",
        "gateway req/s": t.gateway.rps,
        ...Object.fromEntries(Object.entries(t.subgraphs).map(([k, v]) => [`${k} req/s`, v.rps])),
        slowest: t.slowest,
        ratio: t.ratio,
        "bound (machine)": t.bounds.machineBound,
        "bound (free gateway)": t.bounds.freeGatewayBound,
      },
    ]);
    const paced = Object.fromEntries(
      Object.entries(t.atGatewayRate).map(([k, v]) => [`${k} at ${Math.round(t.gateway.rps)} req/s`, v]),
    );
    console.table(
      Object.entries({ "gateway (home screen)": t.gateway, ...t.subgraphs, ...paced }).map(([target, v]) => ({
        "CPU ms per request under load": target,
        ...v.cpuMsPerRequest,
      })),
    );
    console.table([
      {
        "CPU ms per call, the three calls at once, each at the gateway's rate": "subgraph's own process",
        ...t.pacedTogether,
      },
    ]);
    console.table([
      {
        scenario: `gateway memory, ${gw.memory.soakSeconds} s soak at 50 connections`,
        "rss before MB": gw.memory.rssBeforeMb,
        "rss after MB": gw.memory.rssAfterMb,
        "soak req/s": gw.memory.soakRps,
      },
    ]);
  },

  async tracing() {
    console.log(
      "tracing overhead: the home screen through the gateway at 50 connections, tracing off and on (every process exporting its spans over OTLP to this process) in alternation, the same processes ...",
    );
    const { ds, svc, tracing } = await scaleServices();
    const admin = ds.base.memberships.find((m) => m.role === "org_admin")!;
    const token = await svc.mint({
      sub: admin.userId,
      org: admin.organizationId,
      la: admin.localAssociationId,
      role: "org_admin",
    });
    const tr = await tracingOverhead(svc, tracing, token, {
      rounds: benchConfig.tracingRounds ?? (benchConfig.quick ? 2 : 5),
      seconds: benchConfig.tracingSeconds ?? (benchConfig.quick ? 1 : 10),
      warmUp: !benchConfig.quick,
    });
    save("tracing", tr);
    if (benchConfig.cpuProfDir) {
      console.log("tracing: CPU self time by origin, per process and mode (percent of samples) ...");
      console.table(await profileTracingModes(svc, tracing, token, tr.seconds, benchConfig.cpuProfDir));
    }
    console.table([
      {
        mode: "off",
        sampler: "",
        "req/s per round": tr.offRps.join(" "),
        "on/off": "",
        "CPU ms per home screen": tr.cpuMsPerRequest.off,
      },
      {
        mode: "on",
        sampler: tr.sampler,
        "req/s per round": tr.onRps.join(" "),
        "on/off": tr.onRatio,
        "on/off of means": tr.ratioOfMeans.on,
        "CPU on/off": tr.cpuRatio.on,
        "CPU ms per home screen": tr.cpuMsPerRequest.on,
        "spans per home screen": tr.spansPerRequest.on,
      },
      {
        mode: "on",
        sampler: "always_on",
        "req/s per round": tr.alwaysOnRps.join(" "),
        "on/off": tr.alwaysOnRatio,
        "on/off of means": tr.ratioOfMeans.alwaysOn,
        "CPU on/off": tr.cpuRatio.alwaysOn,
        "CPU ms per home screen": tr.cpuMsPerRequest.alwaysOn,
        "spans per home screen": tr.spansPerRequest.alwaysOn,
      },
    ]);
    console.table([
      {
        scenario: `tracing overhead, ${tr.rounds} × ${tr.seconds} s per round`,
        "on/off (default sampler)": tr.onRatio,
        "on/off (always_on)": tr.alwaysOnRatio,
        "off after/before": tr.offRatio,
        "spans exported": tr.spansExported,
      },
    ]);
  },

  async hostile() {
    console.log(
      "hostile requests: the gateway's refusals (depth, aliases, directives, tokens, cost, batch, body size), unloaded ...",
    );
    const { ds, svc } = await scaleServices();
    const h = await hostileScenario({ ...svc, data: ds.base }, { samples: benchConfig.quick ? 50 : 500 });
    save("hostile", h);
    console.table(h.rows);
    console.table([
      {
        scenario: "hostile requests refused (all kinds)",
        n: h.refused.n,
        "p50 ms": h.refused.p50,
        "p99 ms": h.refused.p99,
        "home screen p99 ms": h.ordinary.p99,
        "ratio p99": h.ratio,
      },
    ]);
  },

  async scale() {
    const { ds, svc } = await scaleServices();
    const bulk = await withProfile(svc, ["gateway", "activity"], () =>
      bulkRegistration(svc, ds, { size: 1000, runs: benchConfig.quick ? 1 : 11 }),
    );
    console.table([
      {
        scenario: "bulk registration (registerActivities via gateway vs raw multi-row insert)",
        activities: bulk.activities,
        "gateway ms": bulk.gatewayMs,
        "raw insert ms": bulk.rawInsertMs,
        ratio: bulk.ratio,
        "required writes ms": bulk.requiredWritesMs,
        "floor ratio": bulk.floorRatio,
      },
    ]);
    const report = await bufdirReport(svc, ds, { samples: benchConfig.quick ? 20 : 200 });
    console.table([
      {
        scenario: `Bufdir report ${report.year} (gateway vs hand-written GROUP BY)`,
        "org activities": report.organizationActivities,
        "activity-days": report.activityDays,
        "sql activity-days": report.sqlActivityDays,
        "gateway p50 ms": report.gateway.p50,
        "gateway p95 ms": report.gateway.p95,
        "sql p95 ms": report.sql.p95,
        ratio: report.ratio,
      },
    ]);
    save("scale", { spec: ds.spec, timings: ds.timings, rows: ds.rows, bulkRegistration: bulk, bufdirReport: report });
  },
};

/** The data set at scale and the services mode on it, built once for the gateway and scale scenarios. */
let shared: Promise<{ ds: Dataset; svc: Launched; tracing: TracingToggle }> | null = null;
const scaleServices = () =>
  (shared ??= (async () => {
    const size = SCALES[benchConfig.scale];
    if (!size) throw new Error(`unknown scale ${benchConfig.scale}: one of ${Object.keys(SCALES).join(", ")}`);
    console.log(
      `data set: generating and loading ${size.activities.toLocaleString("en")} activities, ${size.mentors.toLocaleString("en")} mentors, ${size.contacts.toLocaleString("en")} contacts, ${size.localAssociations} local associations ...`,
    );
    const ds = (benchConfig.reuse ? await keptDataset(size, benchConfig.scale) : null) ?? (await buildDataset(size));
    console.table([
      {
        scenario: "data set load",
        ...ds.timings,
        "activities/s": Math.round((ds.rows["activity.activities"] ?? 0) / ds.timings.loadSeconds),
      },
    ]);
    console.table(Object.entries(ds.rows).map(([table, rows]) => ({ table, rows })));
    save("dataset", { spec: ds.spec, timings: ds.timings, rows: ds.rows });
    // 1,000 activities in one mutation are about 150 kB of JSON: the gateway's body limit (100 kB by default) is raised, as a deployment taking bulk imports would.
    const t = performance.now();
    const profiling: Record<string, string> = benchConfig.cpuProfDir
      ? profilingEnv(benchConfig.cpuProfDir, benchConfig.nodeOptions)
      : {};
    // Tracing stays off until the tracing scenario turns it on (src/tracing.ts): the preload only listens for SIGHUP.
    const tracing = await tracingToggle(
      join(tmpdir(), `meander-bench-${process.pid}`),
      profiling.NODE_OPTIONS ?? benchConfig.nodeOptions,
    );
    const svc = await launchServices({
      basePort: 4950,
      startTimeoutMs: 300_000,
      databaseUrlFor: () => ds.url,
      env: { MAX_BODY_BYTES: "1000000", ...profiling, ...tracing.env },
    }).catch(async (e) => {
      await ds.drop();
      await tracing.receiver.close();
      throw e;
    });
    console.log(`services mode started in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return { ds, svc, tracing };
  })());

const only = benchConfig.only ?? Object.keys(scenarios);
try {
  for (const name of only) {
    const run = scenarios[name];
    if (!run) throw new Error(`unknown scenario ${name}: one of ${Object.keys(scenarios).join(", ")}`);
    const t = performance.now();
    await run();
    console.log(`${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  // Assigned inside scaleServices (TypeScript's narrowing does not see it).
  const pending = shared as Promise<{ ds: Dataset; svc: Launched; tracing: TracingToggle }> | null;
  if (pending) {
    const { ds, svc, tracing } = await pending;
    await svc.stop();
    await tracing.receiver.close();
    if (benchConfig.keep && ds.timings.loadSeconds > 0)
      console.log(`data set kept as ${await keepDataset(ds, benchConfig.scale)} (--reuse uses it)`);
    else await ds.drop();
  }
  await dropBenchDatabases();
}
