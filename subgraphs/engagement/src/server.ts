/** createSubgraph(): builds the engagement service from its dependencies; listens nowhere until started. */
import { scopeOf } from "@meander/auth";
import { createService, eventPlumbing, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import type { EngagementContext } from "./context.js";
import { createRepositories } from "./db/repositories/index.js";
import { eventStore } from "./db/schema/index.js";
import { activityHandlers } from "./events/activities.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "engagement";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export async function createSubgraph(deps: SubgraphDeps): Promise<Service> {
  let poke = () => {};
  const { uow, relay, workers } = eventPlumbing(SUBGRAPH, deps, eventStore, { activities: activityHandlers(() => poke()) });
  poke = () => relay.poke();
  return createService<EngagementContext>({
    name: SUBGRAPH,
    schemaFile: new URL("./schema.graphql", import.meta.url),
    resolvers,
    permissions,
    verifier: deps.verifier,
    signingSecret: deps.signingSecret,
    log: deps.log,
    ready: deps.ready,
    workers,
    context: (base) => {
      const scope = base.viewer ? scopeOf(base.viewer) : null;
      const repos = createRepositories(deps.db, scope);
      return { ...base, uow, scope, repos, loaders: createLoaders(repos) };
    },
  });
}
