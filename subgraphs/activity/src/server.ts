/** createSubgraph(): builds the activity service from its dependencies; listens nowhere until started. */
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import type { ActivityContext } from "./context.js";
import { createActivityTypeRepository } from "./db/repositories/activity-types.js";
import { createActivityRepository } from "./db/repositories/activities.js";
import { createApprovalRepository } from "./db/repositories/approvals.js";
import { createContactRepository } from "./db/repositories/contacts.js";
import { eventStore } from "./db/schema/index.js";
import { activityVisibility, contactVisibility } from "./domain/actor.js";
import { membershipHandlers } from "./events/memberships.js";
import { organizationHandlers } from "./events/organizations.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "activity";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export function createSubgraph(deps: SubgraphDeps): Promise<Service> {
  return createSubgraphService<ActivityContext>(
    {
      name: SUBGRAPH,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      resolvers,
      permissions,
      events: eventStore,
      consumers: {
    memberships: membershipHandlers,
    catalog: organizationHandlers,
  },
      context: (base, { db, uow }) => {
        const viewer = base.viewer;
        const activityScope = viewer ? activityVisibility(viewer) : null;
        const repos = {
          activities: createActivityRepository(db, activityScope),
          contacts: createContactRepository(db, viewer ? contactVisibility(viewer) : null),
          activityTypes: createActivityTypeRepository(db, activityScope),
        };
        return { ...base, uow, repos, loaders: createLoaders(repos, createApprovalRepository(db, activityScope)) };
      },
    },
    deps,
  );
}
