import type { AccountingReferenceResolvers } from "../__generated__/resolvers-types.js";

export const AccountingReference: AccountingReferenceResolvers = {
  user: (r) => ({ id: r.userId }),
  updatedBy: (r) => ({ id: r.updatedBy }),
};
