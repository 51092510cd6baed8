import { sql } from "drizzle-orm";
import { boolean, index, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { localAssociations } from "./local-associations.js";
import { organizations } from "./organizations.js";
import { organization } from "./pg-schema.js";

export const membershipRole = organization.enum("membership_role", [
  "peer_mentor",
  "coordinator",
  "org_admin",
  "global_admin",
]);

/**
 * Seed 003: a user's membership of a local association, with the role held
 * there. One row per (user, unit); at most one primary row per user (the
 * application unsets the previous primary; the partial unique index backs it).
 */
export const organizationMemberships = organization.table(
  "organization_memberships",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id").notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    localAssociationId: uuid("local_association_id")
      .notNull()
      .references(() => localAssociations.id),
    role: membershipRole("role").notNull(),
    isPrimary: boolean("is_primary").notNull().default(false),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organization_memberships_user_unit_idx").on(t.userId, t.localAssociationId),
    uniqueIndex("organization_memberships_one_primary_idx")
      .on(t.userId)
      .where(sql`${t.isPrimary}`),
    index("organization_memberships_organization_idx").on(t.organizationId, t.localAssociationId),
  ],
);

export type MembershipRow = typeof organizationMemberships.$inferSelect;
export type NewMembershipRow = typeof organizationMemberships.$inferInsert;
export type MembershipRoleValue = MembershipRow["role"];
