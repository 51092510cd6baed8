/** createSubgraph(): builds the organization service from its dependencies; listens nowhere until started. */
import { privacyHandlers } from "./application/privacy/handlers.js";
import { scopeOfCaller } from "@meander/auth";
import { organizationOf, scopes } from "@meander/db";
import { createEnvelope, type Envelope } from "@meander/crypto";
import { invitationHandlers } from "./application/invitations.js";
import { invitationAddressExpiry } from "./application/invitation-address.js";
import { accessExportHandlers } from "./application/privacy/access-export-assembly.js";
import { accessExportCleanupWorker } from "./application/privacy/access-export-expiry.js";
import { createUnitOfWork } from "@meander/events";
import { createObjectStore, type ObjectStore } from "@meander/storage";
import { readStorageConfig } from "./config.js";
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import type { OrganizationContext } from "./context.js";
import { createLeadRepository } from "./db/repositories/leads.js";
import { createLocalAssociationRepository } from "./db/repositories/local-associations.js";
import { createMembershipRepository } from "./db/repositories/memberships.js";
import { createOrganizationRepository } from "./db/repositories/organizations.js";
import { createRegionRepository } from "./db/repositories/regions.js";
import { createSettingsRepository } from "./db/repositories/settings.js";
import { eventStore } from "./db/schema/index.js";
import { mailHandlers } from "./events/mail.js";
import { createConfirmationMailer, type ConfirmationMailer } from "./leads/mailer.js";
import { createBookingRateLimiter, type BookingRateLimiter } from "./leads/rate-limit.js";
import { createLoaders, type Repositories } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "organization";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

/** Leads' infrastructure (config.ts reads it from the environment; the embedded mode passes none). */
export interface LeadOptions {
  /** Redis for rate_limit_per_ip; unset: in memory (this process only). */
  redisUrl?: string;
  /** Redis key prefix of the rate limiter (tests use a random one). */
  rateLimitKeyPrefix?: string;
  /** SMTP for confirmation mails; unset: logged as not sent and retried later. */
  smtpUrl?: string;
  mailFrom?: string;
  confirmationUrl?: string;
  /** How often the mail worker looks for due mails (default 2000 ms). */
  mailPollMs?: number;
  /** Ready-made workers (tests: to call runOnce or consume directly). */
  rateLimiter?: BookingRateLimiter;
  mailer?: (deps: SubgraphDeps) => ConfirmationMailer;
}

/** Settings' infrastructure: the master keys that wrap each organization's data key (integration credentials). */
export interface SettingsOptions {
  /** 32 bytes (base64, base64url or hex); unset: integration credentials are refused. */
  masterKey?: string;
  /** Retired master keys, still accepted for unwrapping during a rotation. */
  previousMasterKeys?: string[];
  /** The object store of subject access exports (default: from the environment, see config.ts). */
  store?: ObjectStore;
  /** How often the cleanup of expired access exports runs (default hourly). */
  accessExportCleanupEveryMs?: number;
}

export async function createSubgraph(
  deps: SubgraphDeps,
  leads: LeadOptions = {},
  settings: SettingsOptions = {},
): Promise<Service> {
  const masterKey = settings.masterKey ?? deps.masterKey;
  const envelope: Envelope | null = masterKey
    ? createEnvelope({ masterKey, previousMasterKeys: settings.previousMasterKeys })
    : null;
  const store = settings.store ?? createObjectStore(readStorageConfig());
  const onError = (err: unknown) => deps.log.warn({ err }, "rate limiter store unavailable; counting in memory");
  const rateLimiter =
    leads.rateLimiter ??
    createBookingRateLimiter({ redisUrl: leads.redisUrl, keyPrefix: leads.rateLimitKeyPrefix, onError });
  const mailer =
    leads.mailer?.(deps) ??
    createConfirmationMailer({
      db: deps.db,
      log: deps.log,
      smtpUrl: leads.smtpUrl,
      from: leads.mailFrom,
      confirmationUrl: leads.confirmationUrl,
      pollMs: leads.mailPollMs ?? 2000,
    });
  return createSubgraphService<OrganizationContext>(
    {
      name: SUBGRAPH,
      rowLevelSecurity: true,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      resolvers,
      permissions,
      events: eventStore,
      // identity.invitation.accepted creates the membership (consumer organization.invitations).
      consumers: {
        mail: mailHandlers,
        invitations: invitationHandlers(deps.log),
        access_export: accessExportHandlers({ envelope, store }),
        privacy: privacyHandlers,
      },
      workers: [
        rateLimiter,
        mailer,
        accessExportCleanupWorker(
          createUnitOfWork(deps.db, eventStore),
          store,
          (err) => deps.log.error({ err }, "access export cleanup failed; next run retries"),
          settings.accessExportCleanupEveryMs,
        ),
        // Expired invitations' addresses leave the kept logs (application/invitation-address.ts).
        invitationAddressExpiry(createUnitOfWork(deps.db, eventStore), (err) =>
          deps.log.error({ err }, "invitation address expiry failed; next run retries"),
        ),
      ],
      context: (base, { db, uow }) => {
        const scope = scopeOfCaller(base.viewer);
        // Every member sees their organization's tree (names); memberships keep the coordinator/mentor unit limit.
        const tree = organizationOf(scope);
        const repos: Repositories = {
          organizations: createOrganizationRepository(db, tree),
          regions: createRegionRepository(db, tree),
          localAssociations: createLocalAssociationRepository(db, tree),
          memberships: createMembershipRepository(db, scope),
          // Leads are the platform operator's sales data: the platform's rows, behind the sales role (permissions.ts).
          leads: createLeadRepository(db, scopes.platform()),
          // An organization the caller already sees (the parent came through the scoped organizations repository).
          settingsOf: (organizationId) => createSettingsRepository(db, scopes.organization(organizationId)),
        };
        return { ...base, uow, repos, loaders: createLoaders(repos), bookingRateLimit: rateLimiter, envelope, store };
      },
    },
    deps,
  );
}
