/**
 * Per-subject keys of identity (issue 24 item 1, crypto-shredding; @meander/crypto formats, @meander/privacy's
 * subjectKeys): one random key per user encrypts their sensitive profile fields (phone, bio, availability note). A
 * user belongs to no single organization, so their keys are wrapped by one data key of identity's user key scope
 * (organization id USER_KEY_SCOPE, application/subject-keys.ts), which the master key wraps.
 */
import { integer, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { identity } from "./pg-schema.js";

/** Wrapped (encrypted) data keys: the user key scope's one row. */
export const organizationDataKeys = identity.table("organization_data_keys", {
  organizationId: uuid("organization_id").primaryKey(),
  wrappedKey: text("wrapped_key").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  rotatedAt: timestamp("rotated_at", { withTimezone: true }),
});

/** One key per user, wrapped by the data key above; `wrapped_key` null with `destroyed_at` set: destroyed (erasure). */
export const subjectDataKeys = identity.table(
  "subject_data_keys",
  {
    organizationId: uuid("organization_id").notNull(),
    subjectId: uuid("subject_id").notNull(),
    keyId: text("key_id").notNull(),
    wrappedKey: text("wrapped_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    destroyedAt: timestamp("destroyed_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.subjectId] }), uniqueIndex("subject_data_keys_key_id_uq").on(t.organizationId, t.keyId)],
);

/** Where the encryption of legacy plain values stands, per table (application/subject-keys.ts). */
export const subjectKeyMigration = identity.table("subject_key_migration", {
  target: text("target").primaryKey(),
  lastId: uuid("last_id"),
  migrated: integer("migrated").notNull().default(0),
  failed: integer("failed").notNull().default(0),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});
