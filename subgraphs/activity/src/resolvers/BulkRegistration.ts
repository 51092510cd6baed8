import type { BulkRegistrationResolvers } from "../__generated__/resolvers-types.js";

export const BulkRegistration: BulkRegistrationResolvers = {
  count: (r) => r.activities.length,
};
