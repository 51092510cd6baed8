/** createSubgraph(): builds the reporting service from its dependencies; listens nowhere until started. */
import { accessExportConsumer } from "@meander/privacy/access-export";
import { createObjectStore } from "@meander/storage";
import { reportingExportPart } from "./application/privacy/access-export-part.js";
import { readStorageConfig } from "./config.js";
import { scopeOfCaller } from "@meander/auth";
import { createUnitOfWork } from "@meander/events";
import { createSubgraphService, intervalWorker, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import { runDueSchedules } from "./application/report-schedules.js";
import { wrappedComputed, wrappedScheduler } from "./application/wrapped.js";
import type { ReportingContext } from "./context.js";
import { createActivityCountRepository } from "./db/repositories/activity-counts.js";
import { eventStore, featureFlags } from "./db/schema/index.js";
import { activityHandlers } from "./events/activities.js";
import { auditHandlers } from "./events/audit.js";
import { directoryHandlers, privacyHandlers } from "./events/directory.js";
import { statisticsHandlers } from "./events/statistics.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "reporting";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export interface ReportingOptions {
  /** How often the worker runs due report schedules (default one minute). */
  reportScheduleEveryMs?: number;
  /** The report worker's clock (default: the system clock). */
  clock?: () => Date;
  /** The Wrapped worker: how often it checks whether a year is due (default one minute) and its clock (default: the system clock). */
  wrapped?: { everyMs?: number; clock?: () => Date };
}

export function createSubgraph(deps: SubgraphDeps, options: ReportingOptions = {}): Promise<Service> {
  // The workers' own unit of work (the Wrapped job's events are picked up by the relay's next poll).
  const jobs = createUnitOfWork(deps.db, eventStore);
  return createSubgraphService<ReportingContext>(
    {
      name: SUBGRAPH,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      features: featureFlags,
      resolvers,
      permissions,
      events: eventStore,
      // Each request runs in one transaction as meander_app with the caller's organization set (issue #10 item 2);
      // consumers and the report worker run outside requests, as the platform.
      rowLevelSecurity: true,
      consumers: {
        activities: activityHandlers,
        directory: directoryHandlers,
        audit: auditHandlers,
        statistics: statisticsHandlers,
        privacy: privacyHandlers,
        access_export: accessExportConsumer("reporting", reportingExportPart, {
          masterKey: deps.masterKey,
          store: createObjectStore(readStorageConfig()),
        }),
      },
      workers: [
        intervalWorker({
          intervalMs: options.reportScheduleEveryMs ?? 60_000,
          clock: options.clock,
          run: (now) => runDueSchedules(deps.db, jobs, now),
          onError: (err) => deps.log.error({ err }, "report schedules failed; next run retries"),
        }),
        // Wrapped every January (issue #21 item 5), in the services mode and the embedded start alike.
        intervalWorker({
          intervalMs: options.wrapped?.everyMs ?? 60_000,
          clock: options.wrapped?.clock,
          run: wrappedScheduler(jobs, (year) => wrappedComputed(deps.db, year)),
          onError: (err) => deps.log.error({ err }, "Wrapped job failed; next run retries"),
        }),
      ],
      context: (base, { db, uow }) => {
        const activityCounts = createActivityCountRepository(db, scopeOfCaller(base.viewer));
        return { ...base, uow, db, activityCounts, loaders: createLoaders(activityCounts, base.viewer, db) };
      },
    },
    deps,
  );
}
