import type { DuplicateSummaryResolvers } from "../__generated__/resolvers-types.js";
import { statusOut } from "../views/enums.js";

/** Only the summary's fields: the row never leaves as an Activity (issue 20). */
export const DuplicateSummary: DuplicateSummaryResolvers = {
  activityId: (a) => a.id,
  activityDate: (a) => a.activityDate,
  durationMinutes: (a) => a.durationMinutes,
  type: (a, _args, ctx) => ctx.loaders.activityType.load({ organizationId: a.organizationId, key: a.activityType }),
  status: (a) => statusOut(a.status),
  localAssociation: (a) => (a.localAssociationId ? { id: a.localAssociationId } : null),
  mentor: (a) => ({ id: a.userId }),
};
