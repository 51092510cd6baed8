/** The organization's activity type catalog; every member of an organization sees its catalog. */
import { and, asc, eq, inArray } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { activityTypes, type ActivityTypeRow, type NewActivityTypeRow } from "../schema/index.js";
import { assertInScope } from "./scope.js";

export function createActivityTypeRepository(db: Executor, scope: Scope) {
  // The catalog is organization-wide (a row with neither local association nor owner): local associations do not narrow it.
  const visible = () => scopedWhere(scope, { organization: activityTypes.organizationId });

  return {
    async list(opts: { includeInactive: boolean }): Promise<ActivityTypeRow[]> {
      return db
        .select()
        .from(activityTypes)
        .where(and(visible(), opts.includeInactive ? undefined : eq(activityTypes.isActive, true)))
        .orderBy(asc(activityTypes.name), asc(activityTypes.key));
    },
    /** One query for any number of (organization, key) pairs. */
    async byOrganizationKeys(
      pairs: ReadonlyArray<{ organizationId: string; key: string }>,
    ): Promise<ActivityTypeRow[]> {
      if (pairs.length === 0) return [];
      const rows = await db
        .select()
        .from(activityTypes)
        .where(
          and(
            visible(),
            inArray(activityTypes.organizationId, [...new Set(pairs.map((p) => p.organizationId))]),
            inArray(activityTypes.key, [...new Set(pairs.map((p) => p.key))]),
          ),
        );
      return rows;
    },
    /** Adds catalog entries; an (organization, key) already there is left as it is. */
    async insertMissing(rows: NewActivityTypeRow[]): Promise<void> {
      if (rows.length === 0) return;
      for (const row of rows) assertInScope(scope, row);
      await db
        .insert(activityTypes)
        .values(rows)
        .onConflictDoNothing({ target: [activityTypes.organizationId, activityTypes.key] });
    },
  };
}

export type ActivityTypeRepository = ReturnType<typeof createActivityTypeRepository>;
