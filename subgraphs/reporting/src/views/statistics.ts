/** Team statistics as GraphQL reads them: the local association and each mentor as references. */
import type { LocalAssociationTeamStatistics } from "../domain/statistics-fold.js";

export const withMentors = (s: LocalAssociationTeamStatistics) => ({
  localAssociationId: s.localAssociationId,
  localAssociation: { id: s.localAssociationId },
  totals: s.totals,
  mentors: s.mentors.map((m) => ({ ...m, mentor: { id: m.userId } })),
});
