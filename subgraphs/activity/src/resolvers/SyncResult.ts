import type { SyncResultResolvers } from "../__generated__/resolvers-types.js";

export const SyncResult: SyncResultResolvers = {
  outcome: (r) => r.outcome.toUpperCase() as never,
};
