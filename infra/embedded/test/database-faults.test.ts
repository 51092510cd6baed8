/**
 * Issue 19: the database falters under services in their own processes (activity and reporting from their
 * main.ts, on PostgreSQL and the test broker in a namespace of this file). Faults are made at the database, on this
 * file's own cloned database only: every session of the services terminated several times in the middle of a load
 * of registrations (no process exits, every acknowledged registration exists once, reporting in step after), and a
 * lock held on reporting's tables during a burst of events, so that its statements fail with lock_timeout (nothing
 * dead-lettered, everything applied after).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { APP_ROLE, asRole, queryRows } from "@meander/db";
import { createKafkaBus, deleteNamespaceTopics, newEventId, type EventEnvelope, type KafkaBus } from "@meander/events";
import { cloneDatabase, createTestKeys, gql, makeEvent, type TestDatabase, type TestKeys } from "@meander/testing";
import { eventually } from "./kafka-broker.js";

const brokers = ["127.0.0.1:9092"];
const namespace = `t${randomUUID().slice(0, 8)}`;
const signingSecret = randomBytes(32).toString("hex");
let db: TestDatabase;
let keys: TestKeys;
let bus: KafkaBus;
const procs: Record<string, { proc: ChildProcess; url: string; exits: number }> = {};

function start(subgraph: "activity" | "reporting"): Promise<void> {
  const cwd = new URL(`../../../subgraphs/${subgraph}/`, import.meta.url).pathname;
  const env = {
    ...process.env,
    NODE_ENV: "development",
    LOG_LEVEL: "info",
    PORT: "0",
    MIGRATION_DATABASE_URL: db.url,
    DATABASE_URL: asRole(db.url, APP_ROLE),
    GATEWAY_SIGNING_SECRET: signingSecret,
    AUTH_JWKS: JSON.stringify(keys.jwks),
    KAFKA_BROKERS: brokers.join(","),
    KAFKA_NAMESPACE: namespace,
  };
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out = (out + d).slice(-20_000);
      const url = /subgraph listening/.test(out) && /"url":"http:\/\/[^:]+:(\d+)\/graphql"/.exec(out);
      if (url && !procs[subgraph]) {
        procs[subgraph] = { proc, url: `http://127.0.0.1:${url[1]}/graphql`, exits: 0 };
        proc.stdout!.resume();
        resolve();
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    proc.once("exit", (code) => {
      if (procs[subgraph]) procs[subgraph]!.exits += 1;
      else reject(new Error(`${subgraph} exited ${code}:\n${out}`));
    });
  });
}

const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db.handle.db, q))[0]!.n;
const facts = (org: string) =>
  count(sql`select count(*)::int as n from reporting.activity_facts where organization_id = ${org}`);
const alive = () =>
  Object.values(procs).every((p) => p.exits === 0 && p.proc.exitCode === null && p.proc.signalCode === null);
/** Every session the services hold on this file's database, cut as a restart or a failover would. */
const terminateAll = () =>
  count(
    sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = ${db.name} and usename = ${APP_ROLE}`,
  );

beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  // The services' statements (the application role's; migrations run as the owner) give up on a lock after 250 ms (55P03).
  await db.handle.db.execute(sql.raw(`alter role ${APP_ROLE} in database ${db.name} set lock_timeout = '250ms'`));
  keys = await createTestKeys();
  bus = await createKafkaBus({ brokers, clientId: "database-faults-test", namespace });
  await Promise.all([start("activity"), start("reporting")]);
}, 180_000);

afterAll(async () => {
  for (const p of Object.values(procs)) p.proc.kill("SIGKILL");
  await bus?.close();
  await deleteNamespaceTopics(brokers, namespace);
  await db?.drop();
});

const REGISTER = `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`;

describe("the database faltering under services in their own processes", () => {
  it("survives every session terminated several times mid-load: no process exits, each acknowledged write exists once", async () => {
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
    const token = await keys.mint({ userId: mentor, organizationId: org, role: "peer_mentor" });
    const register = (clientId: string) =>
      gql(
        procs.activity!.url,
        REGISTER,
        {
          input: {
            activityTypeKey: "home_visit",
            durationMinutes: 30,
            activityDate: new Date(Date.now() - 3600_000).toISOString(),
            clientId,
          },
        },
        { token, signingSecret },
      );
    // The organization's catalog and the membership reached activity.
    await eventually(
      async () => (await register(`warmup-${randomUUID()}`)).data?.registerActivity?.id,
      Boolean,
      60_000,
    );

    const acknowledged: string[] = [];
    const failures: string[] = [];
    let next = 0;
    const total = 150;
    const worker = async () => {
      while (next < total) {
        const clientId = `load-${next++}`;
        const r = await register(clientId).catch((err: Error) => ({
          status: 0,
          data: undefined,
          errors: [{ message: err.message, extensions: {} as Record<string, unknown> }],
        }));
        if (r.data?.registerActivity?.id) acknowledged.push(r.data.registerActivity.id as string);
        else failures.push(String(r.errors?.[0]?.extensions?.code ?? r.status));
      }
    };
    const cuts: number[] = [];
    const cutter = async () => {
      for (const at of [20, 60, 100]) {
        await eventually(
          async () => acknowledged.length + failures.length,
          (n) => n >= at,
          60_000,
        );
        cuts.push(await terminateAll());
      }
    };
    await Promise.all([...Array.from({ length: 6 }, worker), cutter()]);

    expect(alive()).toBe(true);
    expect(cuts.every((n) => n > 0)).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(total / 2);
    // A failed call is a retryable refusal, not a bug: nothing answers "internal error" for a lost connection.
    expect(failures.filter((code) => !["SERVICE_UNAVAILABLE", "REQUEST_ROLLED_BACK", "503"].includes(code))).toEqual(
      [],
    );
    const stored = await queryRows<{ id: string; n: number }>(
      db.handle.db,
      sql`select id::text, count(*)::int as n from activity.activities where id = any(${`{${acknowledged.join(",")}}`}::uuid[]) group by id`,
    );
    expect(stored.length).toBe(acknowledged.length);
    expect(stored.every((s) => s.n === 1)).toBe(true);
    // The next request works on a fresh connection, and reporting's projection catches up with what was stored.
    expect((await register(`after-${randomUUID()}`)).data?.registerActivity?.id).toBeTruthy();
    const inActivity = await count(
      sql`select count(*)::int as n from activity.activities where organization_id = ${org}`,
    );
    await eventually(
      () => facts(org),
      (n) => n === inActivity,
      60_000,
    );
    expect(alive()).toBe(true);
  }, 180_000);

  it("retries a consumer whose statements fail with lock_timeout during a burst: nothing dead-lettered, everything applied", async () => {
    const org = randomUUID();
    const la = randomUUID();
    const events: EventEnvelope[] = Array.from({ length: 300 }, () => {
      const activityId = randomUUID();
      return {
        id: newEventId(),
        type: "activity.activity.registered",
        version: 1,
        occurredAt: new Date().toISOString(),
        organizationId: org,
        actorId: null,
        aggregateId: activityId,
        payload: {
          activityId,
          userId: randomUUID(),
          localAssociationId: la,
          activityType: "home_visit",
          activityDate: "2026-05-04T10:00:00.000Z",
          durationMinutes: 60,
          status: "pending_review",
        },
      };
    });
    const status = async () =>
      (await fetch(procs.reporting!.url.replace("/graphql", "/events/status"))).json() as Promise<{
        consumers: Array<{ group: string; lag: number | "unknown"; deadLettered: number | "unknown" }>;
      }>;
    const activities = async () => (await status()).consumers.find((c) => c.group === "reporting.activities")!;
    if (db.handle.kind !== "postgres") throw new Error("needs PostgreSQL");
    const locker = await db.handle.pool.connect();
    try {
      await locker.query(
        "begin; set local lock_timeout = 0; lock table reporting.processed_events in access exclusive mode",
      );
      await bus.publish(events);
      // Held for longer than the old retry budget (five tries over 1.5 s, then the dead-letter topic): the events wait as lag.
      const held = await eventually(activities, (c) => typeof c.lag === "number" && c.lag > 0, 30_000);
      await new Promise((r) => setTimeout(r, 3_000)); // the fault's duration: the lock is what is being held here
      expect(held.deadLettered).toBe(0);
      expect(await facts(org)).toBe(0);
    } finally {
      await locker.query("rollback");
      locker.release();
    }
    await eventually(
      () => facts(org),
      (n) => n === events.length,
      60_000,
    );
    const after = await eventually(activities, (c) => c.lag === 0, 30_000);
    expect(after.deadLettered).toBe(0);
    expect(alive()).toBe(true);
  }, 120_000);
});
