/** createSubgraph(): builds the finance service from its dependencies; listens nowhere until started. */
import type { Viewer } from "@meander/auth";
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import type { FinanceContext } from "./context.js";
import { createExpenseTypeRepository } from "./db/repositories/expense-types.js";
import { createExpenseRepository, type ExpenseScope } from "./db/repositories/expenses.js";
import { eventStore } from "./db/schema/index.js";
import { seesOnlyOwnExpenses } from "./domain/expense.js";
import { activityHandlers } from "./events/activities.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "finance";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

/** Finance scopes by organization only: it keeps no local-association projection yet (see README). */
function expenseScope(viewer: Viewer | null): ExpenseScope | null {
  if (!viewer) return null;
  return { organizationId: viewer.organizationId, viewerId: viewer.userId, ownOnly: seesOnlyOwnExpenses(viewer.role) };
}

export function createSubgraph(deps: SubgraphDeps): Promise<Service> {
  return createSubgraphService<FinanceContext>(
    {
      name: SUBGRAPH,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      resolvers,
      permissions,
      events: eventStore,
      consumers: { activities: activityHandlers },
      context: (base, { db, uow }) => {
        const scope = expenseScope(base.viewer);
        const expenses = createExpenseRepository(db, scope);
        const expenseTypes = createExpenseTypeRepository(db, scope && { organizationId: scope.organizationId });
        return { ...base, uow, repos: { expenses, expenseTypes }, loaders: createLoaders(expenses, expenseTypes) };
      },
    },
    deps,
  );
}
