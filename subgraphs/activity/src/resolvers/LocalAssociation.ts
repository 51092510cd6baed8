import type { LocalAssociationResolvers } from "../__generated__/resolvers-types.js";
import { listActivities } from "../application/queries.js";

/** organization owns LocalAssociation; this subgraph adds its activities (as far as the caller may see them). */
export const LocalAssociation: LocalAssociationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  activities: (la, { first, after }, ctx) =>
    listActivities(ctx.repos.activities, { first, after }, { localAssociationId: la.id }),
};
