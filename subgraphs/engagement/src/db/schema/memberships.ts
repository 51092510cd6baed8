import { index, text, uuid } from "drizzle-orm/pg-core";
import { engagement } from "./pg-schema.js";

/**
 * Every membership (user, local association, role), learnt from organization's membership events: who belongs to
 * which local association, so that a coordinator sees the enrollments, participants, certifications and referral
 * links of their local associations' people (the visibility model, @meander/db README).
 */
export const membershipProjection = engagement.table(
  "membership_projection",
  {
    membershipId: uuid("membership_id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    userId: uuid("user_id").notNull(),
    role: text("role").notNull(),
  },
  (t) => [index("membership_projection_user_idx").on(t.userId, t.localAssociationId)],
);

export type MembershipRow = typeof membershipProjection.$inferSelect;
