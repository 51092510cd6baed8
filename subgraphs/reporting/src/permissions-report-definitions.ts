/** graphql-shield rules of the report definitions (issue 9 item 5): organization administrators only; the use cases scope to their organization. */
import { hasRole, isAuthenticated } from "@meander/auth";

const admin = hasRole("org_admin");

export const reportDefinitionQueryRules = {
  reportDefinitions: admin,
  reportDefinition: admin,
  runReportDefinition: admin,
  reportRuns: admin,
};
export const reportDefinitionMutationRules = {
  saveReportDefinition: admin,
  updateReportDefinition: admin,
  deleteReportDefinition: admin,
  scheduleReportDefinition: admin,
  unscheduleReportDefinition: admin,
};
// Reached only through the role-checked root fields above.
export const reportDefinitionTypeRules = {
  ReportDefinition: isAuthenticated,
  ReportFilters: isAuthenticated,
  ReportPeriod: isAuthenticated,
  ReportSchedule: isAuthenticated,
  ReportResult: isAuthenticated,
  ReportRow: isAuthenticated,
  ReportRun: isAuthenticated,
};
