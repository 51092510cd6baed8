/** Every mutation of the subgraph, thin: read the input (src/views/), call one use case. */
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { changeAssignmentStatus, dispatchAssignment } from "../application/assignments.js";
import { recordGatheringAttendance } from "../application/attendance.js";
import { addContactNote, addContactRelation, createContact, updateContact } from "../application/contacts.js";
import { updateActivity, withdrawActivity } from "../application/correct.js";
import { parseActivitiesCsv } from "../application/csv.js";
import { attachDocument, signConfidentialityDeclaration } from "../application/documents.js";
import { resolveDuplicate } from "../application/duplicates.js";
import { changeGatheringStatus, createGathering, registerForGathering } from "../application/gatherings.js";
import { registerActivities, registerActivity, syncActivities } from "../application/register.js";
import {
  approveActivities,
  approveActivity,
  flagActivity,
  rejectActivity,
  submitActivity,
} from "../application/review.js";
import { statusIn as assignmentStatusIn } from "../views/assignments.js";
import { kindIn } from "../views/contacts.js";
import { decisionIn, toPatch } from "../views/corrections.js";
import { toCategory } from "../views/documents.js";
import { guardProxy, toInput } from "../views/registration.js";
import { requireViewer } from "@meander/subgraph-kit";

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

  // Corrections, withdrawal and duplicate decisions (issue 20).
  updateActivity: (_parent, { id, input }, ctx) =>
    updateActivity(ctx.uow, requireViewer(ctx), id, toPatch(input), { now: ctx.now() }),
  withdrawActivity: (_parent, { id, reason }, ctx) =>
    withdrawActivity(ctx.uow, requireViewer(ctx), id, reason ?? null, { now: ctx.now() }),
  resolveDuplicate: (_parent, { id, decision }, ctx) =>
    resolveDuplicate(ctx.uow, requireViewer(ctx), id, decisionIn(decision), { now: ctx.now() }),

  // Contacts (issue #6 item 9).
  createContact: (_parent, { input }, ctx) => createContact(ctx.uow, ctx.envelope, requireViewer(ctx), input),
  updateContact: (_parent, { id, input }, ctx) => updateContact(ctx.uow, ctx.envelope, requireViewer(ctx), id, input),
  addContactRelation: (_parent, { contactId, input }, ctx) =>
    addContactRelation(ctx.uow, ctx.envelope, requireViewer(ctx), contactId, { ...input, kind: kindIn(input.kind) }),
  addContactNote: (_parent, { contactId, body }, ctx) =>
    addContactNote(ctx.uow, ctx.envelope, requireViewer(ctx), contactId, body),

  // Encrypted assignments (issue #6 item 10).
  dispatchAssignment: (_parent, { input }, ctx) =>
    dispatchAssignment(ctx.uow, ctx.envelope, requireViewer(ctx), input, { now: ctx.now() }),
  moveAssignment: (_parent, { id, status }, ctx) =>
    changeAssignmentStatus(ctx.uow, requireViewer(ctx), id, assignmentStatusIn(status), { now: ctx.now() }),

  // Gatherings.
  createGathering: (_parent, { input }, ctx) =>
    createGathering(
      ctx.uow,
      requireViewer(ctx),
      { ...input, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) },
      { now: ctx.now() },
    ),
  publishGathering: (_parent, { id }, ctx) =>
    changeGatheringStatus(ctx.uow, requireViewer(ctx), id, "published", null, { now: ctx.now() }),
  cancelGathering: (_parent, { id, reason }, ctx) =>
    changeGatheringStatus(ctx.uow, requireViewer(ctx), id, "cancelled", reason ?? null, { now: ctx.now() }),
  registerForGathering: (_parent, { gatheringId, userId }, ctx) =>
    registerForGathering(ctx.uow, requireViewer(ctx), gatheringId, userId, { now: ctx.now() }),
  recordGatheringAttendance: (_parent, { gatheringId, attendedUserIds, createActivities }, ctx) =>
    recordGatheringAttendance(ctx.uow, requireViewer(ctx), gatheringId, attendedUserIds, {
      createActivities: createActivities ?? true,
      now: ctx.now(),
    }),

  // Documents.
  attachDocument: (_parent, { input }, ctx) =>
    attachDocument(ctx.uow, ctx.store, ctx.envelope, requireViewer(ctx), {
      ...input,
      category: toCategory(input.category),
      contentType: input.contentType ?? null,
    }),
  signConfidentialityDeclaration: (_parent, { input }, ctx) =>
    signConfidentialityDeclaration(ctx.uow, ctx.store, ctx.envelope, requireViewer(ctx), {
      ...input,
      userId: input.userId ?? null,
      contentType: input.contentType ?? null,
    }),
};
