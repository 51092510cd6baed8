import type { ActivityResolvers } from "../__generated__/resolvers-types.js";

/** Activity is owned by the activity subgraph; finance adds its expenses, scoped like every other read. */
export const Activity: ActivityResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  expenses: (activity, _args, ctx) => ctx.loaders.expensesByActivity.load(activity.id),
};
