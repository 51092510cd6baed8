/** createSubgraph(): builds the finance service from its dependencies; listens nowhere until started. */
import { accessExportConsumer } from "@meander/privacy/access-export";
import { financeExportPart } from "./application/privacy/access-export-part.js";
import { scopeOfCaller } from "@meander/auth";
import { organizationOf } from "@meander/db";
import { base64BodyLimit, createObjectStore, tracedStore, type ObjectStore } from "@meander/storage";
import { createSubgraphService, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import { readStorageConfig } from "./config.js";
import type { FinanceContext } from "./context.js";
import { createAccountingRepository } from "./db/repositories/accounting.js";
import { createHonorariumRepository } from "./db/repositories/honorarium.js";
import { createReimbursementRepository } from "./db/repositories/reimbursements.js";
import { createApprovalRepository } from "./db/repositories/approvals.js";
import { createExpenseTypeRepository } from "./db/repositories/expense-types.js";
import { createExpenseRepository } from "./db/repositories/expenses.js";
import { createMileageRateRepository } from "./db/repositories/mileage-rates.js";
import { eventStore, featureFlags } from "./db/schema/index.js";
import { activityHandlers } from "./events/activities.js";
import { identityHandlers, privacyHandlers } from "./events/identity.js";
import { organizationHandlers } from "./events/organization.js";
import { createPayeeRepository } from "./db/repositories/payees.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";
import { RECEIPT_POLICY } from "./application/receipts.js";

export const SUBGRAPH = "finance";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

export interface FinanceOptions {
  /** Where receipts are stored; by default from the environment (readStorageConfig: a local directory unless S3 is configured). */
  store?: ObjectStore;
}

export function createSubgraph(deps: SubgraphDeps, options: FinanceOptions = {}): Promise<Service> {
  const store = tracedStore(options.store ?? createObjectStore(readStorageConfig()));
  return createSubgraphService<FinanceContext>(
    {
      name: SUBGRAPH,
      rowLevelSecurity: true,
      schemaFile: new URL("./schema.graphql", import.meta.url),
      features: featureFlags,
      resolvers,
      permissions,
      events: eventStore,
      consumers: {
        activities: activityHandlers,
        organization: organizationHandlers,
        identity: identityHandlers,
        access_export: accessExportConsumer("finance", financeExportPart, { masterKey: deps.masterKey, store }),
        privacy: privacyHandlers(store),
      },
      // Room for twice the receipt limit (what the gateway's upload path passes, 28 MB): a file over the limit reaches
      // the receipt check, which names the field and the limit (PAYLOAD_TOO_LARGE), instead of a bare body refusal.
      maxBodyBytes: base64BodyLimit({ ...RECEIPT_POLICY, maxBytes: 2 * RECEIPT_POLICY.maxBytes }),
      context: (base, { db, uow }) => {
        // One scope for every repository (the visibility model, packages/db README); catalogs are the organization's.
        const scope = scopeOfCaller(base.viewer);
        const expenses = createExpenseRepository(db, scope);
        // Catalogs are the organization's (nobody for an anonymous caller: organizationOf keeps it).
        const tenant = organizationOf(scope);
        const expenseTypes = createExpenseTypeRepository(db, tenant);
        const mileageRates = createMileageRateRepository(db, tenant);
        const reimbursements = createReimbursementRepository(db, scope);
        const accounting = createAccountingRepository(db, scope);
        const loaders = createLoaders(expenses, expenseTypes, createApprovalRepository(db, tenant), reimbursements);
        return {
          ...base,
          uow,
          store,
          repos: {
            expenses,
            expenseTypes,
            mileageRates,
            reimbursements,
            accounting,
            honorarium: createHonorariumRepository(db, scope),
            payees: base.viewer?.organizationId ? createPayeeRepository(db, tenant) : null,
          },
          loaders,
        };
      },
    },
    deps,
  );
}
