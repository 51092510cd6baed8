/**
 * Row-level security per request (issue #10 item 2): each GraphQL request of
 * a subgraph that opts in runs in one transaction as the application role
 * (`meander_app`, NOBYPASSRLS) with the caller's organization set
 * transaction-locally. Resolvers get that transaction as their `db` (use
 * cases' own db.transaction() calls nest as savepoints) and a unit of work
 * over it; the relay is poked after the request's commit. A repository that
 * forgets its organization filter still sees only the caller's organization.
 */
import type { IncomingMessage } from "node:http";
import { HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import { sql } from "drizzle-orm";
import { scopeOf, type TokenVerifier, type Viewer } from "@meander/auth";
import { inScopedTransaction, NOBODY, rlsScopeOf, scopes, type Db, type RlsScope } from "@meander/db";
import { createUnitOfWork, type EventTables, type UnitOfWork } from "@meander/events";
import { viewerFrom } from "./service.js";

export interface RowLevelSecurityOptions {
  /**
   * The scope of a request without a viewer: "none" (tenant tables show nothing; the default) or "platform"
   * (identity's sign-in, which looks up a person's memberships before any organization is chosen).
   */
  anonymous?: "none" | "platform";
}

/**
 * The request transaction's settings, made from a Scope: global administrators act across organizations (and are
 * audited), so their transaction is the platform's even where their repositories keep to one organization
 * (scopeOf); anyone else: their own scope.
 */
export function requestScope(viewer: Viewer | null, options: RowLevelSecurityOptions = {}): RlsScope {
  if (!viewer) return rlsScopeOf(options.anonymous === "platform" ? scopes.platform() : NOBODY);
  if (viewer.role === "global_admin") return rlsScopeOf(scopes.platform(viewer.userId));
  return rlsScopeOf(scopeOf(viewer));
}

/** What a request's context is built from while its transaction is open. */
export interface RequestScoped {
  db: Db;
  uow: UnitOfWork;
  /** Marks that the request wrote events: the relay is poked after the commit. */
  wrote(): void;
}

/**
 * The request's transaction rides on its context under a symbol, not in a map keyed by the context object: Apollo
 * Server copies the context per operation (`cloneObject`, a shallow Object.assign, which copies enumerable symbol
 * properties too), so a plugin sees a different object than the one built. Looked up by identity, the transaction
 * was not found, and the audit step opened a second one beside it: on one PGlite (one transaction at a time) that
 * froze the whole platform; on PostgreSQL it took a second pooled connection per read.
 */
const REQUEST_SCOPE = Symbol("meander.requestScope");

/** Marks `context` (and every copy Apollo makes of it) as running in `scoped`. */
export function bindRequestScope<T extends object>(context: T, scoped: RequestScoped): T {
  Object.defineProperty(context, REQUEST_SCOPE, {
    value: scoped,
    enumerable: true,
    writable: false,
    configurable: false,
  });
  return context;
}

/** The transaction the request holds open, or undefined when it runs without one (row-level security off). */
export function requestScopeOf(context: object): RequestScoped | undefined {
  return (context as { [REQUEST_SCOPE]?: RequestScoped })[REQUEST_SCOPE];
}

export function requestTransactions(opts: {
  db: Db;
  verifier: TokenVerifier;
  tables: EventTables;
  poke: () => void;
  options?: RowLevelSecurityOptions;
}) {
  return async function around(
    req: IncomingMessage,
    execute: (scoped: unknown) => Promise<HTTPGraphQLResponse>,
  ): Promise<HTTPGraphQLResponse> {
    let viewer: Viewer | null;
    try {
      viewer = await viewerFrom(req, opts.verifier);
    } catch {
      return execute(undefined); // the context refuses the token again (401) before any resolver runs
    }
    let wrote = false;
    let result: HTTPGraphQLResponse;
    try {
      result = await inScopedTransaction(opts.db, requestScope(viewer, opts.options), async (tx) => {
        const scoped: RequestScoped = {
          db: tx as unknown as Db,
          uow: createUnitOfWork(tx as unknown as Db, opts.tables, () => (wrote = true)),
          wrote: () => (wrote = true),
        };
        const answer = await execute(scoped);
        // A statement that failed outside a savepoint aborted the transaction, and PostgreSQL would turn the
        // COMMIT into a silent ROLLBACK: probe first, so that the answer never claims what was not saved.
        try {
          await tx.execute(sql`select 1`);
        } catch {
          throw new RolledBack(answer);
        }
        return answer;
      });
    } catch (err) {
      if (err instanceof RolledBack) return rolledBackAnswer(err.answer);
      throw err;
    }
    if (wrote) opts.poke();
    return result;
  };
}

class RolledBack extends Error {
  constructor(readonly answer: HTTPGraphQLResponse) {
    super("request transaction aborted");
  }
}

export const ROLLED_BACK_MESSAGE =
  "A statement of this request failed, so the whole request was rolled back: nothing of it was saved";

/** The request's own errors (the cause), no data, and a notice that nothing was saved. */
export function rolledBackAnswer(answer: HTTPGraphQLResponse): HTTPGraphQLResponse {
  let errors: unknown[] = [];
  if (answer.body.kind === "complete") {
    try {
      errors = (JSON.parse(answer.body.string) as { errors?: unknown[] }).errors ?? [];
    } catch {
      errors = [];
    }
  }
  const notice = { message: ROLLED_BACK_MESSAGE, extensions: { code: "REQUEST_ROLLED_BACK" } };
  const headers = new HeaderMap([["content-type", "application/json; charset=utf-8"]]);
  return {
    status: 200,
    headers,
    body: { kind: "complete", string: JSON.stringify({ errors: [...errors, notice], data: null }) },
  };
}
