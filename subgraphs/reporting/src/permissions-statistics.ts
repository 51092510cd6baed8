/** graphql-shield rules of statistics and Wrapped, merged into permissions.ts (the use cases then narrow the scope). */
import { hasRole, isAuthenticated } from "@meander/auth";

export const statisticsQueryRules = {
  myStatistics: hasRole("peer_mentor", "coordinator", "org_admin"),
  teamStatistics: hasRole("coordinator", "org_admin"),
  teamReports: hasRole("coordinator", "org_admin"),
  organizationKpis: hasRole("org_admin", "global_admin"),
  myWrapped: hasRole("peer_mentor", "coordinator", "org_admin"),
};

export const statisticsMutationRules = {
  generateTeamReport: hasRole("coordinator", "org_admin"),
  computeWrapped: hasRole("org_admin", "global_admin"),
};

/** Types reached only through the role-checked root fields above. */
export const statisticsTypeRules = Object.fromEntries(
  [
    "PeriodStatistics",
    "ReasonCount",
    "PersonalStatistics",
    "MentorStatistics",
    "LocalAssociationTeamStatistics",
    "TeamStatistics",
    "TeamReport",
    "MonthTrend",
    "ExpenseTotals",
    "ApprovalBacklog",
    "OrganizationKpis",
    "AnnualSummary",
    "WrappedRun",
    "WrappedCertification",
    "WrappedBadge",
    "WrappedActivityType",
  ].map((t) => [t, isAuthenticated]),
);
