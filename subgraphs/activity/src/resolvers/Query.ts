import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { listActivities, listContacts } from "../application/queries.js";
import { statusIn } from "./enums.js";

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
};
