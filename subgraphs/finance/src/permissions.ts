/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

export const permissions: IRules = {
  Query: { expenseTypes: isAuthenticated, expense: isAuthenticated, expenses: isAuthenticated },
  // A global administrator acts outside any organization: claims belong to one, so they may not file them.
  Mutation: { submitExpense: hasRole("peer_mentor", "coordinator", "org_admin") },
  // Rows reach a caller only through the scoped repositories; type rules keep anonymous _entities calls out.
  Expense: isAuthenticated,
  ExpenseType: isAuthenticated,
  ExpenseConnection: isAuthenticated,
  ExpenseEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Activity: isAuthenticated,
  User: isAuthenticated,
};
