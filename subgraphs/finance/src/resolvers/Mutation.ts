import { unauthenticated } from "@meander/auth";
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { submitExpense } from "../application/expenses.js";

export const Mutation: MutationResolvers = {
  submitExpense: (_parent, { input }, ctx) => {
    if (!ctx.viewer) throw unauthenticated();
    const { userId, role, organizationId } = ctx.viewer;
    return submitExpense(ctx.uow, { userId, role, organizationId }, input);
  },
};
