/**
 * Per-subject keys in activity (issue 24 item 1): every sensitive value about a contact is encrypted under that
 * contact's key (sensitive.ts). The SQL around the keys is @meander/privacy's `subjectKeys` (shared with identity);
 * here activity declares its encrypted columns. shredSubject: the erasure flow's call to crypto-shred a contact
 * (version 1 values are first moved under the contact's key, then the key is destroyed). The resumable migration of
 * version 1 ciphertexts (under the organization's key, written before per-subject keys) to the contact's key runs in
 * the background at start-up (subjectKeyMigration, server.ts).
 */
import { subjectKeys } from "@meander/privacy/subject-keys";

/** Every encrypted column of activity, and the column that names the contact each value is about. */
export const ENCRYPTED_COLUMNS = [
  { table: "contacts", subject: "id", columns: ["address_enc", "health_info_enc"] },
  { table: "contact_relations", subject: "contact_id", columns: ["phone_enc"] },
  { table: "contact_notes", subject: "contact_id", columns: ["body_enc"] },
  { table: "assignments", subject: "contact_id", columns: ["payload_enc"] },
] as const;

export const activityKeys = subjectKeys({ schema: "activity", targets: ENCRYPTED_COLUMNS });

export const { shredSubject } = activityKeys;

/** The migration's state: one row per table (activity.subject_key_migration). */
export const migrationTarget = (target: (typeof ENCRYPTED_COLUMNS)[number]) =>
  activityKeys.migrationTarget(target.table);
export const migrateSubjectKeysBatch = activityKeys.migrateBatch;
export const migrateSubjectKeys = activityKeys.migrate;
/** The start-up worker: the migration runs in the background (start-up does not wait for it); stop waits for the batch in progress. */
export const subjectKeyMigration = activityKeys.migrationWorker;
