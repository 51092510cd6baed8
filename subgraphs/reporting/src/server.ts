/** createSubgraph(): builds the reporting service from its dependencies; listens nowhere until started. */
import { scopeOf } from "@meander/auth";
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import type { ReportingContext } from "./context.js";
import { createActivityCountRepository } from "./db/repositories/activity-counts.js";
import { eventStore } from "./db/schema/index.js";
import { activityHandlers } from "./events/activities.js";
import { auditHandlers } from "./events/audit.js";
import { directoryHandlers } from "./events/directory.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "reporting";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export function createSubgraph(deps: SubgraphDeps): Promise<Service> {
  return createSubgraphService<ReportingContext>(
    {
      name: SUBGRAPH,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      resolvers,
      permissions,
      events: eventStore,
      consumers: { activities: activityHandlers, directory: directoryHandlers, audit: auditHandlers },
      context: (base, { db, uow }) => {
        const activityCounts = createActivityCountRepository(db, base.viewer ? scopeOf(base.viewer) : null);
        return { ...base, uow, db, activityCounts, loaders: createLoaders(activityCounts, base.viewer) };
      },
    },
    deps,
  );
}
