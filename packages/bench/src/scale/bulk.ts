/**
 * Bulk registration of 1,000 activities through the gateway (`registerActivities`),
 * against two raw inserts of the same rows by hand, each in one transaction:
 * - raw insert: the activities alone (the yardstick: one multi-row insert);
 * - required writes: everything a registration has to write, as bare SQL: the key
 *   rows (activity_keys), the activities, one status-log row each
 *   (audit_trail_on_status_change) and one outbox row each
 *   (`activity.activity.registered`, which reporting's read model is built from).
 * The second is the floor no registration can go under whatever its code does, so
 * the run shows both how far the registration is from the yardstick and how far the
 * yardstick is from what the seeds require.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Launched } from "@meander/embedded";
import { newEventId } from "@meander/events";
import { gql } from "@meander/testing";
import type { Dataset } from "./dataset.js";
import { columnArrays, insertStatement, type Columns } from "./load.js";
import type { Row } from "./generate.js";

const REGISTER = `mutation($activities: [RegisterActivityInput!]!) { registerActivities(activities: $activities) { bulkBatchId count } }`;

/** What a registration writes, table by table, in the order it writes them. */
const WRITES: Record<string, Columns> = {
  "activity.activity_keys": [
    ["id", "uuid"],
    ["activity_date", "timestamptz"],
    ["organization_id", "uuid"],
    ["user_id", "uuid"],
    ["client_id", "text"],
  ],
  "activity.activities": [
    ["id", "uuid"],
    ["user_id", "uuid"],
    ["organization_id", "uuid"],
    ["local_association_id", "uuid"],
    ["activity_type", "text"],
    ["title", "text"],
    ["activity_date", "timestamptz"],
    ["duration_minutes", "int4"],
    ["location", "text"],
    ["status", "text", "activity.activity_status"],
    ["participant_count", "int4"],
    ["is_bulk_registration", "bool"],
    ["bulk_batch_id", "uuid"],
    ["bufdir_countable", "bool"],
    ["bufdir_reason", "text"],
    ["country", "text"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ],
  "activity.activity_status_changes": [
    ["id", "uuid"],
    ["activity_id", "uuid"],
    ["organization_id", "uuid"],
    ["actor_id", "uuid"],
    ["previous_status", "text", "activity.activity_status"],
    ["new_status", "text", "activity.activity_status"],
    ["note", "text"],
    ["changed_at", "timestamptz"],
  ],
  "activity.outbox": [
    ["id", "uuid"],
    ["type", "text"],
    ["version", "int4"],
    ["topic", "text"],
    ["aggregate_id", "text"],
    ["organization_id", "uuid"],
    ["actor_id", "uuid"],
    ["occurred_at", "timestamptz"],
    ["payload", "text", "jsonb"],
  ],
};

const ms = (x: number) => +x.toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** 1,000 group meetings of one mentor over the last 60 days (the kind a coordinator imports after a season). */
function batch(size: number, offset: number) {
  const now = Date.now();
  return Array.from({ length: size }, (_, i) => ({
    activityTypeKey: "group_meeting",
    activityDate: new Date(now - (2 + ((i + offset) % 60)) * 86_400_000 - (i % 600) * 60_000).toISOString(),
    durationMinutes: 60 + (i % 4) * 15,
    participantCount: 3 + (i % 6),
    location: "Bergen",
    title: `Samtalegruppe ${offset + i + 1}`,
  }));
}

type Mentor = { userId: string; organizationId: string; localAssociationId: string | null };

/** The rows a registration of the batch writes, per table, as it writes them. */
function writesOf(mentor: Mentor, size: number, offset: number): Record<string, Row[]> {
  const now = new Date();
  const bulkBatchId = randomUUID();
  const activities = batch(size, offset).map((a) => ({
    id: randomUUID(),
    user_id: mentor.userId,
    organization_id: mentor.organizationId,
    local_association_id: mentor.localAssociationId,
    activity_type: a.activityTypeKey,
    title: a.title,
    activity_date: a.activityDate,
    duration_minutes: a.durationMinutes,
    location: a.location,
    status: "pending_review",
    participant_count: a.participantCount,
    is_bulk_registration: true,
    bulk_batch_id: bulkBatchId,
    bufdir_countable: true,
    bufdir_reason: "counts",
    country: "NO",
    created_at: now,
    updated_at: now,
  }));
  return {
    "activity.activity_keys": activities.map((a) => ({
      id: a.id,
      activity_date: a.activity_date,
      organization_id: a.organization_id,
      user_id: a.user_id,
    })),
    "activity.activities": activities,
    "activity.activity_status_changes": activities.map((a) => ({
      id: randomUUID(),
      activity_id: a.id,
      organization_id: a.organization_id,
      actor_id: mentor.userId,
      new_status: a.status,
      changed_at: now,
    })),
    "activity.outbox": activities.map((a) => ({
      id: newEventId(),
      type: "activity.activity.registered",
      version: 1,
      topic: "meander.activity",
      aggregate_id: a.id,
      organization_id: a.organization_id,
      actor_id: mentor.userId,
      occurred_at: now,
      payload: JSON.stringify({
        activityId: a.id,
        userId: a.user_id,
        localAssociationId: a.local_association_id,
        activityType: a.activity_type,
        activityDate: a.activity_date,
        durationMinutes: a.duration_minutes,
        status: a.status,
        contactId: null,
        proxySubmittedBy: null,
        bulkBatchId,
        suspectedDuplicateOf: null,
        bufdirCountable: true,
        bufdirReason: "counts",
      }),
    })),
  };
}

export async function bulkRegistration(svc: Launched, ds: Dataset, opts: { size: number; runs: number }) {
  const mentor = ds.base.memberships.find((m) => m.role === "peer_mentor")!;
  const token = await svc.mint({
    sub: mentor.userId,
    org: mentor.organizationId,
    la: mentor.localAssociationId,
    role: "peer_mentor",
  });
  const register = async (size: number, offset: number) => {
    const t = performance.now();
    const r = await gql<{ registerActivities: { count: number } }>(
      svc.gatewayUrl,
      REGISTER,
      { activities: batch(size, offset) },
      { token },
    );
    if (r.status !== 200 || r.errors || r.data?.registerActivities.count !== size)
      throw new Error(`bulk registration failed (${r.status}): ${JSON.stringify(r.errors)}`);
    return performance.now() - t;
  };
  const client = new pg.Client({ connectionString: ds.url });
  await client.connect();
  /** The given tables' rows of a fresh batch (built before the clock starts), inserted in one transaction. */
  const raw = async (tables: readonly string[], size: number, offset: number) => {
    const rows = writesOf(mentor, size, offset);
    const t = performance.now();
    await client.query("begin");
    for (const table of tables)
      await client.query(insertStatement(table, WRITES[table]), columnArrays(table, rows[table]!, WRITES[table]));
    await client.query("commit");
    return performance.now() - t;
  };
  const activitiesOnly = ["activity.activities"];
  const required = Object.keys(WRITES);
  try {
    // Warm all three up at full size (a freshly started subgraph's first 1,000-row batches run before V8 has
    // optimized the per-row code: 50 rows were not enough to make the first measured runs like the later ones).
    // Batches are spread over offsets so that no two of them hold the same titles and dates.
    const at = (run: number, which: number) => (run * 3 + which + 1) * opts.size;
    for (let i = 0; i < 3; i++) {
      await register(opts.size, at(opts.runs + i, 0));
      await raw(activitiesOnly, opts.size, at(opts.runs + i, 1));
      await raw(required, opts.size, at(opts.runs + i, 2));
    }
    const gateway: number[] = [];
    const direct: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      gateway.push(await register(opts.size, at(i, 0)));
      direct.push(await raw(activitiesOnly, opts.size, at(i, 1)));
      floor.push(await raw(required, opts.size, at(i, 2)));
    }
    const [g, d, f] = [median(gateway), median(direct), median(floor)];
    return {
      activities: opts.size,
      runs: opts.runs,
      gatewayMs: ms(g),
      rawInsertMs: ms(d),
      ratio: +(g / d).toFixed(2),
      /** The same rows into every table a registration writes, by hand: the floor, and the registration against it. */
      requiredWritesMs: ms(f),
      floorRatio: +(f / d).toFixed(2),
      ratioToRequiredWrites: +(g / f).toFixed(2),
    };
  } finally {
    await client.end();
  }
}
