import type { RequestContext } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import type { ObjectStore } from "@meander/storage";
import type { ExpenseTypeRepository } from "./db/repositories/expense-types.js";
import type { ExpenseRepository } from "./db/repositories/expenses.js";
import type { MileageRateRepository } from "./db/repositories/mileage-rates.js";
import type { AccountingRepository } from "./db/repositories/accounting.js";
import type { HonorariumRepository } from "./db/repositories/honorarium.js";
import type { PayeeRepository } from "./db/repositories/payees.js";
import type { ReimbursementRepository } from "./db/repositories/reimbursements.js";
import type { Loaders } from "./loaders.js";

/** A reference to another subgraph's entity: its key only; the gateway fetches the rest from the owner. */
export interface Reference {
  id: string;
}

export interface FinanceContext extends RequestContext {
  uow: UnitOfWork;
  loaders: Loaders;
  /** Receipt files. */
  store: ObjectStore;
  /** Repositories scoped to the caller (nothing for an anonymous caller). */
  repos: {
    expenses: ExpenseRepository;
    expenseTypes: ExpenseTypeRepository;
    mileageRates: MileageRateRepository;
    reimbursements: ReimbursementRepository;
    accounting: AccountingRepository;
    honorarium: HonorariumRepository;
    /** The caller's organization's accounting references (null outside an organization). */
    payees: PayeeRepository | null;
  };
}
