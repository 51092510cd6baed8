import type { ContactResolvers } from "../__generated__/resolvers-types.js";

export const Contact: ContactResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.contact.load(ref.id),
  localAssociation: (c) => ({ id: c.localAssociationId }),
};
