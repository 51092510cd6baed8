/**
 * Registration use cases, one transaction each, all through the pipeline in
 * registration.ts: registerActivity (one; idempotent with a client id),
 * registerActivities (bulk_batch_atomicity: every row or none) and
 * syncActivities (offline_sync_conflict_resolution: per row, server wins).
 */
import { randomUUID } from "node:crypto";
import { scopeOf } from "@meander/auth";
import { organizationOf, type Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { refusalText } from "@meander/subgraph-kit";
import { RuleViolationError, refuseIfAny, underField, badInput } from "@meander/validation";
import { createActivityRepository, type ActivityRow } from "../db/repositories/activities.js";
import type { Actor } from "../domain/actor.js";
import { optionalText } from "../domain/activity.js";
import { forbiddenBy } from "./errors.js";
import { scopeInOrganization } from "./scope.js";
import { insertPrepared, prepareRegistrations, type RegisterActivityInput, type RowViolation } from "./registration.js";

export type { RegisterActivityInput } from "./registration.js";

/** At most this many rows per bulk call (a month of visits for a large local association). */
export const BULK_MAX_ROWS = 5000;

/** A refused registration: FORBIDDEN when a rule of who may register refused, else every violation of the input at once. */
export function registrationRefusal(violations: readonly RowViolation[]): Error {
  const forbidden = violations.find((v) => v.code === "FORBIDDEN");
  return forbidden ? forbiddenBy(forbidden.rule, forbidden.message) : new RuleViolationError(violations);
}

export async function registerActivity(
  uow: UnitOfWork,
  actor: Actor,
  input: RegisterActivityInput,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  const now = opts.now ?? new Date();
  return uow.run(scopeOf(actor), async (tx, events) => {
    const clientId = optionalText(input.clientId);
    if (clientId && actor.organizationId) {
      const existing = await clientIdLookup(tx, actor).lockClientId(clientId);
      if (existing) return ownedOrRefused(existing, actor);
    }
    const prep = await prepareRegistrations(tx, actor, [input], { now });
    if (prep.violations.length > 0) throw registrationRefusal(prep.violations);
    return (await insertPrepared(tx, events, actor, prep, now))[0]!;
  });
}

/**
 * Client ids are unique within the organization, so the lookup reads at the organization's scope: it is not an
 * answer (another user's activity under the same client id is refused, not revealed: ownedOrRefused, `mine`).
 */
const clientIdLookup = (tx: Tx, actor: Actor) =>
  createActivityRepository(tx, organizationOf(scopeInOrganization(actor)));

/** A client id is the sender's: another user's activity under the same client id is not revealed. */
function ownedOrRefused(existing: ActivityRow, actor: Actor): ActivityRow {
  if (existing.userId !== actor.userId && existing.proxySubmittedBy !== actor.userId) {
    throw badInput("offline_sync_conflict_resolution", "clientId", "This client id belongs to another activity");
  }
  return existing;
}

export interface BulkResult {
  bulkBatchId: string;
  activities: ActivityRow[];
}

/**
 * bulk_batch_atomicity: one transaction and a handful of multi-row statements
 * for the whole batch; if any row breaks a rule nothing is written and the
 * error lists every failing row (`extensions.rows`: row, rule, field, message; a row with several
 * faults has one entry per fault) and, as every refusal, `extensions.violations` with the fields as
 * paths (`activities[237].durationMinutes`).
 */
export async function registerActivities(
  uow: UnitOfWork,
  actor: Actor,
  inputs: readonly RegisterActivityInput[],
  opts: { now?: Date; rowNumbers?: readonly number[] } = {},
): Promise<BulkResult> {
  const now = opts.now ?? new Date();
  if (inputs.length === 0)
    throw badInput("required_fields", "activities", "A bulk registration has at least one activity");
  if (inputs.length > BULK_MAX_ROWS)
    throw badInput("bulk_size", "activities", `At most ${BULK_MAX_ROWS} activities per bulk registration`);
  const bulkBatchId = randomUUID();
  return uow.run(scopeOf(actor), async (tx, events) => {
    const prep = await prepareRegistrations(
      tx,
      actor,
      inputs.map((i) => ({ ...i, isBulkRegistration: null, bulkBatchId: null })),
      { now, bulkBatchId },
    );
    if (prep.violations.length > 0) throw bulkRefusal(prep.violations, opts.rowNumbers);
    const activities = await insertPrepared(tx, events, actor, prep, now);
    return { bulkBatchId, activities };
  });
}

function bulkRefusal(violations: readonly RowViolation[], rowNumbers?: readonly number[]): RuleViolationError {
  const rows = violations.map((v) => ({
    row: rowNumbers?.[v.row] ?? v.row,
    rule: v.rule,
    field: v.field,
    message: v.message,
    ...(v.params ? { params: v.params } : {}),
  }));
  const failing = new Set(rows.map((r) => r.row)).size;
  const message = `${failing} ${failing === 1 ? "rad bryter" : "rader bryter"} en regel; ingenting ble registrert`;
  const params = { count: failing };
  return new RuleViolationError(
    violations.flatMap((v) =>
      underField(`activities[${v.row}]`, [
        { field: v.field, rule: v.rule, message: v.message, ...(v.params ? { params: v.params } : {}) },
      ]),
    ),
    { headline: { field: "activities", rule: "bulk_batch_atomicity", message, params }, details: { rows } },
  );
}

export type SyncOutcome = "created" | "already_synced" | "conflict_server_wins" | "refused";

export interface SyncRowResult {
  clientId: string;
  outcome: SyncOutcome;
  activity: ActivityRow | null;
  errors: Array<{ rule: string; field: string; message: string }>;
}

/**
 * offline_sync_conflict_resolution, for a phone that was offline for days: each
 * row carries the client's id; a row already received returns the stored
 * activity unchanged (the server version wins when they differ), a new valid
 * row is created with synced_at, an invalid row is refused alone (the others
 * still sync). One transaction, multi-row inserts.
 */
export async function syncActivities(
  uow: UnitOfWork,
  actor: Actor,
  inputs: readonly RegisterActivityInput[],
  opts: { now?: Date } = {},
): Promise<SyncRowResult[]> {
  const now = opts.now ?? new Date();
  const ids = inputs.map((i) => optionalText(i.clientId));
  // Every row without its client id is named at once (the batch cannot be matched to what was stored without them).
  refuseIfAny(
    ids.map((c, i) =>
      c === null
        ? {
            rule: "required_fields",
            field: `activities[${i}].clientId`,
            message: "Hver synkroniserte aktivitet må ha sin klient-id",
          }
        : null,
    ),
  );
  if (new Set(ids).size !== ids.length)
    throw badInput("offline_sync_conflict_resolution", "clientId", "A client id appears twice in the batch");
  return uow.run(scopeOf(actor), async (tx, events) => {
    const existing = new Map(
      (await clientIdLookup(tx, actor).byClientIds(ids as string[])).map((e) => [e.clientId, e.activity]),
    );
    const fresh = inputs.map((input, index) => ({ input, index })).filter(({ index }) => !existing.has(ids[index]!));
    const prep = await prepareRegistrations(
      tx,
      actor,
      fresh.map((f) => f.input),
      { now, syncedAt: now },
    );
    const created = await insertPrepared(tx, events, actor, prep, now);
    const byPrepIndex = new Map(prep.rows.map((r, i) => [r.index, created[i]!]));
    const freshIndex = new Map(fresh.map((f, i) => [f.index, i]));
    return inputs.map((input, index): SyncRowResult => {
      const clientId = ids[index]!;
      const stored = existing.get(clientId);
      if (stored) {
        const mine = stored.userId === actor.userId || stored.proxySubmittedBy === actor.userId;
        if (!mine)
          return {
            clientId,
            outcome: "refused",
            activity: null,
            errors: [
              said({
                rule: "offline_sync_conflict_resolution",
                field: "clientId",
                message: "This client id belongs to another activity",
              }),
            ],
          };
        return {
          clientId,
          outcome: differs(stored, input) ? "conflict_server_wins" : "already_synced",
          activity: stored,
          errors: [],
        };
      }
      const i = freshIndex.get(index)!;
      const activity = byPrepIndex.get(i);
      if (activity) return { clientId, outcome: "created", activity, errors: [] };
      const errors = prep.violations.filter((v) => v.row === i).map(said);
      return { clientId, outcome: "refused", activity: null, errors };
    });
  });
}

/** A refused sync row's violation as the client reads it: the message in the caller's language (the catalog's, as errors are). */
function said({
  rule,
  field,
  message,
  params,
}: {
  rule: string;
  field: string;
  message: string;
  params?: RowViolation["params"];
}) {
  return { rule, field, message: refusalText(rule, field, params) ?? message };
}

/** Whether the client's copy disagrees with the stored activity on what the client sends. */
function differs(stored: ActivityRow, input: RegisterActivityInput): boolean {
  if (input.activityTypeKey.trim() !== stored.activityType) return true;
  if (input.activityDate && input.activityDate.getTime() !== stored.activityDate.getTime()) return true;
  if (input.durationMinutes != null && input.durationMinutes !== stored.durationMinutes) return true;
  if (input.title != null && optionalText(input.title) !== stored.title) return true;
  if (input.description != null && optionalText(input.description) !== stored.description) return true;
  if (input.participantCount != null && input.participantCount !== (stored.participantCount ?? 1)) return true;
  return (input.contactId ?? null) !== stored.contactId && input.contactId !== undefined;
}
