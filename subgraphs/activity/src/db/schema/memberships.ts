import { index, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { activity } from "./pg-schema.js";

/**
 * Projection of organization's memberships, fed only by its events: who belongs
 * to which local association, in which role (coordinator_proxy_scope).
 */
export const membershipProjection = activity.table(
  "membership_projection",
  {
    membershipId: uuid("membership_id").notNull(),
    userId: uuid("user_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    role: text("role").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.membershipId] }),
    index("membership_projection_user_idx").on(t.userId, t.organizationId),
  ],
);

export type MembershipRow = typeof membershipProjection.$inferSelect;
