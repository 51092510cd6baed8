import { boolean, index, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { identity } from "./pg-schema.js";

/**
 * Projection of organization's memberships, fed only by its events: who belongs
 * where, in which role. Used to scope user lookups and as the token's active context.
 */
export const membershipProjection = identity.table(
  "membership_projection",
  {
    membershipId: uuid("membership_id").notNull(),
    userId: uuid("user_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    role: text("role").notNull(),
    isPrimary: boolean("is_primary").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.membershipId] }), index("membership_projection_user_idx").on(t.userId)],
);

export type MembershipRow = typeof membershipProjection.$inferSelect;
