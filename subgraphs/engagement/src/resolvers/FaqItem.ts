import type { FaqItemResolvers } from "../__generated__/resolvers-types.js";

export const FaqItem: FaqItemResolvers = {
  forAllOrganizations: (item) => item.organizationId === null,
};
