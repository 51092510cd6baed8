/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

/** One instance per rule name: graphql-shield refuses two rules with the same name. */
const orgAdmin = hasRole("org_admin");
const decider = hasRole("coordinator", "org_admin");
const member = hasRole("peer_mentor", "coordinator", "org_admin");

export const permissions: IRules = {
  Query: {
    expenseTypes: isAuthenticated,
    expense: isAuthenticated,
    expenses: isAuthenticated,
    mileageRates: isAuthenticated,
    reimbursement: isAuthenticated,
    reimbursements: isAuthenticated,
    // Exports and payouts move the whole organization's money: organization administrators (issue 18 item 4).
    accountingExport: orgAdmin,
    accountingExports: orgAdmin,
    accountingReferences: orgAdmin,
    honorariumTiers: isAuthenticated,
    honorariumAwards: isAuthenticated,
    honorariumProgress: isAuthenticated,
  },
  // A global administrator acts outside any organization: claims belong to one, so they may not file them.
  Mutation: {
    submitExpense: member,
    configureExpenseType: orgAdmin,
    addMileageRate: orgAdmin,
    approveExpense: decider,
    rejectExpense: decider,
    createReimbursement: member,
    uploadReceipt: member,
    setHonorariumTier: decider,
    retireHonorariumTier: decider,
    approveReimbursement: decider,
    createAccountingExport: orgAdmin,
    markAccountingExportPaid: orgAdmin,
    setAccountingReference: orgAdmin,
  },
  // Rows reach a caller only through the scoped repositories; type rules keep anonymous _entities calls out.
  Expense: isAuthenticated,
  ExpenseType: isAuthenticated,
  MileageRate: isAuthenticated,
  ExpenseApproval: isAuthenticated,
  Receipt: isAuthenticated,
  Reimbursement: isAuthenticated,
  ReimbursementApproval: isAuthenticated,
  AccountingExport: orgAdmin,
  AccountingReference: orgAdmin,
  HonorariumTier: isAuthenticated,
  HonorariumAward: isAuthenticated,
  HonorariumProgress: isAuthenticated,
  ExpenseConnection: isAuthenticated,
  ExpenseEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Activity: isAuthenticated,
  User: isAuthenticated,
  LocalAssociation: isAuthenticated,
};
