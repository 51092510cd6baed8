/** Statistics use cases: personal (own), team (coordinator's local association or an administrator's), organization KPIs. */
import { badInput, forbiddenBy } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { type Viewer } from "@meander/auth";
import { scopes, type Db, type Executor } from "@meander/db";
import { createStatisticsRepository } from "../db/repositories/statistics.js";
import {
  periodStatistics,
  teamStatistics,
  type LocalAssociationTeamStatistics,
  type PeriodStatistics,
} from "../domain/statistics-fold.js";
import {
  hoursOf,
  isDay,
  monthOf,
  monthSeries,
  osloToday,
  periodProblem,
  yearOf,
  type Period,
} from "../domain/statistics.js";
import { checkYear, reportOrganization } from "./bufdir-report.js";

export interface TeamReportView {
  id: string;
  organizationId: string;
  localAssociationId: string;
  from: string;
  to: string;
  generatedBy: string;
  generatedAt: Date;
  statistics: LocalAssociationTeamStatistics;
}

function activeOrganization(viewer: Viewer): string {
  if (!viewer.organizationId)
    throw forbiddenBy("organization_context_required", "Statistics need an active organization");
  return viewer.organizationId;
}

function checkPeriod(period: Period): void {
  const problem = periodProblem(period);
  if (problem)
    throw badInput(problem.rule, problem.field, "A period is two days YYYY-MM-DD, from before to, at most 366 days");
}

export async function myStatistics(db: Executor, viewer: Viewer, asOf: string | null | undefined) {
  const organizationId = activeOrganization(viewer);
  if (asOf != null && !isDay(asOf)) throw badInput("date_format", "asOf", "asOf is a day YYYY-MM-DD");
  const day = asOf ?? osloToday();
  const repo = createStatisticsRepository(db, scopes.organization(organizationId, viewer.userId));
  const own = { userId: viewer.userId };
  const [month, year] = [monthOf(day), yearOf(day)];
  const thisMonth = periodStatistics(month, await repo.factGroups(own, month));
  const thisYear = periodStatistics(year, await repo.factGroups(own, year));
  return { userId: viewer.userId, thisMonth, thisYear };
}

/**
 * Which local association(s) the viewer may see: a coordinator only their own; an
 * organization administrator any their organization's directory or facts know
 * (null: all); another organization's or an unknown one is refused.
 */
async function teamScope(
  db: Executor,
  viewer: Viewer,
  localAssociationId: string | null | undefined,
): Promise<{ organizationId: string; localAssociationId: string | null }> {
  const organizationId = activeOrganization(viewer);
  if (viewer.role === "coordinator") {
    if (!viewer.localAssociationId || (localAssociationId && localAssociationId !== viewer.localAssociationId))
      throw forbiddenBy("own_local_association_only", "Only your own local association");
    return { organizationId, localAssociationId: viewer.localAssociationId };
  }
  if (viewer.role !== "org_admin") throw forbiddenBy("team_statistics_role", "You may not do this");
  // Answered from the caller's own data only: row-level security hides other organizations' rows, so an id of another
  // organization and one nobody knows are refused alike.
  if (
    localAssociationId &&
    !(await createStatisticsRepository(db, scopes.organization(organizationId)).ownsLocalAssociation(
      localAssociationId,
    ))
  ) {
    throw forbiddenBy("own_organization_only", "Only your own organization's local associations");
  }
  return { organizationId, localAssociationId: localAssociationId ?? null };
}

async function computeTeam(
  db: Executor,
  scope: { organizationId: string; localAssociationId: string | null },
  period: Period,
) {
  const groups = await createStatisticsRepository(db, scopes.organization(scope.organizationId)).factGroups(
    { localAssociationId: scope.localAssociationId ?? undefined },
    period,
  );
  const entries = teamStatistics(period, groups);
  // A named local association always answers (zeros when nothing happened).
  if (scope.localAssociationId && entries.length === 0)
    entries.push({ localAssociationId: scope.localAssociationId, totals: periodStatistics(period, []), mentors: [] });
  return entries;
}

export async function teamStatisticsFor(
  db: Executor,
  viewer: Viewer,
  period: Period,
  localAssociationId: string | null | undefined,
) {
  checkPeriod(period);
  const scope = await teamScope(db, viewer, localAssociationId);
  return { ...period, localAssociations: await computeTeam(db, scope, period) };
}

/** Computes one local association's team statistics and keeps them as a team report (one insert). */
export async function generateTeamReport(
  db: Db,
  viewer: Viewer,
  period: Period,
  localAssociationId: string | null | undefined,
): Promise<TeamReportView> {
  checkPeriod(period);
  const scope = await teamScope(db, viewer, localAssociationId);
  if (!scope.localAssociationId)
    throw badInput("required_fields", "localAssociationId", "Name the local association of the team report");
  const [statistics] = await computeTeam(db, scope, period);
  const report = {
    id: randomUUID(),
    organizationId: scope.organizationId,
    localAssociationId: scope.localAssociationId,
    from: period.from,
    to: period.to,
    generatedBy: viewer.userId,
    generatedAt: new Date(),
    statistics: statistics!,
  };
  await createStatisticsRepository(db, scopes.organization(report.organizationId)).saveTeamReport({
    id: report.id,
    organizationId: report.organizationId,
    localAssociationId: report.localAssociationId,
    periodFrom: report.from,
    periodTo: report.to,
    generatedBy: report.generatedBy,
    generatedAt: report.generatedAt,
    content: report.statistics,
  });
  return report;
}

export async function listTeamReports(
  db: Executor,
  viewer: Viewer,
  localAssociationId: string | null | undefined,
): Promise<TeamReportView[]> {
  const scope = await teamScope(db, viewer, localAssociationId);
  const rows = await createStatisticsRepository(db, scopes.organization(scope.organizationId)).teamReports(
    scope.localAssociationId,
  );
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organizationId,
    localAssociationId: r.localAssociationId,
    from: r.periodFrom,
    to: r.periodTo,
    generatedBy: r.generatedBy,
    generatedAt: r.generatedAt,
    statistics: r.content as LocalAssociationTeamStatistics,
  }));
}

export async function organizationKpis(
  db: Executor,
  viewer: Viewer,
  year: number,
  organizationIdArg: string | null | undefined,
) {
  const organizationId = reportOrganization(viewer, organizationIdArg);
  checkYear(year);
  const repo = createStatisticsRepository(db, scopes.organization(organizationId));
  const months = await repo.monthTrend(year);
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const trend = monthSeries([]).map((_, i) => {
    const m = byMonth.get(i + 1);
    return {
      month: i + 1,
      registered: m?.registered ?? 0,
      approved: m?.approved ?? 0,
      rejected: m?.rejected ?? 0,
      hours: hoursOf(m?.minutes ?? 0),
    };
  });
  return {
    organizationId,
    year,
    trend,
    activeMentors: await repo.activeMentors(year),
    approvalBacklog: await repo.approvalBacklog(),
    expenses: await repo.expenseTotals(year),
  };
}

export type { PeriodStatistics };
