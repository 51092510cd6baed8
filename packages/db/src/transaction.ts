/**
 * The tenant-scoped transaction: every unit of work runs in one transaction
 * that carries the caller's organization (and, for coordinators, local
 * associations) as transaction-local settings, which row-level security
 * policies read with nullif(current_setting('app.org_id', true), '').
 */
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "./connect.js";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either a database or an open transaction: repositories accept both. */
export type Executor = Db | Tx;

export interface TenantScope {
  /** null: a platform-wide actor (global administrator, system job). */
  organizationId: string | null;
  /** Local associations a coordinator is limited to; undefined = the whole organization. */
  localAssociationIds?: readonly string[];
}

export async function inTenantTransaction<T>(
  db: Db,
  scope: TenantScope,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.org_id', ${scope.organizationId ?? ""}, true),
                 set_config('app.local_association_ids', ${(scope.localAssociationIds ?? []).join(",")}, true)`,
    );
    return fn(tx);
  });
}

/** Runs raw SQL and returns its rows, whichever driver is underneath (pg and PGlite both answer `{ rows }`). */
export async function queryRows<T>(exec: Executor, query: SQL): Promise<T[]> {
  const result = (await exec.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
