/** createSubgraph(): builds the identity service from its dependencies; listens nowhere until started. */
import { scopeOf } from "@meander/auth";
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import type { IdentityContext } from "./context.js";
import { createUserRepository } from "./db/repositories/users.js";
import { eventStore } from "./db/schema/index.js";
import { membershipHandlers } from "./events/memberships.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "identity";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export function createSubgraph(deps: SubgraphDeps): Promise<Service> {
  return createSubgraphService<IdentityContext>(
    {
      name: SUBGRAPH,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      resolvers,
      permissions,
      events: eventStore,
      consumers: { memberships: membershipHandlers },
      context: (base, { db, uow }) => {
        const scope = base.viewer ? { ...scopeOf(base.viewer), viewerId: base.viewer.userId } : null;
        return { ...base, uow, loaders: createLoaders(createUserRepository(db, scope)) };
      },
    },
    deps,
  );
}
