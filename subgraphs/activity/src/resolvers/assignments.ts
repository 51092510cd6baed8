/** Encrypted assignments (issue #6 item 10): thin resolvers over src/application/assignments.ts. */
import { requireViewer } from "@meander/subgraph-kit";
import type {
  AssignmentResolvers,
  AssignmentStatus as GqlStatus,
  AssignmentStatusChangeResolvers,
  MutationResolvers,
  QueryResolvers,
} from "../__generated__/resolvers-types.js";
import { scopeOf } from "@meander/auth";
import { assignmentsOf, changeAssignmentStatus, dispatchAssignment, statusLogOf } from "../application/assignments.js";
import { sensitive } from "./contacts.js";
import type { AssignmentStatus } from "../domain/assignment.js";
import type { ActivityContext } from "../context.js";

const statusIn = (s: GqlStatus) => s.toLowerCase() as AssignmentStatus;
const statusOut = (s: AssignmentStatus) => s.toUpperCase() as GqlStatus;

/** The caller's assignments (as mentor or dispatching coordinator), read in a short transaction. */
const mineOf = (ctx: ActivityContext, ids?: readonly string[]) => {
  const actor = requireViewer(ctx);
  return ctx.uow.run(ctx.scope, (tx) => assignmentsOf(tx, actor, ids));
};

export const assignmentQueries: QueryResolvers = {
  assignment: async (_parent, { id }, ctx) => (await mineOf(ctx, [id]))[0] ?? null,
  assignments: (_parent, _args, ctx) => mineOf(ctx),
};

export const assignmentMutations: MutationResolvers = {
  dispatchAssignment: (_parent, { input }, ctx) => dispatchAssignment(ctx.uow, ctx.envelope, requireViewer(ctx), input),
  moveAssignment: (_parent, { id, status }, ctx) =>
    changeAssignmentStatus(ctx.uow, requireViewer(ctx), id, statusIn(status)),
};

export const Assignment: AssignmentResolvers = {
  contact: (a, _args, ctx) => ctx.loaders.contact.load(a.contactId),
  mentor: (a) => ({ id: a.mentorId }),
  coordinator: (a) => ({ id: a.coordinatorId }),
  localAssociation: (a) => ({ id: a.localAssociationId }),
  status: (a) => statusOut(a.status),
  // The payload is about the contact: it follows the policy's health information (the one decrypting path).
  payload: (a, _args, ctx) =>
    sensitive(ctx, {
      table: "assignments",
      subject: "assignment",
      id: a.id,
      organizationId: a.organizationId,
      column: "payload",
      field: "payload",
      ciphertext: a.payloadEnc,
      contactId: a.contactId,
      policyField: "health_information",
    }),
  statusLog: (a, _args, ctx) => ctx.uow.run(scopeOf(requireViewer(ctx)), (tx) => statusLogOf(tx, [a.id])),
};

export const AssignmentStatusChange: AssignmentStatusChangeResolvers = {
  status: (c) => statusOut(c.status),
  actor: (c) => ({ id: c.actorId }),
};
