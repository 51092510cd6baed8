import type { ActivityApprovalResolvers } from "../__generated__/resolvers-types.js";
import { statusOut } from "../views/enums.js";

export const ActivityApproval: ActivityApprovalResolvers = {
  previousStatus: (r) => statusOut(r.previousStatus),
  status: (r) => statusOut(r.newStatus),
  decidedBy: (r) => ({ id: r.decidedBy }),
};
