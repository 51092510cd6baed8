import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { reporting } from "./pg-schema.js";

/**
 * The rollup behind `LocalAssociation.activityStats`: one row per local
 * association with activity, changed in the same transaction as every fact
 * change (never recomputed per request).
 */
export const localAssociationActivityCounts = reporting.table(
  "local_association_activity_counts",
  {
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    registered: integer("registered").notNull().default(0),
    pending: integer("pending").notNull().default(0),
    approved: integer("approved").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.localAssociationId] }),
    index("la_activity_counts_la_idx").on(t.localAssociationId),
    check(
      "la_activity_counts_non_negative",
      sql`${t.registered} >= 0 and ${t.pending} >= 0 and ${t.approved} >= 0 and ${t.rejected} >= 0`,
    ),
  ],
);

export type LocalAssociationCountsRow = typeof localAssociationActivityCounts.$inferSelect;
