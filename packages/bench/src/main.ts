/**
 * `pnpm bench` (or `pnpm bench --quick` for a small run): runs the scenarios,
 * prints a table and writes results/<scenario>.json. Figures are measured, never asserted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Socket } from "node:net";
import { benchConfig } from "./config.js";
import { eventLag } from "./event-lag.js";
import { roundTrips } from "./round-trips.js";

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

const kafka = !benchConfig.inProcess && (await reachable(benchConfig.kafkaBrokers[0]!)) ? benchConfig.kafkaBrokers : null;
const events = benchConfig.quick ? 300 : 10_000;
console.log(`event lag: ${events} registrations through the gateway, ${kafka ? "Kafka" : "in-process bus"} ...`);
const concurrency = Number(process.argv.find((a) => a.startsWith("--concurrency="))?.split("=")[1] ?? 1);
const result = await eventLag({ events, concurrency, kafka });
const out = new URL("../results/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
writeFileSync(`${out}event-lag.json`, JSON.stringify({ ...result, events, machine: `${process.platform} ${process.arch}, node ${process.version}`, at: new Date().toISOString() }, null, 2));
console.table([{ scenario: "event lag (commit → projection)", transport: result.transport, n: result.lagMs.n, "p50 ms": result.lagMs.p50, "p95 ms": result.lagMs.p95, "p99 ms": result.lagMs.p99, "max ms": result.lagMs.max, "registrations/s": result.registrationsPerSecond }]);

console.log("round trips: SQL statements per request, lists of 10, 100 and 1,000 activities with contact, mentor, unit and expenses ...");
const trips = await roundTrips(benchConfig.quick ? [10, 100] : [10, 100, 1000]);
writeFileSync(`${out}round-trips.json`, JSON.stringify(trips, null, 2));
console.table(trips);
