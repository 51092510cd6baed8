import type { AssignmentStatusChangeResolvers } from "../__generated__/resolvers-types.js";
import { statusOut } from "../views/assignments.js";

export const AssignmentStatusChange: AssignmentStatusChangeResolvers = {
  status: (c) => statusOut(c.status),
  actor: (c) => ({ id: c.actorId }),
};
