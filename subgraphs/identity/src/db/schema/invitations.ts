import { integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { identity } from "./pg-schema.js";

export const invitationStatus = identity.enum("invitation_status", ["open", "accepted", "revoked"]);

/** Invitations, projected from organization's events: only the token's sha256 is known here. */
export const invitationProjection = identity.table("invitation_projection", {
  invitationId: uuid("invitation_id").primaryKey(),
  organizationId: uuid("organization_id").notNull(),
  /** Only from version 1 events (they carried the address); since then the address is in invitation_addresses. */
  email: text("email"),
  localAssociationId: uuid("local_association_id").notNull(),
  role: text("role").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  status: invitationStatus("status").notNull().default("open"),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  acceptedBy: uuid("accepted_by"),
  /** The organization's membership limit when invited (null: from before it was sent; organization then judges alone). */
  maxMembershipsPerUser: integer("max_memberships_per_user"),
});

export type InvitationRow = typeof invitationProjection.$inferSelect;

/**
 * The invited addresses (`organization.invitation.address_changed`, the compacted invitations topic): a row while
 * the invitation is open, removed when organization publishes the address as null (used, revoked, expired, erased).
 * Apart from the projection: the two events travel on different topics and may arrive in either order.
 */
export const invitationAddresses = identity.table("invitation_addresses", {
  invitationId: uuid("invitation_id").primaryKey(),
  /** The invitation's organization (row-level security, as the projection). */
  organizationId: uuid("organization_id").notNull(),
  email: text("email").notNull(),
});
