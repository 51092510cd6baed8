import type { RequestContext } from "@meander/auth";
import type { Envelope } from "@meander/crypto";
import type { Db, Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import type { Logger } from "@meander/subgraph-kit";
import type { AuthSettings } from "./application/auth-settings.js";
import type { OidcProviders } from "./application/oidc-providers.js";
import type { SessionRow } from "./db/repositories/sessions.js";
import type { Loaders } from "./loaders.js";

/** What identity's use cases need beyond the database: token settings, OIDC providers, a logger. */
export interface IdentityRuntime {
  settings: AuthSettings;
  oidc: OidcProviders;
  log: Logger;
  /** The master key's envelope (@meander/crypto) for users' sensitive profile fields; null: none configured. */
  envelope: Envelope | null;
}

export interface IdentityContext extends RequestContext {
  /** The caller's scope (@meander/auth's scopeOfCaller; NOBODY when anonymous): the request's reads take it. */
  scope: Scope;
  /** Use cases in the request's scope (src/rls.ts). */
  uow: UnitOfWork;
  /** Sign-in flows and the push-token move only: the platform scope for the use case's own transaction. */
  platformUow: UnitOfWork;
  /** The request's transaction with app.user_id set (await it before any query: the user-keyed policies need it). */
  db(): Promise<Db>;
  loaders: Loaders;
  runtime: IdentityRuntime;
  /** The client's address, for the session list (null until the kit hands the request to the context). */
  client: { ip: string | null };
  /** The caller's session row (memoized per request); null for anonymous callers or unknown session ids. */
  session(): Promise<SessionRow | null>;
}
