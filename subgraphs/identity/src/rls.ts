/**
 * Identity under row-level security (issue #10 item 2). The kit runs each
 * request in one transaction as meander_app with app.org_id, app.scope and
 * app.user_id set in one statement (@meander/db applyScope); identity's
 * user-keyed policies (migration 0004) read the caller's user from it.
 *
 * Use cases inside a request keep the request's scope (their own stated scope
 * is for callers outside a request: seeds, tests). The sign-in flows, whose
 * authority is a credential identity checks itself (password, refresh token,
 * OIDC code, invitation token), and the push-token move run in the platform
 * scope for their own transaction only: the request's scope is put back after
 * it (or by the savepoint's rollback when it fails).
 */
import { sql } from "drizzle-orm";
import { scopeOf, type Viewer } from "@meander/auth";
import { queryRows, scopes, type Db, type Executor, type Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";

/**
 * The request's transaction. It was a statement of its own per request (set app.user_id) until the kit's scope
 * statement carried the user; the function shape stays so that use cases wait for nothing else.
 */
export function userScopedDatabase(db: Db): () => Promise<Db> {
  const ready = Promise.resolve(db);
  return () => ready;
}

/**
 * The scope of the request's use cases, as the kit's transaction settings have it: the caller's; a global
 * administrator's and an anonymous caller's (sign-in) are the platform's (no organization set).
 */
export function requestTenantScope(viewer: Viewer | null): Scope {
  return viewer && viewer.role !== "global_admin" ? scopeOf(viewer) : scopes.platform(viewer?.userId ?? null);
}

/** Use cases of a request: the request's scope, app.user_id set first. */
export function requestUnitOfWork(base: UnitOfWork, ready: () => Promise<unknown>, scope: Scope): UnitOfWork {
  return {
    async run(_stated, fn) {
      await ready();
      return base.run(scope, fn);
    },
  };
}

/** Sign-in flows: the platform scope for this use case's transaction only. */
export function platformUnitOfWork(base: UnitOfWork, ready: () => Promise<unknown>, scope: Scope): UnitOfWork {
  return {
    async run(_stated, fn) {
      await ready();
      return base.run(scope, async (tx, events) => {
        const [before] = await queryRows<{ scope: string | null }>(
          tx,
          sql`select current_setting('app.scope', true) as scope`,
        );
        await tx.execute(sql`select set_config('app.scope', 'platform', true)`);
        const result = await fn(tx, events);
        await tx.execute(sql`select set_config('app.scope', ${before?.scope ?? ""}, true)`);
        return result;
      });
    },
  };
}

/**
 * A transaction outside a request that acts for one user (a subject access export): app.user_id set, so the
 * user-keyed policies show that user's own rows.
 */
export async function actAsUser(tx: Executor, userId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
}
