import type { RequestContext } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import type { ExpenseTypeRepository } from "./db/repositories/expense-types.js";
import type { ExpenseRepository } from "./db/repositories/expenses.js";
import type { Loaders } from "./loaders.js";

export interface FinanceContext extends RequestContext {
  uow: UnitOfWork;
  loaders: Loaders;
  /** Repositories scoped to the caller (nothing for an anonymous caller). */
  repos: { expenses: ExpenseRepository; expenseTypes: ExpenseTypeRepository };
}
