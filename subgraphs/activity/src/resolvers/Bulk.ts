import type { BulkRegistrationResolvers, SyncResultResolvers } from "../__generated__/resolvers-types.js";

export const BulkRegistration: BulkRegistrationResolvers = {
  count: (r) => r.activities.length,
};

export const SyncResult: SyncResultResolvers = {
  outcome: (r) => r.outcome.toUpperCase() as never,
};
