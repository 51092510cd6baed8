/** createSubgraph(): builds the engagement service from its dependencies; listens nowhere until started. */
import { scopeOf } from "@meander/auth";
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import type { EngagementContext } from "./context.js";
import { createRepositories } from "./db/repositories/index.js";
import { eventStore } from "./db/schema/index.js";
import { activityHandlers } from "./events/activities.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "engagement";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export function createSubgraph(deps: SubgraphDeps): Promise<Service> {
  return createSubgraphService<EngagementContext>(
    {
      name: SUBGRAPH,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      resolvers,
      permissions,
      events: eventStore,
      consumers: { activities: activityHandlers },
      context: (base, { db, uow }) => {
        const scope = base.viewer ? scopeOf(base.viewer) : null;
        const repos = createRepositories(db, scope);
        return { ...base, uow, scope, repos, loaders: createLoaders(repos) };
      },
    },
    deps,
  );
}
