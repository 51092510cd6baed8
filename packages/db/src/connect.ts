/**
 * One way to get a drizzle database, whatever the driver: a pg pool against
 * PostgreSQL (services mode, tests) or one shared PGlite instance (embedded).
 */
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { isConnectionLost } from "./errors.js";
import { SpanKind, withSpan } from "@meander/observability";

export type Db = PgDatabase<PgQueryResultHKT, any>;

export type DatabaseHandle =
  | { kind: "postgres"; db: Db; pool: pg.Pool; close(): Promise<void> }
  | { kind: "pglite"; db: Db; client: PGlite; close(): Promise<void> };

/**
 * `scope: "platform"` starts every session of the pool in the platform scope (`app.scope`, read by the row-level
 * security policies): what a worker (consumer, relay, scheduler) runs in. Requests narrow it transaction-locally
 * (inScopedTransaction), so a service's one pool serves both.
 */
export function connectPostgres(
  url: string,
  opts: { max?: number; scope?: "platform"; onError?: (err: unknown) => void } = {},
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    // A database that does not answer (a network partition) fails a request in seconds instead of holding it.
    connectionTimeoutMillis: 5_000,
    ...(opts.scope === "platform" ? { options: "-c app.scope=platform" } : {}),
  });
  const onError = opts.onError ?? (() => {});
  // An idle client that errors (server restart) must not crash the process: the pool's listener covers idle clients.
  pool.on("error", onError);
  // A checked-out client has no pool listener (pg-pool removes it while the client is lent out, node-postgres
  // #2509): a session terminated between two statements of a transaction emitted an unhandled 'error' and killed
  // the process. Every client gets its own listener for its whole life; the failed query itself still rejects.
  pool.on("connect", (client) => client.on("error", onError));
  const db = drizzlePg(pool) as unknown as Db;
  safeTransactions(db, pool);
  return { kind: "postgres", db, pool, close: () => pool.end() };
}

/**
 * drizzle 0.45's node-postgres transaction() sends `begin` outside its try/finally (a failed begin never returns its
 * client to the pool) and gives a client whose connection died back to the pool as if it were sound. This one, put
 * in its place on the database's session, returns the client whatever fails, and discards it (`release(err)`) when
 * its connection is lost or its rollback failed. Nested transactions (savepoints) are drizzle's own, unchanged.
 */
function safeTransactions(db: Db, pool: pg.Pool): void {
  type Session = {
    dialect: unknown;
    schema: unknown;
    options: unknown;
    transaction: (fn: (tx: unknown) => Promise<unknown>, config?: unknown) => Promise<unknown>;
  };
  const session = (db as unknown as { session: Session }).session;
  // A span per transaction (tracing on) inside a traced operation: a request's, a consumer's; savepoints are inside
  // it. None starts a trace of its own (the relay's polls, a job's claims).
  session.transaction = (fn, config) =>
    withSpan(
      "db.transaction",
      { kind: SpanKind.CLIENT, childOnly: true, attributes: { "db.system.name": "postgresql" } },
      () => transaction(fn, config),
    );
  const transaction: Session["transaction"] = async (fn, config) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const own = new NodePgSession(
        oneStatementAtATime(client),
        session.dialect as never,
        session.schema as never,
        session.options as never,
      );
      const tx = new NodePgTransaction(session.dialect as never, own, session.schema as never);
      await tx.execute(
        sql`begin${config ? sql` ${(tx as unknown as { getTransactionConfigSQL(c: unknown): ReturnType<typeof sql> }).getTransactionConfigSQL(config)}` : undefined}`,
      );
      try {
        const result = await fn(tx);
        await tx.execute(sql`commit`);
        return result;
      } catch (err) {
        try {
          await tx.execute(sql`rollback`);
        } catch (rollbackFailed) {
          broken = rollbackFailed as Error;
        }
        throw err;
      }
    } catch (err) {
      if (!broken && isConnectionLost(err)) broken = err as Error;
      throw err;
    } finally {
      client.release(broken);
    }
  };
}

/**
 * A transaction's connection runs one statement at a time, but a request's resolvers share its transaction, and
 * their DataLoaders fetch side by side (sibling fields: a region's organization and its local associations). pg
 * queued such overlapping calls itself, with the warning "Calling client.query() when the client is already executing
 * a query" (to be an error in pg 9). They wait here instead, in the order they were asked (the order pg kept).
 */
function oneStatementAtATime(client: pg.PoolClient): pg.PoolClient {
  let previous: Promise<unknown> = Promise.resolve();
  const query = (...args: unknown[]) => {
    const run = previous.then(() => (client.query as (...a: unknown[]) => Promise<unknown>)(...args));
    previous = run.catch(() => undefined);
    return run;
  };
  return new Proxy(client, {
    get: (target, prop) => {
      if (prop === "query") return query;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Opens (or creates) a PGlite data directory. `dataDir` undefined = in memory. */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  return client;
}

/** A drizzle database over a PGlite instance that others may share; closing it leaves the instance open. */
export function usePglite(client: PGlite): DatabaseHandle {
  const db = drizzlePglite(client) as unknown as Db;
  return { kind: "pglite", db, client, close: async () => {} };
}

/** The same database as another user (no password: trust or peer authentication, or a password set elsewhere). */
export function asRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = "";
  return u.toString();
}

/** Whether the database answers `select 1` within `timeoutMs` (readiness: a hung connection attempt counts as no). */
export async function ping(handle: DatabaseHandle, timeoutMs = 1_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
  });
  const query = (async () => {
    if (handle.kind === "postgres") await handle.pool.query("select 1");
    else await handle.client.query("select 1");
    return true;
  })().catch(() => false);
  try {
    return await Promise.race([query, late]);
  } finally {
    clearTimeout(timer);
  }
}
