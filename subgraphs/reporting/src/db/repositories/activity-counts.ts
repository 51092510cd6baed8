/**
 * The per-local-association rollup, as far as the caller may see it: counts
 * leave this repository only for rows of the scope's organization (and, for a
 * coordinator or mentor, their local associations). An anonymous caller
 * (scope null) sees nothing.
 */
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { scopedWhere, sees, type Executor, type Scope } from "@meander/db";
import type { ActivityCounts } from "../../domain/activity-stats.js";
import { localAssociationActivityCounts as counts, localAssociations } from "../schema/index.js";

export interface LocalAssociationCounts {
  localAssociationId: string;
  organizationId: string;
  counts: ActivityCounts;
}

/** A looked-up local association of the scope's organization: its counts only when in scope (null: withheld, or none yet). */
export interface CountsLookup {
  localAssociationId: string;
  organizationId: string;
  counts: ActivityCounts | null;
}

const columns = {
  localAssociationId: counts.localAssociationId,
  organizationId: counts.organizationId,
  registered: counts.registered,
  pending: counts.pending,
  approved: counts.approved,
  rejected: counts.rejected,
};

type Selected = { [K in keyof typeof columns]: (typeof columns)[K]["_"]["data"] };

const countsOf = (r: Selected): ActivityCounts => ({
  registered: r.registered,
  pending: r.pending,
  approved: r.approved,
  rejected: r.rejected,
});

/**
 * The one visibility model (@meander/db README) over a local association's counts: an administrator the
 * organization's, a coordinator or mentor their local associations'. Counts are per organization: a caller outside
 * any (a global administrator without one, an anonymous caller) gets none.
 */
export function createActivityCountRepository(db: Executor, scope: Scope) {
  function inScope(r: { organizationId: string; localAssociationId: string }): boolean {
    return scope.organizationId !== null && sees(scope, r);
  }

  function visible(): SQL {
    if (scope.organizationId === null) return sql`false`;
    return (
      scopedWhere(scope, { organization: counts.organizationId, localAssociation: counts.localAssociationId }) ??
      sql`true`
    );
  }

  return {
    /**
     * The scope organization's local associations among `localAssociationIds`: its counts rows (counts withheld
     * outside a coordinator's or mentor's local associations), then, for ids without one, its directory
     * (`local_associations`, counts null: none yet). Other organizations' rows are never read (the filter here,
     * and row-level security under it), so an id of another organization is absent, like an unknown one.
     */
    async lookup(localAssociationIds: readonly string[]): Promise<CountsLookup[]> {
      if (localAssociationIds.length === 0 || scope.organizationId === null) return [];
      const organizationId = scope.organizationId;
      const rows = await db
        .select(columns)
        .from(counts)
        .where(
          and(eq(counts.organizationId, organizationId), inArray(counts.localAssociationId, [...localAssociationIds])),
        );
      const found: CountsLookup[] = rows.map((r) => ({
        localAssociationId: r.localAssociationId,
        organizationId: r.organizationId,
        counts: inScope(r) ? countsOf(r) : null,
      }));
      const missing = localAssociationIds.filter((id) => !rows.some((r) => r.localAssociationId === id));
      if (missing.length === 0) return found;
      const directory = await db
        .select({ localAssociationId: localAssociations.localAssociationId })
        .from(localAssociations)
        .where(
          and(
            eq(localAssociations.organizationId, organizationId),
            inArray(localAssociations.localAssociationId, missing),
          ),
        );
      return [
        ...found,
        ...directory.map((d) => ({ localAssociationId: d.localAssociationId, organizationId, counts: null })),
      ];
    },
    async list(): Promise<LocalAssociationCounts[]> {
      const rows = await db.select(columns).from(counts).where(visible()).orderBy(asc(counts.localAssociationId));
      return rows.map((r) => ({
        localAssociationId: r.localAssociationId,
        organizationId: r.organizationId,
        counts: countsOf(r),
      }));
    },
    /**
     * Adds `delta` to a local association's row of the scope's organization.
     * The row is created at zero first (a CHECK keeps every count non-negative,
     * and PostgreSQL checks an upsert's proposed row before its conflict), then updated.
     */
    async applyDelta(localAssociationId: string, delta: ActivityCounts): Promise<void> {
      if (scope.organizationId === null) throw new Error("applyDelta needs an organization scope");
      await db
        .insert(counts)
        .values({ organizationId: scope.organizationId, localAssociationId })
        .onConflictDoNothing();
      await db
        .update(counts)
        .set({
          registered: sql`${counts.registered} + ${delta.registered}`,
          pending: sql`${counts.pending} + ${delta.pending}`,
          approved: sql`${counts.approved} + ${delta.approved}`,
          rejected: sql`${counts.rejected} + ${delta.rejected}`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(counts.organizationId, scope.organizationId), eq(counts.localAssociationId, localAssociationId)));
    },
  };
}

export type ActivityCountRepository = ReturnType<typeof createActivityCountRepository>;
