import { notFound } from "@meander/validation";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { listGatherings } from "../application/gatherings.js";
import { listActivities, listContacts } from "../application/queries.js";
import { contactsPastRetention } from "../application/retention.js";
import type { GatheringStatus } from "../domain/gathering.js";
import { mineOf } from "../views/assignments.js";
import { relationsIfSeen } from "../views/contacts.js";
import { statusIn } from "../views/enums.js";
import { requireViewer } from "@meander/subgraph-kit";

export const Query: QueryResolvers = {
  activity: (_parent, { id }, ctx) => ctx.loaders.activity.load(id),
  activities: (_parent, { first, after, status }, ctx) =>
    listActivities(ctx.repos.activities, { first, after }, { status: status ? statusIn(status) : null }),
  activityTypes: (_parent, { includeInactive }, ctx) =>
    ctx.repos.activityTypes.list({ includeInactive: includeInactive ?? false }),
  contact: (_parent, { id }, ctx) => ctx.loaders.contact.load(id),
  contacts: (_parent, { first, after }, ctx) => listContacts(ctx.repos.contacts, { first, after }),
  reviewQueue: (_parent, { first, after }, ctx) =>
    listActivities(ctx.repos.activities, { first, after }, { statuses: ["pending_review", "flagged"] }),
  contactsPastRetention: (_parent, _args, ctx) =>
    contactsPastRetention(ctx.uow, requireViewer(ctx), ctx.requestId, { now: ctx.now() }),
  contactRelations: async (_parent, { contactId }, ctx) => {
    if (!(await ctx.loaders.contact.load(contactId))) throw notFound("Contact");
    return relationsIfSeen(ctx, contactId);
  },
  assignment: async (_parent, { id }, ctx) => (await mineOf(ctx, [id]))[0] ?? null,
  assignments: (_parent, _args, ctx) => mineOf(ctx),
  gathering: (_parent, { id }, ctx) => ctx.loaders.gatherings.gathering.load(id),
  gatherings: (_parent, { first, after, status }, ctx) =>
    listGatherings(
      ctx.uow,
      requireViewer(ctx),
      { first, after },
      status ? (status.toLowerCase() as GatheringStatus) : null,
    ),
  document: (_parent, { id }, ctx) => ctx.loaders.documents.byId.load(id),
  confidentialityDeclarations: (_parent, { userId }, ctx) => ctx.repos.documents.declarations(userId ?? null),
};
