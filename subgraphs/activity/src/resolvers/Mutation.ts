import type { MutationResolvers, RegisterActivityInput as GqlInput } from "../__generated__/resolvers-types.js";
import { parseActivitiesCsv } from "../application/csv.js";
import {
  registerActivities,
  registerActivity,
  syncActivities,
  type RegisterActivityInput,
} from "../application/register.js";
import {
  approveActivities,
  approveActivity,
  flagActivity,
  rejectActivity,
  submitActivity,
} from "../application/review.js";
import { parseDateText } from "../domain/dates.js";
import { requireFeature, requireViewer } from "@meander/subgraph-kit";

/** proxy_registration: registering on a mentor's behalf (a row naming its mentor) is that flag's capability. */
async function guardProxy<T extends { isProxyRegistration?: boolean | null; userId?: string | null }>(
  ctx: unknown,
  inputs: readonly T[],
): Promise<void> {
  if (inputs.some((i) => i.isProxyRegistration || i.userId)) await requireFeature(ctx, "proxy_registration");
}

const toInput = (input: GqlInput): RegisterActivityInput => ({
  ...input,
  // Text, read strictly here: an odd date ("2026-13-45", "yesterday", "") is refused by the rules as date_format.
  activityDate:
    input.activityDate === null || input.activityDate === undefined ? null : parseDateText(input.activityDate),
});

export const Mutation: MutationResolvers = {
  registerActivity: async (_parent, { input }, ctx) => {
    await guardProxy(ctx, [input]);
    return registerActivity(ctx.uow, requireViewer(ctx), toInput(input), { now: ctx.now() });
  },
  registerActivities: async (_parent, { activities }, ctx) => {
    await guardProxy(ctx, activities);
    return registerActivities(ctx.uow, requireViewer(ctx), activities.map(toInput), { now: ctx.now() });
  },
  registerActivitiesCsv: async (_parent, { csv }, ctx) => {
    const actor = requireViewer(ctx);
    const { inputs, lines } = parseActivitiesCsv(csv);
    await guardProxy(ctx, inputs);
    return registerActivities(ctx.uow, actor, inputs, { rowNumbers: lines, now: ctx.now() });
  },
  syncActivities: async (_parent, { activities }, ctx) => {
    await guardProxy(ctx, activities);
    return syncActivities(ctx.uow, requireViewer(ctx), activities.map(toInput), { now: ctx.now() });
  },
  approveActivity: (_parent, { id }, ctx) => approveActivity(ctx.uow, requireViewer(ctx), id, { now: ctx.now() }),
  approveActivities: (_parent, { ids }, ctx) => approveActivities(ctx.uow, requireViewer(ctx), ids, { now: ctx.now() }),
  rejectActivity: (_parent, { id, reason }, ctx) =>
    rejectActivity(ctx.uow, requireViewer(ctx), id, reason, { now: ctx.now() }),
  flagActivity: (_parent, { id, note }, ctx) =>
    flagActivity(ctx.uow, requireViewer(ctx), id, note ?? null, { now: ctx.now() }),
  submitActivity: (_parent, { id }, ctx) => submitActivity(ctx.uow, requireViewer(ctx), id, { now: ctx.now() }),
};
