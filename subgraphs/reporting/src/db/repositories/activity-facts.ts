/**
 * Activity facts and pending decisions of one organization. Used by the
 * activity-events consumer inside the transaction it is given.
 */
import { and, eq, lt, sql } from "drizzle-orm";
import { organizationIdOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  activityFacts,
  pendingActivityDecisions,
  type ActivityFactRow,
  type NewActivityFactRow,
  type PendingDecisionRow,
} from "../schema/index.js";

/** Advisory-lock class for "one activity's facts" (two-int keys never collide with the relay's one-key lock). */
const ACTIVITY_LOCK_CLASS = 0x52_45_50_01;

/** `scope`: the organization whose events the consumer keeps (it writes in it: organizationIdOf in the writes). */
export function createActivityFactRepository(db: Executor, scope: Scope) {
  const inOrg = scopedWhere(scope, { organization: activityFacts.organizationId });
  const pendingInOrg = scopedWhere(scope, { organization: pendingActivityDecisions.organizationId });
  return {
    /**
     * Serializes every event of one activity until the transaction ends, so a
     * registration and an early decision handled concurrently cannot miss each other.
     */
    async lock(activityId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${ACTIVITY_LOCK_CLASS}::int, hashtext(${activityId}))`);
    },
    async byId(activityId: string): Promise<ActivityFactRow | null> {
      const [row] = await db
        .select()
        .from(activityFacts)
        .where(and(eq(activityFacts.activityId, activityId), inOrg));
      return row ?? null;
    },
    async insert(row: Omit<NewActivityFactRow, "organizationId">): Promise<void> {
      await db.insert(activityFacts).values({ ...row, organizationId: organizationIdOf(scope) });
    },
    /** A correction of an undecided activity (activity.activity.updated): its new state. */
    async update(
      activityId: string,
      set: Partial<Omit<NewActivityFactRow, "activityId" | "organizationId">>,
    ): Promise<void> {
      await db
        .update(activityFacts)
        .set({ ...set, updatedAt: new Date() })
        .where(and(eq(activityFacts.activityId, activityId), inOrg));
    },
    async setStatus(activityId: string, status: string, at: Date): Promise<void> {
      await db
        .update(activityFacts)
        .set({ status, statusChangedAt: at, updatedAt: new Date() })
        .where(and(eq(activityFacts.activityId, activityId), inOrg));
    },
    /** Keeps an early decision until its registration arrives; of two early decisions the later one stays. */
    async savePendingDecision(activityId: string, status: string, decidedAt: Date): Promise<void> {
      await db
        .insert(pendingActivityDecisions)
        .values({ activityId, organizationId: organizationIdOf(scope), status, decidedAt })
        .onConflictDoUpdate({
          target: pendingActivityDecisions.activityId,
          set: { status, decidedAt, receivedAt: new Date() },
          setWhere: and(pendingInOrg, lt(pendingActivityDecisions.decidedAt, decidedAt)),
        });
    },
    /** Removes and returns the early decision for an activity, if one was kept. */
    async takePendingDecision(activityId: string): Promise<PendingDecisionRow | null> {
      const [row] = await db
        .delete(pendingActivityDecisions)
        .where(and(eq(pendingActivityDecisions.activityId, activityId), pendingInOrg))
        .returning();
      return row ?? null;
    },
  };
}

export type ActivityFactRepository = ReturnType<typeof createActivityFactRepository>;
