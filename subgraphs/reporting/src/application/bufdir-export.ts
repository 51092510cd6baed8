/** Exports of a Bufdir report version, returned base64-encoded in the GraphQL answer (README: why not a download URL). */
import { DEFAULT_LANGUAGE, type Language } from "@meander/messages";
import { reportCsv } from "../exports/csv.js";
import { reportPdf } from "../exports/pdf.js";
import { readableReport, type ExportNames, type ReadableReport } from "../exports/readable.js";
import { reportXlsx } from "../exports/xlsx.js";
import type { Viewer } from "@meander/auth";
import { scopes, type Executor } from "@meander/db";
import { recordAudit, type UnitOfWork } from "@meander/events";
import { createNameRepository } from "../db/repositories/names.js";
import type { BufdirReportView } from "./bufdir-report.js";

export type ExportFormat = "CSV" | "XLSX" | "PDF";

export interface ReportExport {
  filename: string;
  contentType: string;
  base64: string;
  byteLength: number;
}

const TYPES: Record<ExportFormat, { ext: string; contentType: string }> = {
  CSV: { ext: "csv", contentType: "text/csv; charset=utf-8" },
  XLSX: { ext: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  PDF: { ext: "pdf", contentType: "application/pdf" },
};

/**
 * The names an export shows, looked up when it is written (five small queries, none in the report's own SQL):
 * the organization, its regions and terminology, the local associations and mentors of the report.
 */
export async function exportNames(db: Executor, report: BufdirReportView): Promise<ExportNames> {
  const names = createNameRepository(db, scopes.organization(report.organizationId));
  const laIds = report.regions.flatMap((g) =>
    g.localAssociations.flatMap((la) => (la.localAssociationId && !la.name ? [la.localAssociationId] : [])),
  );
  return {
    organization: await names.organization(),
    terminology: await names.terminology(),
    regions: await names.regions(),
    localAssociations: await names.localAssociations(laIds),
    people: await names.people(report.mentorIds),
  };
}

/** A file name a person can read: bufdir-rapport-nhf-2025-utkast.pdf (no ids). */
function filename(r: ReadableReport, ext: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "o")
      .replace(/å/g, "a")
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  const label =
    r.meta.status === "DRAFT"
      ? r.text("report.file.draft")
      : r.text("report.file.version", { version: r.meta.version ?? 0 });
  return `${[r.text("report.filename"), slug(r.organizationShortName), String(r.year), slug(label)].filter(Boolean).join("-")}.${ext}`;
}

export async function exportReport(
  report: BufdirReportView,
  format: ExportFormat,
  names: ExportNames,
  language: Language = DEFAULT_LANGUAGE,
): Promise<ReportExport> {
  const meta = {
    status: report.status,
    version: report.version,
    at: report.status === "DRAFT" ? report.generatedAt : (report.submittedAt ?? report.generatedAt),
  };
  const r = readableReport(report, meta, names, language);
  const body = format === "CSV" ? reportCsv(r) : format === "XLSX" ? await reportXlsx(r) : await reportPdf(r);
  return {
    filename: filename(r, TYPES[format].ext),
    contentType: TYPES[format].contentType,
    base64: body.toString("base64"),
    byteLength: body.length,
  };
}

/** An export is a data access: audited (bufdir_report.exported) in its own transaction before the file is handed out. */
export async function auditedExport(
  db: Executor,
  uow: UnitOfWork,
  viewer: Viewer,
  requestId: string,
  report: BufdirReportView,
  format: ExportFormat,
  language: Language = DEFAULT_LANGUAGE,
): Promise<ReportExport> {
  const file = await exportReport(report, format, await exportNames(db, report), language);
  await uow.run(scopes.organization(report.organizationId), (_tx, events) =>
    recordAudit(events, "reporting", {
      action: "bufdir_report.exported",
      actorId: viewer.userId,
      actorRole: viewer.role,
      organizationId: report.organizationId,
      // A draft has no id: the organization is the subject, the year and format are in fields.
      subject: report.id
        ? { type: "BufdirReport", id: report.id }
        : { type: "Organization", id: report.organizationId },
      fields: ["bufdirReportExport", `year:${report.year}`, `format:${format}`],
      requestId,
    }),
  );
  return file;
}
