/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";
import {
  reportDefinitionMutationRules,
  reportDefinitionQueryRules,
  reportDefinitionTypeRules,
} from "./permissions-report-definitions.js";
import { statisticsMutationRules, statisticsQueryRules, statisticsTypeRules } from "./permissions-statistics.js";

/** Bufdir report readers; the use case then limits an organization administrator to their own organization. */
const reportReader = hasRole("org_admin", "global_admin");

export const permissions: IRules = {
  Query: {
    activityStatsByLocalAssociation: hasRole("org_admin", "coordinator"),
    bufdirReport: reportReader,
    bufdirReportVersions: reportReader,
    bufdirEvidence: reportReader,
    bufdirReportExport: reportReader,
    verifyAuditChain: reportReader,
    auditLog: reportReader,
    ...statisticsQueryRules,
    ...reportDefinitionQueryRules,
  },
  Mutation: { submitBufdirReport: hasRole("org_admin"), ...statisticsMutationRules, ...reportDefinitionMutationRules },
  ...statisticsTypeRules,
  ...reportDefinitionTypeRules,
  // Counts reach a caller only through the scoped repository and the policy in
  // domain/activity-stats.ts (others get null); the type rules keep anonymous _entities calls out.
  LocalAssociation: isAuthenticated,
  LocalAssociationStats: isAuthenticated,
  ActivityStats: isAuthenticated,
  // Reached only through the role-checked root fields above.
  User: isAuthenticated,
  BufdirReport: isAuthenticated,
  BufdirTypeTotals: isAuthenticated,
  BufdirMonthTotals: isAuthenticated,
  BufdirRegion: isAuthenticated,
  BufdirLocalAssociation: isAuthenticated,
  BufdirEvidence: isAuthenticated,
  ReportExport: isAuthenticated,
  AuditChainVerification: isAuthenticated,
  AuditEntryConnection: isAuthenticated,
  AuditEntryEdge: isAuthenticated,
  AuditEntry: isAuthenticated,
  AuditSubject: isAuthenticated,
  PageInfo: isAuthenticated,
};
