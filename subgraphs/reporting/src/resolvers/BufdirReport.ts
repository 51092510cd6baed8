import type { BufdirReportResolvers } from "../__generated__/resolvers-types.js";

export const BufdirReport: BufdirReportResolvers = {
  submittedBy: (r) => (r.submittedBy ? { id: r.submittedBy } : null),
  mentors: (r) => r.mentorIds.map((id) => ({ id })),
};
