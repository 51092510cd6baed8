/** Exports of a Bufdir report version, returned base64-encoded in the GraphQL answer (README: why not a download URL). */
import { reportCsv } from "../exports/csv.js";
import { reportPdf } from "../exports/pdf.js";
import { reportXlsx } from "../exports/xlsx.js";
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
