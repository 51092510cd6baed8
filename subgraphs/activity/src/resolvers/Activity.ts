import type { ActivityResolvers, DuplicateDecision as GqlDecision } from "../__generated__/resolvers-types.js";
import { classifiedOnRead, countabilityOnRead, countsInBufdir } from "../domain/bufdir.js";
import { statusOut } from "../views/enums.js";

export const Activity: ActivityResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.activity.load(ref.id),
  status: (a) => statusOut(a.status),
  participantCount: (a) => a.participantCount ?? 1,
  type: (a, _args, ctx) => ctx.loaders.activityType.load({ organizationId: a.organizationId, key: a.activityType }),
  contact: (a, _args, ctx) => (a.contactId ? ctx.loaders.contact.load(a.contactId) : null),
  mentor: (a) => ({ id: a.userId }),
  proxySubmitter: (a) => (a.proxySubmittedBy ? { id: a.proxySubmittedBy } : null),
  localAssociation: (a) => (a.localAssociationId ? { id: a.localAssociationId } : null),
  approvals: (a, _args, ctx) => ctx.loaders.approvals.load(a.id),
  statusLog: (a, _args, ctx) => ctx.loaders.statusLog.load(a.id),
  bufdir: async (a, _args, ctx) => {
    const settings = await ctx.loaders.settings.load(a.organizationId);
    const type = classifiedOnRead(a)
      ? await ctx.loaders.activityType.load({ organizationId: a.organizationId, key: a.activityType })
      : null;
    return countabilityOnRead(a, settings, type?.bufdirCategory);
  },
  countsInBufdir: (a) => countsInBufdir(a),
  suspectedDuplicate: (a, _args, ctx) =>
    a.suspectedDuplicateOf ? ctx.loaders.activity.load(a.suspectedDuplicateOf) : null,
  documents: (a, _args, ctx) => ctx.loaders.documents.ofActivity.load(a.id),
  suspectedDuplicateSummary: (a, _args, ctx) =>
    a.suspectedDuplicateOf ? ctx.loaders.duplicateSummary.load(a.suspectedDuplicateOf) : null,
  duplicateDecision: (a) => (a.duplicateDecision ? (a.duplicateDecision.toUpperCase() as GqlDecision) : null),
};
