import { index, text, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

/**
 * Projection of organization's local associations (`organization.local_association.created`):
 * which organization each belongs to, so finance refuses another organization's
 * association in an input (honorarium tiers) instead of storing a foreign id.
 */
export const localAssociations = finance.table(
  "local_associations",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    name: text("name").notNull(),
  },
  (t) => [index("local_associations_org_idx").on(t.organizationId)],
);
