import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { identity } from "./pg-schema.js";
import { users } from "./users.js";

/**
 * A signed-in device. It carries the active context (seed 003) that access
 * tokens are minted from, and is the family of its refresh tokens.
 */
export const sessions = identity.table(
  "sessions",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    deviceName: text("device_name").notNull(),
    platform: text("platform").notNull(),
    ip: text("ip"),
    /** password, or oidc:<provider>. */
    method: text("method").notNull(),
    membershipId: uuid("membership_id"),
    organizationId: uuid("organization_id"),
    localAssociationId: uuid("local_association_id"),
    role: text("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokeReason: text("revoke_reason"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Opaque refresh tokens, stored only as sha256; single use (used_at), grouped by session. */
export const refreshTokens = identity.table(
  "refresh_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("refresh_tokens_session_idx").on(t.sessionId)],
);

export type SessionRow = typeof sessions.$inferSelect;
export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
