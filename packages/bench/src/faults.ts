/**
 * `pnpm faults` (issue 19): the repeated database faults against the services mode (gateway and six subgraphs as
 * processes, the Kafka broker of KAFKA_BROKERS in a namespace of this run), figures printed, never asserted:
 *
 * 1. every session of the services terminated `--cuts` times (default 5, 2 s apart) during `--requests`
 *    registrations through the gateway (default 1000): sent, acknowledged, present afterwards, duplicates, processes
 *    that exited, seconds from the last cut to the next success, seconds until reporting is in step;
 * 2. reporting's tables locked for 8 s (its statements fail with lock_timeout) during a burst of `--burst` events
 *    (default 1000): published, applied, dead-lettered, seconds to catch up after the lock.
 *
 * 3-4. the broker stopped mid-load and a subgraph killed mid-load, on a broker of the run's own: faults-services.ts.
 *
 * `--only=sessions,lock,broker,subgraph` picks scenarios (all by default); `--requests`, `--burst`, `--cuts` and
 * `--down` (seconds the broker stays down, default 30) make a run smaller or larger.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { APP_ROLE, connectPostgres, queryRows } from "@meander/db";
import { createKafkaBus, deleteNamespaceTopics, newEventId, type EventEnvelope } from "@meander/events";
import { launchServices } from "@meander/embedded";
import { gql, makeEvent } from "@meander/testing";
import { benchConfig } from "./config.js";
import { dropBenchDatabases, freshDatabase } from "./database.js";
import { servicesFaults } from "./faults-services.js";

const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split("=")[1]) : fallback;
};
const requests = arg("requests", 1000);
const cutsWanted = arg("cuts", 5);
const burst = arg("burst", 1000);
const only = (name: string) => !benchConfig.only || benchConfig.only.includes(name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => +(ms / 1000).toFixed(1);

async function until<T>(
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 300_000,
): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined as T);
    if (value !== undefined && ok(value)) return { value, ms: Date.now() - start };
    if (Date.now() - start > ms) return { value, ms: Number.NaN };
    await sleep(200);
  }
}

async function databaseFaults() {
  const database = await freshDatabase();
  const owner = connectPostgres(database.url, { max: 3 });
  const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(owner.db, q))[0]!.n;
  await owner.db.execute(sql.raw(`alter role ${APP_ROLE} in database ${database.name} set lock_timeout = '250ms'`));
  const namespace = `faults${randomUUID().slice(0, 6)}`;
  const brokers = benchConfig.kafkaBrokers;
  const bus = await createKafkaBus({ brokers, clientId: "faults", namespace });
  const svc = await launchServices({
    basePort: 4900,
    startTimeoutMs: 300_000,
    databaseUrlFor: () => database.url,
    env: { KAFKA_BROKERS: brokers.join(","), KAFKA_NAMESPACE: namespace },
  });
  const exited = () =>
    Object.entries(svc.pids)
      .filter(([, pid]) => {
        try {
          process.kill(pid, 0);
          return false;
        } catch {
          return true;
        }
      })
      .map(([name]) => name);
  try {
    const org = randomUUID();
    const mentor = randomUUID();
    await bus.publish([
      makeEvent(
        "organization.organization.created",
        { organizationId: org, name: "Feiltest", shortName: "FT" },
        { organizationId: org },
      ),
      makeEvent(
        "organization.membership.added",
        {
          membershipId: randomUUID(),
          userId: mentor,
          localAssociationId: randomUUID(),
          role: "peer_mentor",
          isPrimary: true,
        },
        { organizationId: org },
      ),
    ]);
    const token = await svc.mint({ sub: mentor, org, la: null, role: "peer_mentor" });
    const register = (clientId: string) =>
      gql(
        svc.gatewayUrl,
        `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`,
        {
          input: {
            activityTypeKey: "home_visit",
            durationMinutes: 30,
            activityDate: new Date(Date.now() - 3600_000).toISOString(),
            clientId,
          },
        },
        { token },
      ).then(
        (r) => (r.data?.registerActivity?.id as string | undefined) ?? null,
        () => null,
      );
    await until(() => register(`warmup-${randomUUID()}`), Boolean);

    // 1. Sessions terminated mid-load.
    const sessionsCut = async () => {
      const acknowledged: string[] = [];
      let sent = 0;
      let lastCut = 0;
      let recoveredMs = Number.NaN;
      const worker = async () => {
        while (sent < requests) {
          const id = await register(`load-${sent++}`);
          if (!id) continue;
          acknowledged.push(id);
          if (lastCut && Number.isNaN(recoveredMs) && cuts.length === cutsWanted) recoveredMs = Date.now() - lastCut;
        }
      };
      const cuts: number[] = [];
      const cutter = async () => {
        for (let i = 0; i < cutsWanted && sent < requests; i++) {
          await sleep(2_000);
          cuts.push(
            await count(
              sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = ${database.name} and usename = ${APP_ROLE}`,
            ),
          );
          lastCut = Date.now();
        }
      };
      await Promise.all([...Array.from({ length: benchConfig.concurrency }, worker), cutter()]);
      const ids = `{${acknowledged.join(",")}}`;
      const present = await count(
        sql`select count(distinct id)::int as n from activity.activities where id = any(${ids}::uuid[])`,
      );
      const duplicates = await count(
        sql`select count(*)::int as n from (select client_id from activity.activity_keys where organization_id = ${org} group by client_id having count(*) > 1) d`,
      );
      const stored = await count(
        sql`select count(*)::int as n from activity.activities where organization_id = ${org}`,
      );
      const inStep = await until(
        () => count(sql`select count(*)::int as n from reporting.activity_facts where organization_id = ${org}`),
        (n) => n === stored,
      );
      console.table([
        {
          fault: "every session terminated mid-load",
          cuts: cuts.length,
          "sessions cut": cuts.reduce((a, b) => a + b, 0),
          sent,
          acknowledged: acknowledged.length,
          "present after": present,
          duplicates,
          "processes exited": exited().join(", ") || "none",
          "s to next success": seconds(recoveredMs),
          "s until reporting in step": seconds(inStep.ms),
        },
      ]);
    };

    // 2. A consumer's statements failing with lock_timeout during a burst.
    const reportingLocked = async () => {
      const burstOrg = randomUUID();
      const events: EventEnvelope[] = Array.from({ length: burst }, () => {
        const activityId = randomUUID();
        return {
          id: newEventId(),
          type: "activity.activity.registered",
          version: 1,
          occurredAt: new Date().toISOString(),
          organizationId: burstOrg,
          actorId: null,
          aggregateId: activityId,
          payload: {
            activityId,
            userId: randomUUID(),
            localAssociationId: randomUUID(),
            activityType: "home_visit",
            activityDate: "2026-05-04T10:00:00.000Z",
            durationMinutes: 60,
            status: "pending_review",
          },
        };
      });
      if (owner.kind !== "postgres") throw new Error("needs PostgreSQL");
      const locker = await owner.pool.connect();
      await locker.query(
        "begin; set local lock_timeout = 0; lock table reporting.processed_events in access exclusive mode",
      );
      for (let i = 0; i < events.length; i += 250) await bus.publish(events.slice(i, i + 250));
      await sleep(8_000);
      await locker.query("rollback");
      locker.release();
      const released = Date.now();
      const applied = await until(
        () => count(sql`select count(*)::int as n from reporting.activity_facts where organization_id = ${burstOrg}`),
        (n) => n === events.length,
        120_000,
      );
      const status = await fetch(svc.subgraphUrls.reporting.replace("/graphql", "/events/status")).then(
        (r) => r.json() as Promise<{ consumers: Array<{ group: string; deadLettered: unknown }> }>,
      );
      console.table([
        {
          fault: "reporting locked 8 s during a burst",
          published: events.length,
          applied: applied.value,
          "dead-lettered (reporting.activities)": status.consumers.find((c) => c.group === "reporting.activities")
            ?.deadLettered,
          "s to catch up after the lock": seconds(Date.now() - released),
          "processes exited": exited().join(", ") || "none",
        },
      ]);
    };

    if (only("sessions")) await sessionsCut();
    if (only("lock")) await reportingLocked();
  } finally {
    await svc.stop();
    await bus.close();
    await deleteNamespaceTopics(brokers, namespace);
    await owner.close();
    await database.drop();
  }
}

try {
  if (only("sessions") || only("lock")) await databaseFaults();
  if (only("broker") || only("subgraph")) await servicesFaults(only);
} finally {
  await dropBenchDatabases();
}
