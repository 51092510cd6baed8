/** The organization's mileage rate table (organizationId null: platform-wide, e.g. the demo seed). */
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Executor, TenantScope } from "@meander/db";
import { mileageRates, type MileageRateRow, type NewMileageRateRow } from "../schema/index.js";

/** `scope` null: an anonymous caller, who sees nothing. */
export function createMileageRateRepository(db: Executor, scope: TenantScope | null) {
  function visible(): SQL | undefined {
    if (scope === null) return sql`false`;
    if (scope.organizationId === null) return undefined;
    return eq(mileageRates.organizationId, scope.organizationId);
  }

  return {
    /** The organization's whole table, oldest first (a handful of rows: one per rate change). */
    async list(organizationId?: string): Promise<MileageRateRow[]> {
      return db
        .select()
        .from(mileageRates)
        .where(and(visible(), organizationId ? eq(mileageRates.organizationId, organizationId) : undefined))
        .orderBy(asc(mileageRates.organizationId), asc(mileageRates.validFrom));
    },
    /** Null when the organization already has a rate from that date. */
    async insert(row: NewMileageRateRow): Promise<MileageRateRow | null> {
      const [created] = await db.insert(mileageRates).values(row).onConflictDoNothing().returning();
      return created ?? null;
    },
  };
}

export type MileageRateRepository = ReturnType<typeof createMileageRateRepository>;
