import { sql } from "drizzle-orm";
import { boolean, index, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations.js";
import { organization } from "./pg-schema.js";
import { regions } from "./regions.js";

/** Local associations (lokallag): the operational units mentors and coordinators belong to. */
export const localAssociations = organization.table(
  "local_associations",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    regionId: uuid("region_id").references(() => regions.id),
    name: text("name").notNull(),
    municipality: text("municipality"),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("local_associations_organization_name_idx").on(t.organizationId, sql`lower(${t.name})`),
    // Keyset pagination: (organization, name, id) and per region.
    index("local_associations_page_idx").on(t.organizationId, t.name, t.id),
    index("local_associations_region_idx").on(t.regionId, t.name, t.id),
  ],
);

export type LocalAssociationRow = typeof localAssociations.$inferSelect;
export type NewLocalAssociationRow = typeof localAssociations.$inferInsert;
