/** createSubgraph(): builds the engagement service from its dependencies; listens nowhere until started. */
import { scopeOf } from "@meander/auth";
import { NOBODY } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import { createSubgraphService, intervalWorker, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import { accessExportConsumer } from "@meander/privacy/access-export";
import { createObjectStore } from "@meander/storage";
import { engagementExportPart } from "./application/privacy/access-export-part.js";
import { readStorageConfig } from "./config.js";
import { runScheduledJobs } from "./application/scheduler.js";
import type { EngagementContext } from "./context.js";
import { createRepositories } from "./db/repositories/index.js";
import { eventStore, featureFlags } from "./db/schema/index.js";
import type { Channels } from "./delivery/channels.js";
import { activityHandlers } from "./events/activities.js";
import { identityHandlers, organizationHandlers, privacyHandlers } from "./events/directory.js";
import { financeHandlers } from "./events/finance.js";
import { reportingHandlers } from "./events/reporting.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "engagement";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export interface EngagementOptions {
  /** External delivery providers (push, e-mail, SMS); a channel left out fails its deliveries. */
  channels?: Channels;
  /** How often the scheduled jobs run (certification sweep, reminders, deliveries); default one minute. */
  scheduleEveryMs?: number;
  /** The scheduler's clock (default: the system clock). */
  clock?: () => Date;
}

export function createSubgraph(deps: SubgraphDeps, options: EngagementOptions = {}): Promise<Service> {
  // The scheduler's own unit of work: its events are picked up by the relay's next poll.
  const jobs = createUnitOfWork(deps.db, eventStore);
  const channels = options.channels ?? {};
  return createSubgraphService<EngagementContext>(
    {
      name: SUBGRAPH,
      rowLevelSecurity: { anonymous: "platform" }, // recordReferralEvent (a public referral link) is the only anonymous field
      schemaFile: new URL("./schema.graphql", import.meta.url),
      features: featureFlags,
      resolvers,
      permissions,
      events: eventStore,
      consumers: {
        activities: activityHandlers,
        organization: organizationHandlers,
        identity: identityHandlers,
        reporting: reportingHandlers,
        finance: financeHandlers,
        access_export: accessExportConsumer("engagement", engagementExportPart, {
          masterKey: deps.masterKey,
          store: createObjectStore(readStorageConfig()),
        }),
        privacy: privacyHandlers,
      },
      workers: [
        intervalWorker({
          intervalMs: options.scheduleEveryMs ?? 60_000,
          clock: options.clock,
          run: (now) => runScheduledJobs(jobs, channels, now),
          onError: (err) => deps.log.error({ err }, "engagement scheduled jobs failed; next run retries"),
        }),
      ],
      context: (base, { db, uow }) => {
        const scope = base.viewer ? scopeOf(base.viewer) : null;
        const repos = createRepositories(db, scope ?? NOBODY);
        return { ...base, uow, scope, repos, loaders: createLoaders(repos) };
      },
    },
    deps,
  );
}
