/** createSubgraph(): builds the finance service from its dependencies; listens nowhere until started. */
import type { Viewer } from "@meander/auth";
import { base64BodyLimit, createObjectStore, type ObjectStore } from "@meander/storage";
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import { readStorageConfig } from "./config.js";
import type { FinanceContext } from "./context.js";
import { createAccountingRepository } from "./db/repositories/accounting.js";
import { createHonorariumRepository } from "./db/repositories/honorarium.js";
import { createReimbursementRepository } from "./db/repositories/reimbursements.js";
import { createApprovalRepository } from "./db/repositories/approvals.js";
import { createExpenseTypeRepository } from "./db/repositories/expense-types.js";
import { createExpenseRepository, type ExpenseScope } from "./db/repositories/expenses.js";
import { createMileageRateRepository } from "./db/repositories/mileage-rates.js";
import { eventStore, featureFlags } from "./db/schema/index.js";
import { seesOnlyOwnExpenses } from "./domain/expense.js";
import { activityHandlers } from "./events/activities.js";
import { organizationHandlers } from "./events/organization.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";
import { RECEIPT_POLICY } from "./application/receipts.js";

export const SUBGRAPH = "finance";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

/** Finance scopes by organization only: it keeps no local-association projection yet (see README). */
function expenseScope(viewer: Viewer | null): ExpenseScope | null {
  if (!viewer) return null;
  return { organizationId: viewer.organizationId, viewerId: viewer.userId, ownOnly: seesOnlyOwnExpenses(viewer.role) };
}

export interface FinanceOptions {
  /** Where receipts are stored; by default from the environment (readStorageConfig: a local directory unless S3 is configured). */
  store?: ObjectStore;
}

export function createSubgraph(deps: SubgraphDeps, options: FinanceOptions = {}): Promise<Service> {
  const store = options.store ?? createObjectStore(readStorageConfig());
  return createSubgraphService<FinanceContext>(
    {
      name: SUBGRAPH,
      rowLevelSecurity: true,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      features: featureFlags,
      resolvers,
      permissions,
      events: eventStore,
      consumers: { activities: activityHandlers, organization: organizationHandlers },
      maxBodyBytes: base64BodyLimit(RECEIPT_POLICY),
      context: (base, { db, uow }) => {
        const scope = expenseScope(base.viewer);
        const expenses = createExpenseRepository(db, scope);
        const expenseTypes = createExpenseTypeRepository(db, scope && { organizationId: scope.organizationId });
        const tenant = scope && { organizationId: scope.organizationId };
        const mileageRates = createMileageRateRepository(db, tenant);
        const reimbursements = createReimbursementRepository(db, scope);
        const accounting = createAccountingRepository(db, tenant);
        const loaders = createLoaders(expenses, expenseTypes, createApprovalRepository(db, tenant), reimbursements);
        return { ...base, uow, store, repos: { expenses, expenseTypes, mileageRates, reimbursements, accounting, honorarium: createHonorariumRepository(db, tenant) }, loaders };
      },
    },
    deps,
  );
}
