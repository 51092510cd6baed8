/** The Bufdir report use cases: the live draft, submitting a frozen version, the versions, the evidence behind a number. */
import { badInput, forbiddenBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { type Viewer } from "@meander/auth";
import { scopes, type Executor } from "@meander/db";
import { recordAudit, type UnitOfWork } from "@meander/events";
import { createBufdirRepository, type EvidenceFilter, type EvidenceRow } from "../db/repositories/bufdir-reports.js";
import { createNameRepository } from "../db/repositories/names.js";
import { buildBufdirReport, validYear, type BufdirReportContent } from "../domain/bufdir-report.js";

export type ReportStatus = "DRAFT" | "SUBMITTED";

export interface BufdirReportView extends BufdirReportContent {
  id: string | null;
  status: ReportStatus;
  version: number | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  generatedAt: Date;
}

/** Which organization's report the viewer asks for: an organization administrator only their own, a global administrator any named one. */
export function reportOrganization(viewer: Viewer, organizationId: string | null | undefined): string {
  if (viewer.role === "global_admin") {
    if (!organizationId)
      throw badInput("required_fields", "organizationId", "A global administrator names the organization");
    return organizationId;
  }
  if (!viewer.organizationId || (organizationId && organizationId !== viewer.organizationId))
    throw forbiddenBy("own_organization_only", "Only your own organization's report");
  return viewer.organizationId;
}

export function checkYear(year: number): void {
  if (!validYear(year)) throw badInput("year_range", "year", "The year must be between 2000 and 2100");
}

export async function computeDraft(db: Executor, organizationId: string, year: number): Promise<BufdirReportContent> {
  const repo = createBufdirRepository(db, scopes.organization(organizationId));
  // One after the other: `db` may be a transaction (one connection).
  const rows = await repo.rollup(year);
  const months = await repo.months(year);
  const mentorIds = await repo.activeMentors(year);
  const names = new Map(
    rows.flatMap((r) => (r.localAssociationId && r.name ? [[r.localAssociationId, r.name] as const] : [])),
  );
  return buildBufdirReport({ organizationId, year, rows, months, localAssociationNames: names, mentorIds });
}

export async function draftReport(db: Executor, organizationId: string, year: number): Promise<BufdirReportView> {
  checkYear(year);
  const content = await computeDraft(db, organizationId, year);
  return {
    ...content,
    id: null,
    status: "DRAFT",
    version: null,
    submittedAt: null,
    submittedBy: null,
    generatedAt: new Date(),
  };
}

type StoredReport = Awaited<ReturnType<ReturnType<typeof createBufdirRepository>["versions"]>>[number];

function frozenView(row: StoredReport): BufdirReportView {
  return {
    ...(row.content as BufdirReportContent),
    id: row.id,
    status: "SUBMITTED",
    version: row.version,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy,
    generatedAt: row.submittedAt,
  };
}

/**
 * Freezes the current numbers and their evidence as the next version and publishes
 * `reporting.bufdir_report.submitted` through the outbox, all in one transaction.
 */
export async function submitReport(
  uow: UnitOfWork,
  viewer: Viewer,
  organizationId: string,
  year: number,
): Promise<BufdirReportView> {
  checkYear(year);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const draft = await computeDraft(tx, organizationId, year);
    // The regions' names are frozen with the numbers (local associations' are in the draft already).
    const regionNamesNow = await createNameRepository(tx, scopes.organization(organizationId)).regionsById(
      draft.regions.flatMap((r) => (r.regionId ? [r.regionId] : [])),
    );
    const content: BufdirReportContent = {
      ...draft,
      regions: draft.regions.map((r) => ({ ...r, name: r.regionId ? (regionNamesNow.get(r.regionId) ?? null) : null })),
    };
    const id = randomUUID();
    const { version, submittedAt } = await createBufdirRepository(tx, scopes.organization(organizationId)).freeze({
      id,
      year,
      submittedBy: viewer.userId,
      content,
    });
    await events.emit({
      type: "reporting.bufdir_report.submitted",
      aggregateId: id,
      organizationId,
      actorId: viewer.userId,
      occurredAt: submittedAt,
      payload: {
        reportId: id,
        year,
        version,
        activityDays: content.activityDays,
        participants: content.participants,
        activeMentors: content.activeMentors,
        submittedBy: viewer.userId,
      },
    });
    await recordAudit(events, "reporting", {
      action: "bufdir_report.submitted",
      actorId: viewer.userId,
      actorRole: viewer.role,
      organizationId,
      subject: { type: "BufdirReport", id },
      fields: ["submitBufdirReport"],
      requestId: null,
      occurredAt: submittedAt,
    });
    return {
      ...content,
      id,
      status: "SUBMITTED" as const,
      version,
      submittedAt,
      submittedBy: viewer.userId,
      generatedAt: submittedAt,
    };
  });
}

export async function reportVersions(db: Executor, organizationId: string, year: number): Promise<BufdirReportView[]> {
  checkYear(year);
  return (await createBufdirRepository(db, scopes.organization(organizationId)).versions(year)).map(frozenView);
}

/** A version (null: the live draft). */
export async function reportVersion(
  db: Executor,
  organizationId: string,
  year: number,
  version: number | null,
): Promise<BufdirReportView> {
  if (version === null) return draftReport(db, organizationId, year);
  const found = (await reportVersions(db, organizationId, year)).find((v) => v.version === version);
  if (!found) throw notFound(`Bufdir report ${year} version ${version}`);
  return found;
}

/** The activities behind a number: of the live draft, or frozen with a submitted version. */
export async function reportEvidence(
  db: Executor,
  organizationId: string,
  year: number,
  version: number | null,
  filter: EvidenceFilter,
): Promise<EvidenceView[]> {
  checkYear(year);
  const repo = createBufdirRepository(db, scopes.organization(organizationId));
  const withOrganization = (rows: EvidenceRow[]) => rows.map((r) => ({ ...r, organizationId }));
  if (version === null) return withOrganization(await repo.evidence(year, filter));
  const report = (await repo.versions(year)).find((v) => v.version === version);
  if (!report) throw notFound(`Bufdir report ${year} version ${version}`);
  return withOrganization(await repo.frozenEvidence(report.id, filter));
}

/** One activity of the evidence as the API answers it: with its organization, whose names and words it is read in. */
export type EvidenceView = EvidenceRow & { organizationId: string };

/** A reference to identity's User entity (reporting knows only its key). */
export interface UserRef {
  id: string;
}
