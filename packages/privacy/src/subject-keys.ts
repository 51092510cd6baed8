/**
 * Per-subject keys of one subgraph (issue 24 item 1, crypto-shredding), shared by activity (contacts) and identity
 * (users): the keyring bound to a transaction over the subgraph's own key tables, the shredding of one subject, and
 * the resumable background migration of values written before per-subject keys, either version 1 ciphertexts
 * (under the organization's key: re-encrypted in place) or plain text kept in a legacy column (encrypted into the
 * `*_enc` column beside it, the plain column emptied). @meander/crypto does the cryptography; this is the SQL around it.
 *
 * A subgraph declares its encrypted columns once (`subjectKeys({ schema, targets })`) and needs three tables in its
 * schema: `organization_data_keys`, `subject_data_keys` (@meander/crypto's formats) and `subject_key_migration`
 * (`target` text primary key, `last_id` uuid, `migrated`/`failed` integer, `finished_at` timestamptz).
 */
import { sql, type SQL } from "drizzle-orm";
import { isCiphertext, keyringOver, rowAad, sqlKeyStore, type Envelope, type Keyring } from "@meander/crypto";
import { inScopedTransaction, queryRows, rlsScopeOf, scopes, type Db, type Executor } from "@meander/db";

/** One ciphertext column; `plain` names the legacy plain-text column it replaces, if any. */
export type EncryptedColumn = string | { column: string; plain: string };

/** A table holding ciphertexts about subjects: its row id column (uuid), and the column naming the subject (uuid). */
export interface EncryptedTarget {
  table: string;
  /** The row's id column (default `id`); also the migration's position. */
  id?: string;
  subject: string;
  columns: readonly EncryptedColumn[];
}

export interface SubjectKeysOptions {
  /** The subgraph's pg schema: key tables `<schema>.organization_data_keys`, `<schema>.subject_data_keys`, `<schema>.subject_key_migration`. */
  schema: string;
  targets: readonly EncryptedTarget[];
  /**
   * Where a row's organization comes from: its `organization_id` column (default), or one fixed organization id
   * for every row (identity: a user belongs to no single organization; its keys sit under one key scope).
   */
  organizationId?: string;
}

/** The associated data of a value: `<schema.table>:<column without _enc>:<row id>` (rowAad). */
export const fieldOf = (column: string) => column.replace(/_enc$/, "");

const V1 = "menc1.%";
const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return sql.raw(name);
};
type Column = { enc: string; plain: string | null };
type Row = { id: string; organization_id: string; subject: string } & Record<string, string | null>;

export function subjectKeys(opts: SubjectKeysOptions) {
  const schema = opts.schema;
  const keyTable = `${schema}.organization_data_keys`;
  const subjectTable = `${schema}.subject_data_keys`;
  ident(schema);
  const stateTable = sql.raw(`${schema}.subject_key_migration`);
  const org = opts.organizationId ? sql`${opts.organizationId}::uuid` : sql`organization_id`;
  const targets = opts.targets.map((t) => ({
    table: t.table,
    id: t.id ?? "id",
    subject: t.subject,
    columns: t.columns.map((c): Column =>
      typeof c === "string" ? { enc: c, plain: null } : { enc: c.column, plain: c.plain },
    ),
  }));
  type Target = (typeof targets)[number];
  const aad = (target: Target, id: string, column: Column) =>
    rowAad(`${schema}.${target.table}`, id, fieldOf(column.enc));

  const store = (tx: Executor) =>
    sqlKeyStore({ table: keyTable, subjectTable, query: (s, ...v) => queryRows(tx, sql(s, ...v)) });

  /** The keyring bound to the transaction in progress (a key created in a rolled-back transaction does not survive); unwrapped keys are kept for this transaction only. */
  const keyringIn = (tx: Executor, envelope: Envelope): Keyring => keyringOver(envelope, store(tx), { memo: true });

  /** Rows of `target` still holding a value to move (a version 1 ciphertext, or a legacy plain value), locked, in id order. */
  function selectPending(tx: Executor, target: Target, where: SQL, limit: number): Promise<Row[]> {
    const cols = sql.join(
      target.columns.flatMap((c) => [ident(c.enc), ...(c.plain ? [ident(c.plain)] : [])]),
      sql`, `,
    );
    const pending = sql.join(
      target.columns.map((c) =>
        c.plain ? sql`(${ident(c.enc)} like ${V1} or ${ident(c.plain)} is not null)` : sql`${ident(c.enc)} like ${V1}`,
      ),
      sql` or `,
    );
    return queryRows<Row>(
      tx,
      sql`select ${ident(target.id)}::text as id, ${org}::text as organization_id, ${ident(target.subject)}::text as subject, ${cols}
          from ${ident(schema)}.${ident(target.table)} where (${pending}) and ${where} order by ${ident(target.id)} limit ${limit} for update`,
    );
  }

  /** Moves each pending value of the rows under its subject's key; counts the rows that moved and the values that could not. */
  async function moveRows(
    tx: Executor,
    k: Keyring,
    target: Target,
    rows: Row[],
  ): Promise<{ migrated: number; failed: number }> {
    let migrated = 0;
    let failed = 0;
    for (const row of rows) {
      const sets: SQL[] = [];
      for (const column of target.columns) {
        const legacy = column.plain ? row[column.plain] : null;
        const current = row[column.enc];
        try {
          if (legacy != null) {
            // A plain value beside no ciphertext is the value; beside one (written later) it is stale: only emptied.
            if (current == null)
              sets.push(
                sql`${ident(column.enc)} = ${await k.encryptFor(row.organization_id, row.subject, legacy, aad(target, row.id, column))}`,
              );
            sets.push(sql`${ident(column.plain!)} = null`);
          } else if (current?.startsWith("menc1.")) {
            sets.push(
              sql`${ident(column.enc)} = ${await k.reencryptFor(row.organization_id, row.subject, current, aad(target, row.id, column))}`,
            );
          }
        } catch {
          // Tampered or moved (DATA_INTEGRITY on read), or a subject already shredded: left as it is, counted.
          failed++;
        }
      }
      if (sets.length === 0) continue;
      await tx.execute(
        sql`update ${ident(schema)}.${ident(target.table)} set ${sql.join(sets, sql`, `)} where ${ident(target.id)} = ${row.id}::uuid`,
      );
      migrated++;
    }
    return { migrated, failed };
  }

  /**
   * Crypto-shredding of one subject (the erasure's call, in its transaction, in a scope that reaches the subject's
   * rows and keys): any value of the subject not yet under their key is first moved there, then the key is
   * destroyed, so none of the subject's ciphertexts (here, in backups once they expire, in any copy) can be
   * decrypted with a key that still exists. Idempotent. Without an envelope only the key is destroyed.
   */
  async function shredSubject(
    tx: Executor,
    envelope: Envelope | null,
    organizationId: string,
    subjectId: string,
  ): Promise<{ destroyed: boolean; reencrypted: number }> {
    let reencrypted = 0;
    if (envelope) {
      const k = keyringIn(tx, envelope);
      for (const target of targets) {
        const where = sql`${org} = ${organizationId}::uuid and ${ident(target.subject)} = ${subjectId}::uuid`;
        reencrypted += (await moveRows(tx, k, target, await selectPending(tx, target, where, 10_000))).migrated;
      }
    }
    const destroyed = await store(tx).destroySubjectKey!(organizationId, subjectId);
    return { destroyed, reencrypted };
  }

  /** The migration's state row of a table (`<schema>.subject_key_migration`). */
  const migrationTarget = (table: string) => `${schema}.${table}`;

  /**
   * One batch of the migration: the first unfinished table's next `batchSize` pending rows after the stored
   * position, moved under their subjects' keys; the position moves on in the same transaction (a crash loses
   * nothing; two instances queue on the state row). Returns how many rows the batch looked at (0: done).
   */
  async function migrateBatch(db: Db, envelope: Envelope, batchSize = 200): Promise<number> {
    for (const target of targets) {
      const name = migrationTarget(target.table);
      const seen = await inScopedTransaction(db, rlsScopeOf(scopes.platform()), async (tx) => {
        await tx.execute(sql`insert into ${stateTable} (target) values (${name}) on conflict (target) do nothing`);
        const [state] = await queryRows<{ last_id: string | null; finished: boolean }>(
          tx,
          sql`select last_id::text as last_id, finished_at is not null as finished from ${stateTable} where target = ${name} for update`,
        );
        if (state!.finished) return 0;
        const after = state!.last_id ? sql`${ident(target.id)} > ${state!.last_id}::uuid` : sql`true`;
        const rows = await selectPending(tx, target, after, batchSize);
        const { migrated, failed } = await moveRows(tx, keyringIn(tx, envelope), target, rows);
        const last = rows.at(-1)?.id ?? state!.last_id;
        await tx.execute(sql`update ${stateTable}
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
  async function migrate(
    db: Db,
    envelope: Envelope,
    o: { batchSize?: number; shouldStop?: () => boolean } = {},
  ): Promise<void> {
    while (!o.shouldStop?.() && (await migrateBatch(db, envelope, o.batchSize)) > 0);
  }

  /** The start-up worker: the migration runs in the background (start-up does not wait for it); stop waits for the batch in progress. */
  function migrationWorker(db: Db, envelope: Envelope | null, o: { onError?: (err: unknown) => void } = {}) {
    let stopped = false;
    let running: Promise<void> | undefined;
    return {
      start() {
        if (!envelope) return;
        running = migrate(db, envelope, { shouldStop: () => stopped }).catch((err) => o.onError?.(err));
      },
      async stop() {
        stopped = true;
        await running;
      },
    };
  }

  return { keyTable, subjectTable, keyringIn, shredSubject, migrationTarget, migrateBatch, migrate, migrationWorker };
}

export type SubjectKeys = ReturnType<typeof subjectKeys>;

/** A stored value that is not (yet) a ciphertext: a legacy plain value, readable until the migration moves it. */
export const isLegacyPlain = (value: string) => !isCiphertext(value);
