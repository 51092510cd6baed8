import type { ActivityStatusChangeResolvers } from "../__generated__/resolvers-types.js";
import { statusOut } from "../views/enums.js";

export const ActivityStatusChange: ActivityStatusChangeResolvers = {
  previousStatus: (r) => (r.previousStatus ? statusOut(r.previousStatus) : null),
  status: (r) => statusOut(r.newStatus),
  changedBy: (r) => ({ id: r.actorId }),
};
