/**
 * The tenant-scoped transaction: every unit of work runs in one transaction
 * that carries the caller's organization (and, for coordinators, local
 * associations) as transaction-local settings, which row-level security
 * policies read with nullif(current_setting('app.org_id', true), '').
 */
import { sql, type SQL } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db } from "./connect.js";
import { localAssociationSetting } from "./local-association.js";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either a database or an open transaction: repositories accept both. */
export type Executor = Db | Tx;

export interface TenantScope {
  /** null: a platform-wide actor (global administrator, system job). */
  organizationId: string | null;
  /** Local associations a coordinator is limited to; undefined = the whole organization. */
  localAssociationIds?: readonly string[];
}

/**
 * On a database: a transaction with the scope set. On an open transaction (a use case inside a request's
 * transaction): a savepoint whose scope can only narrow the request's (public.meander_enter_scope: same
 * organization, local associations intersected), and the request's scope is back once it is released
 * (a rollback to the savepoint undoes the settings by itself).
 */
export async function inTenantTransaction<T>(db: Db, scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const org = scope.organizationId ?? "";
  const las = localAssociationSetting(scope.localAssociationIds);
  if (!(db instanceof PgTransaction)) {
    return db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('app.org_id', ${org}, true), set_config('app.local_association_ids', ${las}, true)`,
      );
      return fn(tx);
    });
  }
  return db.transaction(async (tx) => {
    const [prev] = await queryRows<{ prev_org: string; prev_las: string; changed: boolean }>(
      tx,
      sql`select * from public.meander_enter_scope(${org}, ${las})`,
    );
    const result = await fn(tx);
    if (prev!.changed) {
      await tx.execute(
        sql`select set_config('app.org_id', ${prev!.prev_org}, true), set_config('app.local_association_ids', ${prev!.prev_las}, true)`,
      );
    }
    return result;
  });
}

/** Runs raw SQL and returns its rows, whichever driver is underneath (pg and PGlite both answer `{ rows }`). */
export async function queryRows<T>(exec: Executor, query: SQL): Promise<T[]> {
  const result = (await exec.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
