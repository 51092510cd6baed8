/** createSubgraph(): builds the organization service from its dependencies; listens nowhere until started. */
import { scopeOf } from "@meander/auth";
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import type { OrganizationContext } from "./context.js";
import { createLocalAssociationRepository } from "./db/repositories/local-associations.js";
import { createMembershipRepository } from "./db/repositories/memberships.js";
import { createOrganizationRepository } from "./db/repositories/organizations.js";
import { createRegionRepository } from "./db/repositories/regions.js";
import { eventStore } from "./db/schema/index.js";
import { createLoaders, type Repositories } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "organization";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export function createSubgraph(deps: SubgraphDeps): Promise<Service> {
  // No consumed events yet (identity's user and invitation events arrive with invitations, a later issue).
  return createSubgraphService<OrganizationContext>(
    {
      name: SUBGRAPH,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      resolvers,
      permissions,
      events: eventStore,
      context: (base, { db, uow }) => {
        const scope = base.viewer ? scopeOf(base.viewer) : null;
        // Every member sees their organization's tree (names); memberships keep the coordinator/mentor unit limit.
        const tree = scope ? { organizationId: scope.organizationId } : null;
        const repos: Repositories = {
          organizations: createOrganizationRepository(db, tree),
          regions: createRegionRepository(db, tree),
          localAssociations: createLocalAssociationRepository(db, tree),
          memberships: createMembershipRepository(db, scope && { ...scope, viewerId: base.viewer!.userId }),
        };
        return { ...base, uow, repos, loaders: createLoaders(repos) };
      },
    },
    deps,
  );
}
