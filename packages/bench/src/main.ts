/**
 * `pnpm bench` (or `pnpm bench --quick` for a small run; `--only=gateway,round-trips`
 * for some scenarios): runs the scenarios, prints a table per scenario and
 * writes results/<scenario>.json. Figures are measured, never asserted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Socket } from "node:net";
import { benchConfig } from "./config.js";
import { eventLag } from "./event-lag.js";
import { gatewayScenarios } from "./gateway.js";
import { roundTrips } from "./round-trips.js";
import { seededServices } from "./services.js";

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
  writeFileSync(`${out}${name}.json`, JSON.stringify({ result, quick: benchConfig.quick, machine, at: new Date().toISOString() }, null, 2));
const ms = (x: number) => +x.toFixed(2);

const scenarios: Record<string, () => Promise<void>> = {
  async "event-lag"() {
    const kafka = !benchConfig.inProcess && (await reachable(benchConfig.kafkaBrokers[0]!)) ? benchConfig.kafkaBrokers : null;
    const events = benchConfig.quick ? 300 : 10_000;
    console.log(`event lag: ${events} registrations through the gateway, ${kafka ? "Kafka" : "in-process bus"} ...`);
    const result = await eventLag({ events, concurrency: benchConfig.concurrency, kafka });
    save("event-lag", { ...result, events });
    console.table([{ scenario: "event lag (commit → projection)", transport: result.transport, n: result.lagMs.n, "p50 ms": result.lagMs.p50, "p95 ms": result.lagMs.p95, "p99 ms": result.lagMs.p99, "max ms": result.lagMs.max, "registrations/s": result.registrationsPerSecond }]);
  },

  async "round-trips"() {
    console.log("round trips: SQL statements per request, lists of 10, 100 and 1,000 activities with contact, mentor, unit and expenses ...");
    const trips = await roundTrips(benchConfig.quick ? [10, 100] : [10, 100, 1000]);
    save("round-trips", trips);
    console.table(trips);
  },

  async gateway() {
    console.log("gateway: the mobile home screen across activity, identity and organization, services mode (separate processes) ...");
    const svc = await seededServices({ basePort: 4900, mentorsPerAssociation: benchConfig.quick ? 3 : 20, activitiesPerMentor: benchConfig.quick ? 4 : 20 });
    try {
      const gw = await gatewayScenarios(svc, { samples: benchConfig.quick ? 100 : 1000, loadSeconds: benchConfig.quick ? 3 : 30, soakSeconds: benchConfig.quick ? 5 : 600 });
      save("gateway", gw);
      const o = gw.overhead;
      console.table([{ scenario: "gateway overhead (unloaded)", "gateway p50 ms": ms(o.gateway.p50), "direct p50 ms": ms(o.direct.p50), "overhead p50 ms": o.p50OverheadMs, "gateway p99 ms": ms(o.gateway.p99), "direct p99 ms": ms(o.direct.p99), "overhead p99 ms": o.p99OverheadMs }]);
      const t = gw.throughput;
      console.table([{ scenario: "throughput, 50 connections", "gateway req/s": t.gateway.rps, ...Object.fromEntries(Object.entries(t.subgraphs).map(([k, v]) => [`${k} req/s`, v.rps])), slowest: t.slowest, ratio: t.ratio }]);
      console.table([{ scenario: `gateway memory, ${gw.memory.soakSeconds} s soak at 50 connections`, "rss before MB": gw.memory.rssBeforeMb, "rss after MB": gw.memory.rssAfterMb, "soak req/s": gw.memory.soakRps }]);
    } finally {
      await svc.close();
    }
  },
};

const only = benchConfig.only ?? Object.keys(scenarios);
for (const name of only) {
  const run = scenarios[name];
  if (!run) throw new Error(`unknown scenario ${name}: one of ${Object.keys(scenarios).join(", ")}`);
  await run();
}
