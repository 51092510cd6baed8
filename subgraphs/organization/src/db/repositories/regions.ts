/** Regions of the caller's organization (a global administrator: of every organization). */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { writableIn, scopedWhere, type Executor, type Scope } from "@meander/db";
import { regions, type NewRegionRow, type RegionRow } from "../schema/index.js";

export type { RegionRow } from "../schema/index.js";

export function createRegionRepository(db: Executor, scope: Scope) {
  return {
    async byIds(ids: readonly string[]): Promise<RegionRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(regions)
        .where(and(inArray(regions.id, [...ids]), scopedWhere(scope, { organization: regions.organizationId })));
    },
    async ofOrganizations(organizationIds: readonly string[]): Promise<RegionRow[]> {
      if (organizationIds.length === 0) return [];
      return db
        .select()
        .from(regions)
        .where(
          and(
            inArray(regions.organizationId, [...organizationIds]),
            scopedWhere(scope, { organization: regions.organizationId }),
          ),
        )
        .orderBy(asc(regions.name), asc(regions.id));
    },
    async nameTaken(organizationId: string, name: string): Promise<boolean> {
      const rows = await db
        .select({ id: regions.id })
        .from(regions)
        .where(
          and(
            eq(regions.organizationId, organizationId),
            sql`lower(${regions.name}) = lower(${name})`,
            scopedWhere(scope, { organization: regions.organizationId }),
          ),
        )
        .limit(1);
      return rows.length > 0;
    },
    async insert(row: NewRegionRow): Promise<RegionRow> {
      writableIn(scope, row.organizationId, "region");
      const [created] = await db.insert(regions).values(row).returning();
      return created!;
    },
  };
}

export type RegionRepository = ReturnType<typeof createRegionRepository>;
