/** Encrypted assignments (issue #6 item 10): thin resolvers over src/application/assignments.ts. */
import type { AssignmentResolvers } from "../__generated__/resolvers-types.js";
import { scopeOf } from "@meander/auth";
import { statusLogOf } from "../application/assignments.js";
import { statusOut } from "../views/assignments.js";
import { sensitive } from "../views/contacts.js";
import { requireViewer } from "@meander/subgraph-kit";

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
  statusLog: (a, _args, ctx) =>
    ctx.uow.run(scopeOf(requireViewer(ctx)), (tx) => statusLogOf(tx, requireViewer(ctx), [a.id])),
};
