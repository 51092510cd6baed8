/** Assignments seen through GraphQL: status enums and the caller's assignments. */
import type { AssignmentStatus as GqlStatus } from "../__generated__/resolvers-types.js";
import { assignmentsOf } from "../application/assignments.js";
import type { ActivityContext } from "../context.js";
import type { AssignmentStatus } from "../domain/assignment.js";
import { requireViewer } from "@meander/subgraph-kit";

export const statusIn = (s: GqlStatus) => s.toLowerCase() as AssignmentStatus;
export const statusOut = (s: AssignmentStatus) => s.toUpperCase() as GqlStatus;

/** The caller's assignments (as mentor or dispatching coordinator), read in a short transaction. */
export const mineOf = (ctx: ActivityContext, ids?: readonly string[]) => {
  const actor = requireViewer(ctx);
  return ctx.uow.run(ctx.scope, (tx) => assignmentsOf(tx, actor, ids));
};
