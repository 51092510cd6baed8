import type { HonorariumTierResolvers } from "../__generated__/resolvers-types.js";

export const HonorariumTier: HonorariumTierResolvers = {
  localAssociation: (t) => ({ id: t.localAssociationId }),
};
