import type { HonorariumProgressResolvers } from "../__generated__/resolvers-types.js";

export const HonorariumProgress: HonorariumProgressResolvers = {
  localAssociation: (p) => ({ id: p.localAssociationId }),
};
