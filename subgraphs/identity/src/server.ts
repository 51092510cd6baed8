/** createSubgraph(): builds the identity service from its dependencies; listens nowhere until started. */
import { scopeOfCaller } from "@meander/auth";
import { createEnvelope } from "@meander/crypto";
import { createUnitOfWork } from "@meander/events";
import { createSubgraphService, type Service, type SubgraphDeps, type SubgraphSpec } from "@meander/subgraph-kit";
import { DEFAULT_TOKEN_SETTINGS, publicJwks, type AuthSettings } from "./application/auth-settings.js";
import { createOidcProviders, type OidcProviderConfig } from "./application/oidc-providers.js";
import type { IdentityContext, IdentityRuntime } from "./context.js";
import { createSessionRepository, type SessionRow } from "./db/repositories/sessions.js";
import { createUserRepository } from "./db/repositories/users.js";
import { profileBackfill } from "./application/profile-backfill.js";
import { eventStore } from "./db/schema/index.js";
import { invitationHandlers } from "./events/invitations.js";
import { membershipHandlers } from "./events/memberships.js";
import { identityExportPart } from "./application/privacy/access-export-part.js";
import { readStorageConfig } from "./config.js";
import { accessExportConsumer } from "@meander/privacy/access-export";
import { createObjectStore } from "@meander/storage";
import { privacyHandlers } from "./events/privacy.js";
import { identityKeys } from "./application/subject-keys.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";
import { scopes } from "@meander/db";
import { platformUnitOfWork, requestTenantScope, requestUnitOfWork, userScopedDatabase } from "./rls.js";

export const SUBGRAPH = "identity";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export interface IdentityOptions {
  /** Issuer and audience of the access tokens (the verifiers' AUTH_ISSUER / AUTH_AUDIENCE). */
  issuer?: string;
  audience?: string;
  accessTokenTtlSeconds?: number;
  oidcProviders?: readonly OidcProviderConfig[];
  /** Earlier master keys, during a master-key rotation only (@meander/crypto): they still unwrap the user key scope's data key. */
  previousMasterKeys?: string[];
}

/** Identity's subgraph spec (exported so a test can swap in a resolver that forgot its filter). */
export function identitySpec(deps: SubgraphDeps, options: IdentityOptions = {}): SubgraphSpec<IdentityContext> {
  const settings: AuthSettings = {
    issuer: options.issuer ?? DEFAULT_TOKEN_SETTINGS.issuer,
    audience: options.audience ?? DEFAULT_TOKEN_SETTINGS.audience,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? DEFAULT_TOKEN_SETTINGS.accessTokenTtlSeconds,
    signingKeys: deps.signingKeys ?? [],
  };
  if (settings.signingKeys.length === 0) deps.log.warn("identity has no signing keys: logins will fail");
  const envelope = deps.masterKey
    ? createEnvelope({ masterKey: deps.masterKey, previousMasterKeys: options.previousMasterKeys })
    : null;
  if (!envelope) deps.log.warn("identity has no master key: phones and profile texts cannot be stored");
  const runtime: IdentityRuntime = {
    settings,
    oidc: createOidcProviders(options.oidcProviders ?? []),
    log: deps.log,
    envelope,
  };
  const jwks = JSON.stringify(publicJwks(settings));
  return {
    name: SUBGRAPH,
    schemaFile: new URL("./schema.graphql", import.meta.url),
    resolvers,
    permissions,
    events: eventStore,
    consumers: {
      memberships: membershipHandlers,
      invitations: invitationHandlers,
      access_export: accessExportConsumer("identity", identityExportPart(envelope), {
        masterKey: deps.masterKey,
        store: createObjectStore(readStorageConfig()),
      }),
      privacy: privacyHandlers(envelope),
    },
    workers: [
      // Legacy plain phones and profile texts into the users' keys, in the background (application/subject-keys.ts).
      identityKeys.migrationWorker(deps.db, envelope, {
        onError: (err) =>
          deps.log.error({ err }, "identity subject-key migration failed; it resumes at the next start"),
      }),
      // Users from before the profiles topic get their identity.profile.changed (issue 24 item 2), resumable.
      profileBackfill(createUnitOfWork(deps.db, eventStore), envelope, (err) =>
        deps.log.error({ err }, "identity profile backfill failed; it resumes at the next start"),
      ),
    ],
    // Each request: one transaction as meander_app in the caller's organization (anonymous: nothing visible);
    // app.user_id and the sign-in flows' platform scope are identity's own (src/rls.ts, migration 0004).
    rowLevelSecurity: true,
    routes: {
      // Every key, the active one first: verifiers learn a new key before it signs and keep the old one until its tokens expire.
      "/.well-known/jwks.json": (_req, res) => {
        res.writeHead(200, { "content-type": "application/jwk-set+json", "cache-control": "public, max-age=300" });
        res.end(jwks);
      },
    },
    context: (base, tools) => {
      const db = userScopedDatabase(tools.db);
      const tenant = requestTenantScope(base.viewer);
      const scope = scopeOfCaller(base.viewer);
      let session: Promise<SessionRow | null> | undefined;
      return {
        ...base,
        scope,
        uow: requestUnitOfWork(tools.uow, db, tenant),
        platformUow: platformUnitOfWork(tools.uow, db, tenant),
        db,
        runtime,
        client: { ip: base.clientIp },
        // The token's session, whoever's it is (the permission rules compare its user with the token's): the
        // platform scope over the request's row-level security.
        session: () =>
          (session ??= base.viewer
            ? db().then((tx) =>
                createSessionRepository(tx, scopes.platform(base.viewer!.userId)).byId(base.viewer!.sessionId),
              )
            : Promise.resolve(null)),
        loaders: createLoaders(() => db().then((tx) => createUserRepository(tx, scope))),
      };
    },
  };
}

export function createSubgraph(deps: SubgraphDeps, options: IdentityOptions = {}): Promise<Service> {
  return createSubgraphService<IdentityContext>(identitySpec(deps, options), deps);
}
