/**
 * Per-subject keys in activity (issue 24 item 1): every sensitive value about a contact is encrypted under that
 * contact's key (sensitive.ts). Here: shredSubject, which the erasure flow calls to crypto-shred a contact, and the
 * resumable migration of version 1 ciphertexts (under the organization's key, written before per-subject keys) to
 * the contact's key, run in the background at start-up (subjectKeyMigration, server.ts).
 */
import { sql, type SQL } from "drizzle-orm";
import { keyringOver, sqlKeyStore, type Envelope, type Keyring } from "@meander/crypto";
import { inScopedTransaction, queryRows, type Db, type Tx } from "@meander/db";
import { aadOf, KEY_TABLE, keyringIn, SUBJECT_KEY_TABLE } from "./sensitive.js";

/** Every encrypted column of activity, and the column that names the contact each value is about. */
export const ENCRYPTED_COLUMNS = [
  { table: "contacts", subject: "id", columns: ["address_enc", "health_info_enc"] },
  { table: "contact_relations", subject: "contact_id", columns: ["phone_enc"] },
  { table: "contact_notes", subject: "contact_id", columns: ["body_enc"] },
  { table: "assignments", subject: "contact_id", columns: ["payload_enc"] },
] as const;
type Target = (typeof ENCRYPTED_COLUMNS)[number];

const V1 = "menc1.%";
type Row = { id: string; organization_id: string; subject: string } & Record<string, string | null>;

/** Rows of `target` still holding a version 1 ciphertext, locked, in id order. */
function selectV1(tx: Tx, target: Target, where: SQL, limit: number): Promise<Row[]> {
  const cols = sql.raw(target.columns.join(", "));
  const anyV1 = sql.join(target.columns.map((c) => sql`${sql.raw(c)} like ${V1}`), sql` or `);
  return queryRows<Row>(
    tx,
    sql`select id::text as id, organization_id::text as organization_id, ${sql.raw(target.subject)}::text as subject, ${cols}
        from activity.${sql.raw(target.table)} where (${anyV1}) and ${where} order by id limit ${limit} for update`,
  );
}

/** Re-encrypts each version 1 value of the rows under its contact's key; counts what moved and what could not. */
async function reencryptRows(tx: Tx, k: Keyring, target: Target, rows: Row[]): Promise<{ migrated: number; failed: number }> {
  let migrated = 0;
  let failed = 0;
  for (const row of rows) {
    const sets = [];
    for (const column of target.columns) {
      const value = row[column];
      if (!value?.startsWith("menc1.")) continue;
      try {
        const next = await k.reencryptFor(row.organization_id, row.subject, value, aadOf(target.table, row.id, column.replace(/_enc$/, "")));
        sets.push(sql`${sql.raw(column)} = ${next}`);
      } catch {
        // Tampered or moved (DATA_INTEGRITY on read), or a contact already shredded: left as it is, counted.
        failed++;
      }
    }
    if (sets.length === 0) continue;
    await tx.execute(sql`update activity.${sql.raw(target.table)} set ${sql.join(sets, sql`, `)} where id = ${row.id}::uuid`);
    migrated++;
  }
  return { migrated, failed };
}

/**
 * Crypto-shredding of one contact (the erasure flow's call, in its transaction, platform or the contact's
 * organization in scope): any version 1 value of the contact is first moved under the contact's key, then the key is
 * destroyed, so none of the contact's ciphertexts (here, in backups older than the erasure once they expire, in any
 * copy) can be decrypted with a key that still exists. Reads answer null from then on. Idempotent.
 */
export async function shredSubject(tx: Tx, envelope: Envelope | null, organizationId: string, subjectId: string): Promise<{ destroyed: boolean; reencrypted: number }> {
  let reencrypted = 0;
  if (envelope) {
    const k = keyringIn(tx, envelope);
    for (const target of ENCRYPTED_COLUMNS) {
      const where = sql`organization_id = ${organizationId}::uuid and ${sql.raw(target.subject)} = ${subjectId}::uuid`;
      reencrypted += (await reencryptRows(tx, k, target, await selectV1(tx, target, where, 10_000))).migrated;
    }
  }
  const store = sqlKeyStore({ table: KEY_TABLE, subjectTable: SUBJECT_KEY_TABLE, query: (s, ...v) => queryRows(tx, sql(s, ...v)) });
  const destroyed = await store.destroySubjectKey!(organizationId, subjectId);
  return { destroyed, reencrypted };
}

/** The migration's state: one row per table (activity.subject_key_migration). */
export const migrationTarget = (target: Target) => `activity.${target.table}`;

/**
 * One batch of the migration: the first unfinished table's next `batchSize` rows holding a version 1 value after
 * the stored position, re-encrypted under their contacts' keys; the position moves on in the same transaction (a
 * crash loses nothing; two instances queue on the state row). Returns how many rows the batch looked at (0: done).
 */
export async function migrateSubjectKeysBatch(db: Db, envelope: Envelope, batchSize = 200): Promise<number> {
  for (const target of ENCRYPTED_COLUMNS) {
    const name = migrationTarget(target);
    const seen = await inScopedTransaction(db, { kind: "platform" }, async (tx) => {
      await tx.execute(sql`insert into activity.subject_key_migration (target) values (${name}) on conflict (target) do nothing`);
      const [state] = await queryRows<{ last_id: string | null; finished: boolean }>(
        tx,
        sql`select last_id::text as last_id, finished_at is not null as finished from activity.subject_key_migration where target = ${name} for update`,
      );
      if (state!.finished) return 0;
      const after = state!.last_id ? sql`id > ${state!.last_id}::uuid` : sql`true`;
      const rows = await selectV1(tx, target, after, batchSize);
      const k = keyringOver(envelope, sqlKeyStore({ table: KEY_TABLE, subjectTable: SUBJECT_KEY_TABLE, query: (s, ...v) => queryRows(tx, sql(s, ...v)) }), { memo: true });
      const { migrated, failed } = await reencryptRows(tx, k, target, rows);
      const last = rows.at(-1)?.id ?? state!.last_id;
      await tx.execute(sql`update activity.subject_key_migration
        set last_id = ${last}::uuid, migrated = migrated + ${migrated}, failed = failed + ${failed},
            finished_at = case when ${rows.length < batchSize} then now() end
        where target = ${name}`);
      return Math.max(rows.length, 1);
    });
    if (seen > 0) return seen;
  }
  return 0;
}

/** Runs the migration to the end, batch after batch (the start-up worker; an operator may call it too). */
export async function migrateSubjectKeys(db: Db, envelope: Envelope, opts: { batchSize?: number; shouldStop?: () => boolean } = {}): Promise<void> {
  while (!opts.shouldStop?.() && (await migrateSubjectKeysBatch(db, envelope, opts.batchSize)) > 0);
}

/** The start-up worker: the migration runs in the background (start-up does not wait for it); stop waits for the batch in progress. */
export function subjectKeyMigration(db: Db, envelope: Envelope | null, opts: { onError?: (err: unknown) => void } = {}) {
  let stopped = false;
  let running: Promise<void> | undefined;
  return {
    start() {
      if (!envelope) return;
      running = migrateSubjectKeys(db, envelope, { shouldStop: () => stopped }).catch((err) => opts.onError?.(err));
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}
