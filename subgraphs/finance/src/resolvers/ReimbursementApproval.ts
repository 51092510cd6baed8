import type { ReimbursementApprovalResolvers } from "../__generated__/resolvers-types.js";

export const ReimbursementApproval: ReimbursementApprovalResolvers = {
  outcome: (a) => a.outcome.toUpperCase(),
  decidedBy: (a) => (a.decidedBy ? { id: a.decidedBy } : null),
};
