import { integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { identity } from "./pg-schema.js";
import { users } from "./users.js";

/** A user's password: scrypt, with its parameters and salt in the stored string (domain/password.ts). */
export const passwordCredentials = identity.table("password_credentials", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  hash: text("hash").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Failed sign-ins per normalized e-mail, whether or not a user has it, so the
 * lockout itself never tells which addresses exist (domain/throttle.ts).
 */
export const loginThrottle = identity.table("login_throttle", {
  email: text("email").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export type LoginThrottleRow = typeof loginThrottle.$inferSelect;
