import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { activity } from "./pg-schema.js";

/** People receiving peer support; scoped to an organization and a local association. */
export const contacts = activity.table(
  "contacts",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    /** Who created it through the API (null: imported or seeded): a mentor who did works with the contact. */
    createdBy: uuid("created_by"),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    municipality: text("municipality"),
    /** Sensitive (encrypted at rest, @meander/crypto, AAD = this row and column): the street address. */
    addressEnc: text("address_enc"),
    /** Sensitive (encrypted at rest): health information the mentor needs. */
    healthInfoEnc: text("health_info_enc"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the contact was erased (issue 24): the row stays as a pseudonym, the retention job skips it. */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [
    index("contacts_org_name_idx").on(t.organizationId, t.lastName, t.firstName, t.id),
    index("contacts_local_association_idx").on(t.localAssociationId),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;
