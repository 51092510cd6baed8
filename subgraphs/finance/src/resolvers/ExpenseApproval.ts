import type { ApprovalDecision, ExpenseApprovalResolvers } from "../__generated__/resolvers-types.js";

export const ExpenseApproval: ExpenseApprovalResolvers = {
  decision: (a) => a.decision.toUpperCase() as ApprovalDecision,
  decidedBy: (a) => (a.decidedBy ? { id: a.decidedBy } : null),
};
