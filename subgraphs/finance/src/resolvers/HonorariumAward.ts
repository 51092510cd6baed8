import type { HonorariumAwardResolvers } from "../__generated__/resolvers-types.js";

export const HonorariumAward: HonorariumAwardResolvers = {
  user: (a) => ({ id: a.userId }),
  localAssociation: (a) => ({ id: a.localAssociationId }),
};
