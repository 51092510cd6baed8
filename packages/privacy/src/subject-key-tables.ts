/**
 * The key tables of a subgraph that encrypts per subject (activity for contacts, identity for users), declared once:
 * each subgraph calls this with its own pg schema, as `eventTables` does for the outbox.
 */
import { integer, primaryKey, text, timestamp, uniqueIndex, uuid, type PgSchema } from "drizzle-orm/pg-core";

export function subjectKeyTables(schema: PgSchema) {
  /** Wrapped (encrypted) data keys, one per key scope (an organization; identity's user key scope): @meander/crypto. */
  const organizationDataKeys = schema.table("organization_data_keys", {
    organizationId: uuid("organization_id").primaryKey(),
    wrappedKey: text("wrapped_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    rotatedAt: timestamp("rotated_at", { withTimezone: true }),
  });

  /**
   * Per-subject keys (issue 24 item 1, crypto-shredding): one random key per subject, wrapped by its scope's data key.
   * `wrapped_key` null with `destroyed_at` set is a tombstone: the key was destroyed (erasure).
   */
  const subjectDataKeys = schema.table(
    "subject_data_keys",
    {
      organizationId: uuid("organization_id").notNull(),
      subjectId: uuid("subject_id").notNull(),
      keyId: text("key_id").notNull(),
      wrappedKey: text("wrapped_key"),
      createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
      destroyedAt: timestamp("destroyed_at", { withTimezone: true }),
    },
    (t) => [
      primaryKey({ columns: [t.organizationId, t.subjectId] }),
      uniqueIndex("subject_data_keys_key_id_uq").on(t.organizationId, t.keyId),
    ],
  );

  /** Where the background move to subject keys stands, per table (subject-keys.ts' migration job). */
  const subjectKeyMigration = schema.table("subject_key_migration", {
    target: text("target").primaryKey(),
    lastId: uuid("last_id"),
    migrated: integer("migrated").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  });

  return { organizationDataKeys, subjectDataKeys, subjectKeyMigration };
}
