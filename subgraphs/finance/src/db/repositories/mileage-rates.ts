/** The organization's mileage rate table (a catalog; platform scope: every organization's, e.g. the demo seed). */
import { and, asc, eq, type SQL } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { mileageRates, type MileageRateRow, type NewMileageRateRow } from "../schema/index.js";

export type { MileageRateRow };

export function createMileageRateRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined => scopedWhere(scope, { organization: mileageRates.organizationId });

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
