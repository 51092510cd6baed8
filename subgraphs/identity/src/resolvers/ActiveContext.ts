import type { ActiveContextResolvers } from "../__generated__/resolvers-types.js";

/** The context's organization and local association as entity references: the client reads their names in the same query. */
export const ActiveContext: ActiveContextResolvers = {
  organization: (c) => (c.organizationId ? { id: c.organizationId } : null),
  localAssociation: (c) => (c.localAssociationId ? { id: c.localAssociationId } : null),
};
