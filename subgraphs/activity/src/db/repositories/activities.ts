/**
 * Activities, as far as the scope given at construction sees them (organization_scope_isolation, @meander/db's
 * model: mentors their own, coordinators their local associations' and their own, administrators the
 * organization's); every read, lock and update applies it. Lists are keyset-paginated on (activity_date, id), newest first.
 * The table is partitioned by activity_date: a lookup by id first reads the
 * dates from the unpartitioned activity_keys, so it touches only their partitions.
 */
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import type { DuplicateCandidate } from "../../domain/duplicates.js";
import type { ActivityStatus } from "../../domain/workflow.js";
import { activities, activityKeys, type ActivityRow, type NewActivityRow } from "../schema/index.js";
import { bulkInsert, bulkInsertGiven } from "@meander/db";
import { activityFilter, activityKeyFilter, assertInScope } from "./scope.js";

export type { ActivityRow, NewActivityRow };

/** The keyset cursor: activity date (ISO) and id. */
export type ActivityCursor = [string, string];

export interface ActivityPageQuery {
  limit: number;
  after: ActivityCursor | null;
  status?: ActivityStatus | null;
  /** Any of these statuses (the review queue). */
  statuses?: readonly ActivityStatus[];
  userId?: string;
  localAssociationId?: string;
}

/** Rows per INSERT: 30 columns x 1,000 rows stays well under the 65,535 bind parameters. */
const INSERT_CHUNK = 1000;

export function createActivityRepository(db: Executor, scope: Scope) {
  const visible = () => activityFilter(scope);
  /** One row by its partition key, in the scope. */
  const at = (row: Pick<ActivityRow, "id" | "activityDate">) =>
    and(eq(activities.id, row.id), eq(activities.activityDate, row.activityDate), visible());

  /** (id, activity_date) of these ids, from the key table: the partition key for pruning. */
  const byKeys = async (ids: readonly string[]) => {
    const keys = await db
      .select({ id: activityKeys.id, activityDate: activityKeys.activityDate })
      .from(activityKeys)
      .where(and(inArray(activityKeys.id, [...ids]), activityKeyFilter(scope)));
    if (keys.length === 0) return null;
    return and(
      inArray(
        activities.id,
        keys.map((k) => k.id),
      ),
      inArray(
        activities.activityDate,
        keys.map((k) => k.activityDate),
      ),
    );
  };

  const repo = {
    async byIds(ids: readonly string[]): Promise<ActivityRow[]> {
      if (ids.length === 0) return [];
      const where = await byKeys(ids);
      if (!where) return [];
      return db.select().from(activities).where(and(where, visible()));
    },
    async page(q: ActivityPageQuery): Promise<ActivityRow[]> {
      return db
        .select()
        .from(activities)
        .where(
          and(
            visible(),
            q.status ? eq(activities.status, q.status) : undefined,
            q.statuses ? inArray(activities.status, [...q.statuses]) : undefined,
            q.userId ? eq(activities.userId, q.userId) : undefined,
            q.localAssociationId ? eq(activities.localAssociationId, q.localAssociationId) : undefined,
            q.after
              ? sql`(${activities.activityDate}, ${activities.id}) < (${q.after[0]}::timestamptz, ${q.after[1]}::uuid)`
              : undefined,
          ),
        )
        .orderBy(desc(activities.activityDate), desc(activities.id))
        .limit(q.limit);
    },
    /** Locks the row for a status change (two reviewers at once: one wins, the other sees the new status). */
    async lockById(id: string): Promise<ActivityRow | null> {
      return (await repo.lockByIds([id]))[0] ?? null;
    },
    /** Locks the rows in id order (two bulk approvals at once cannot deadlock). */
    async lockByIds(ids: readonly string[]): Promise<ActivityRow[]> {
      if (ids.length === 0) return [];
      const where = await byKeys(ids);
      if (!where) return [];
      return db.select().from(activities).where(and(where, visible())).orderBy(activities.id).for("update");
    },
    async insert(row: NewActivityRow, clientId: string | null = null): Promise<ActivityRow> {
      return (await repo.insertMany([{ row, clientId }]))[0]!;
    },
    /**
     * One INSERT into activity_keys and one into activities per 1,000 rows, each
     * with one array parameter per column (@meander/db bulkInsert), whatever the count;
     * the activities are answered as given, not read back.
     */
    async insertMany(rows: ReadonlyArray<{ row: NewActivityRow; clientId: string | null }>): Promise<ActivityRow[]> {
      for (const { row } of rows)
        assertInScope(scope, {
          organizationId: row.organizationId,
          localAssociationId: row.localAssociationId ?? null,
          ownerId: row.userId,
        });
      const out: ActivityRow[] = [];
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const chunk = rows.slice(i, i + INSERT_CHUNK);
        await bulkInsert(
          db,
          activityKeys,
          chunk.map(({ row, clientId }) => ({
            id: row.id,
            activityDate: row.activityDate,
            organizationId: row.organizationId,
            userId: row.userId,
            clientId,
          })),
        );
        out.push(
          ...(await bulkInsertGiven(
            db,
            activities,
            chunk.map((c) => c.row),
          )),
        );
      }
      return out;
    },
    /**
     * Idempotency of registerActivity: waits for any other transaction registering under the same client id (held to
     * this transaction's end), then returns the activity stored under it, if any. Client ids are unique within an
     * organization: a scope without one (platform, nobody) has none to match.
     */
    async lockClientId(clientId: string): Promise<ActivityRow | null> {
      if (scope.organizationId === null) return null;
      await db.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(${`activity.client:${scope.organizationId}:${clientId}`}, 0))`,
      );
      return repo.byClientId(clientId);
    },
    /** offline_sync_conflict_resolution: the activity an offline client already sent under this client id. */
    async byClientId(clientId: string): Promise<ActivityRow | null> {
      return (await repo.byClientIds([clientId]))[0]?.activity ?? null;
    },
    /**
     * duplicate_detection candidates for a batch: same organization and types,
     * dates within the window of the batch's range, same contacts or same
     * mentors; rejected and withdrawn activities do not count. One query (idx_activities_duplicate_detection).
     * When every row of the batch is in one local association (`localAssociationId`), a mentor's
     * activity can only be a suspect through another local association (suspectedDuplicate), so
     * those of the same one are not fetched; only the columns the check reads are.
     */
    async duplicateCandidates(q: {
      types: readonly string[];
      from: Date;
      to: Date;
      contactIds: readonly string[];
      userIds: readonly string[];
      localAssociationId?: string | null;
    }): Promise<DuplicateCandidate[]> {
      const sameMentor = q.userIds.length > 0 ? inArray(activities.userId, [...q.userIds]) : undefined;
      const who = [
        q.contactIds.length > 0 ? inArray(activities.contactId, [...q.contactIds]) : undefined,
        sameMentor && q.localAssociationId !== undefined
          ? and(sameMentor, sql`${activities.localAssociationId} is distinct from ${q.localAssociationId}`)
          : sameMentor,
      ].filter((x) => x !== undefined);
      if (q.types.length === 0 || who.length === 0) return [];
      return db
        .select({
          id: activities.id,
          userId: activities.userId,
          contactId: activities.contactId,
          localAssociationId: activities.localAssociationId,
          activityType: activities.activityType,
          activityDate: activities.activityDate,
        })
        .from(activities)
        .where(
          and(
            visible(),
            inArray(activities.activityType, [...q.types]),
            sql`${activities.activityDate} between ${q.from.toISOString()}::timestamptz and ${q.to.toISOString()}::timestamptz`,
            sql`${activities.status} not in ('rejected', 'withdrawn')`,
            or(...who),
          ),
        );
    },
    /** Several client ids at once (batch sync): the stored activities with the client id each was sent under. */
    async byClientIds(clientIds: readonly string[]): Promise<Array<{ clientId: string; activity: ActivityRow }>> {
      if (clientIds.length === 0) return [];
      const keys = await db
        .select({ id: activityKeys.id, activityDate: activityKeys.activityDate, clientId: activityKeys.clientId })
        .from(activityKeys)
        .where(and(inArray(activityKeys.clientId, [...clientIds]), activityKeyFilter(scope)));
      if (keys.length === 0) return [];
      const rows = await db
        .select()
        .from(activities)
        .where(
          and(
            inArray(
              activities.id,
              keys.map((k) => k.id),
            ),
            inArray(
              activities.activityDate,
              keys.map((k) => k.activityDate),
            ),
            visible(),
          ),
        );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return keys.flatMap((k) => (byId.has(k.id) ? [{ clientId: k.clientId!, activity: byId.get(k.id)! }] : []));
    },
    /** One UPDATE for many rows (bulk approval); answers in the order given. */
    async setStatusMany(
      rows: ReadonlyArray<Pick<ActivityRow, "id" | "activityDate">>,
      status: ActivityStatus,
      now: Date,
    ): Promise<ActivityRow[]> {
      if (rows.length === 0) return [];
      const updated = await db
        .update(activities)
        .set({ status, updatedAt: now })
        .where(
          and(
            inArray(
              activities.id,
              rows.map((r) => r.id),
            ),
            inArray(
              activities.activityDate,
              rows.map((r) => r.activityDate),
            ),
            visible(),
          ),
        )
        .returning();
      const byId = new Map(updated.map((r) => [r.id, r]));
      return rows.map((r) => byId.get(r.id)!);
    },
    /**
     * A correction (updateActivity): the new values of a locked row. A new activity_date may move the row to
     * another partition (PostgreSQL moves it); the key table follows in the same transaction.
     */
    async update(row: Pick<ActivityRow, "id" | "activityDate">, set: Partial<NewActivityRow>): Promise<ActivityRow> {
      const [updated] = await db.update(activities).set(set).where(at(row)).returning();
      if (set.activityDate && set.activityDate.getTime() !== row.activityDate.getTime()) {
        await db
          .update(activityKeys)
          .set({ activityDate: set.activityDate })
          .where(and(eq(activityKeys.id, row.id), activityKeyFilter(scope)));
      }
      return updated!;
    },
    async setStatus(
      row: Pick<ActivityRow, "id" | "activityDate">,
      status: ActivityStatus,
      now: Date,
    ): Promise<ActivityRow> {
      const [updated] = await db.update(activities).set({ status, updatedAt: now }).where(at(row)).returning();
      return updated!;
    },
    /** The activities with a contact, or registered by or for a person (an access export). */
    async ofPerson(person: { contactId: string } | { userId: string }): Promise<ActivityRow[]> {
      const who =
        "contactId" in person
          ? eq(activities.contactId, person.contactId)
          : or(eq(activities.userId, person.userId), eq(activities.proxySubmittedBy, person.userId));
      return db
        .select()
        .from(activities)
        .where(and(who, visible()))
        .orderBy(asc(activities.activityDate), asc(activities.id));
    },
    /** An erasure: the title, description and location of activities with the contact (free text that may name them). */
    async clearTextsWith(contactId: string): Promise<void> {
      await db
        .update(activities)
        .set({ title: null, description: null, location: null })
        .where(and(eq(activities.contactId, contactId), visible()));
    },
  };
  return repo;
}

export const activityCursorOf = (row: ActivityRow): ActivityCursor => [row.activityDate.toISOString(), row.id];

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
