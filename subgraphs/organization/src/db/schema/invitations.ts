import { index, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { localAssociations } from "./local-associations.js";
import { membershipRole, organizationMemberships } from "./memberships.js";
import { organizations } from "./organizations.js";
import { organization } from "./pg-schema.js";

/** open: waiting (expired when `expires_at` has passed); used: accepted, the membership exists; revoked: withdrawn. */
export const invitationStatus = organization.enum("invitation_status", ["open", "used", "revoked"]);

/**
 * Seed 003: an administrator invites an e-mail to a unit with a role. Only the
 * sha256 (hex) of the single-use token is stored; the token itself is returned
 * once to the inviter (to be e-mailed). identity checks the token and publishes
 * `identity.invitation.accepted`; organization then creates the membership.
 */
export const invitations = organization.table(
  "invitations",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    localAssociationId: uuid("local_association_id")
      .notNull()
      .references(() => localAssociations.id),
    email: text("email").notNull(),
    role: membershipRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    status: invitationStatus("status").notNull().default("open"),
    invitedBy: uuid("invited_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: uuid("used_by"),
    membershipId: uuid("membership_id").references(() => organizationMemberships.id, { onDelete: "set null" }),
    /** The last acceptance refused here (expired, revoked, a membership rule), with the rule's name. */
    refusedReason: text("refused_reason"),
    refusedAt: timestamp("refused_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_idx").on(t.tokenHash),
    index("invitations_unit_idx").on(t.localAssociationId, t.status, t.createdAt),
  ],
);

export type InvitationRow = typeof invitations.$inferSelect;
export type InvitationStatusValue = InvitationRow["status"];
