/** Exports of a Bufdir report version, returned base64-encoded in the GraphQL answer (README: why not a download URL). */
import { reportCsv } from "../exports/csv.js";
import { reportPdf } from "../exports/pdf.js";
import { reportXlsx } from "../exports/xlsx.js";
import type { Viewer } from "@meander/auth";
import { recordAudit, type UnitOfWork } from "@meander/events";
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

export async function exportReport(report: BufdirReportView, format: ExportFormat): Promise<ReportExport> {
  const label = report.status === "DRAFT" ? "draft" : `v${report.version}`;
  const title = `Bufdir report ${report.year}`;
  const status = report.status === "DRAFT" ? `Draft, generated ${report.generatedAt.toISOString()}` : `Submitted version ${report.version}, ${report.submittedAt?.toISOString()}`;
  const body =
    format === "CSV" ? reportCsv(report) : format === "XLSX" ? await reportXlsx(report, title) : await reportPdf(report, { title, status });
  return {
    filename: `bufdir-${report.organizationId}-${report.year}-${label}.${TYPES[format].ext}`,
    contentType: TYPES[format].contentType,
    base64: body.toString("base64"),
    byteLength: body.length,
  };
}

/** An export is a data access: audited (bufdir_report.exported) in its own transaction before the file is handed out. */
export async function auditedExport(uow: UnitOfWork, viewer: Viewer, requestId: string, report: BufdirReportView, format: ExportFormat): Promise<ReportExport> {
  const file = await exportReport(report, format);
  await uow.run({ organizationId: report.organizationId }, (_tx, events) =>
    recordAudit(events, "reporting", {
      action: "bufdir_report.exported",
      actorId: viewer.userId,
      actorRole: viewer.role,
      organizationId: report.organizationId,
      // A draft has no id: the organization is the subject, the year and format are in fields.
      subject: report.id ? { type: "BufdirReport", id: report.id } : { type: "Organization", id: report.organizationId },
      fields: ["bufdirReportExport", `year:${report.year}`, `format:${format}`],
      requestId,
    }),
  );
  return file;
}
