/**
 * Event lag: from the moment a registration is committed (its mutation answered
 * through the gateway) to the moment reporting's consumer applied the event
 * (processed_events.processed_at), over the whole path: outbox, relay, Kafka
 * (when a broker answers, else the in-process bus), consumer, projection.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { connectPostgres, queryRows } from "@meander/db";
import { startPlatform } from "@meander/embedded";
import { deleteNamespaceTopics } from "@meander/events";
import { generateDemoData } from "@meander/fixtures";
import { createLogger } from "@meander/subgraph-kit";
import { gql } from "@meander/testing";
import { freshDatabase } from "./database.js";
import { summarize } from "./stats.js";

export async function eventLag(opts: { events: number; concurrency: number; kafka: string[] | null }) {
  const database = await freshDatabase();
  const data = generateDemoData({
    seed: 3,
    regionsPerOrganization: 1,
    associationsPerRegion: 1,
    mentorsPerAssociation: 2,
    activitiesPerMentor: 1,
  });
  const namespace = `bench${randomUUID().slice(0, 6)}`;
  const platform = await startPlatform({
    database: { kind: "postgres", url: database.url },
    events: opts.kafka ? { kind: "kafka", brokers: opts.kafka, namespace } : { kind: "in-process" },
    port: 0,
    seed: data,
    keyDir: null,
    log: createLogger("bench", "silent"),
  });
  const mentor = data.memberships.find((m) => m.role === "peer_mentor")!;
  const token = await platform.mint({
    userId: mentor.userId,
    organizationId: mentor.organizationId,
    localAssociationId: mentor.localAssociationId,
    role: "peer_mentor",
  });
  const committed = new Map<string, number>();
  const register = `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`;
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (next < opts.events) {
        next += 1;
        const r = await gql(
          platform.url,
          register,
          {
            input: {
              activityTypeKey: "phone_call",
              durationMinutes: 20,
              activityDate: new Date(Date.now() - 3600_000).toISOString(),
            },
          },
          { token },
        );
        const id = (r.data as { registerActivity?: { id: string } })?.registerActivity?.id;
        if (!id) throw new Error(`registration failed: ${JSON.stringify(r.errors)}`);
        committed.set(id, Date.now());
      }
    }),
  );
  const writeSeconds = (Date.now() - started) / 1000;
  await platform.settle();
  const db = connectPostgres(database.url, { max: 1 });
  const rows = await queryRows<{ activity_id: string; processed_at: Date }>(
    db.db,
    sql`select o.aggregate_id as activity_id, p.processed_at from reporting.processed_events p
        join activity.outbox o on o.id = p.event_id
        where p.consumer = 'reporting.activities' and o.type = 'activity.activity.registered'`,
  );
  const lags = rows
    .filter((r) => committed.has(r.activity_id))
    .map((r) => new Date(r.processed_at).getTime() - committed.get(r.activity_id)!);
  await db.close();
  await platform.stop();
  await database.drop();
  if (opts.kafka) await deleteNamespaceTopics(opts.kafka, namespace);
  return {
    transport: opts.kafka ? "kafka" : "in-process",
    registrationsPerSecond: Math.round(opts.events / writeSeconds),
    lagMs: summarize(lags.map((l) => Math.max(0, l))),
  };
}
