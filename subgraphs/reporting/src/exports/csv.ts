import { stringify } from "csv-stringify/sync";
import type { BufdirReportContent } from "../domain/bufdir-report.js";
import { EXPORT_COLUMNS, exportRows } from "./rows.js";

/**
 * CSV as Norwegian Excel opens it (REFERENCES.md): UTF-8 with a byte order mark and `;` between fields (RFC 4180
 * quoting otherwise); the report's lines, then the number of active mentors with a valid basic course.
 */
export function reportCsv(report: BufdirReportContent): Buffer {
  const rows = exportRows(report).map((r) => EXPORT_COLUMNS.map((c) => r[c]));
  const text = stringify([[...EXPORT_COLUMNS], ...rows, [], ["active_mentors", report.activeMentors]], { delimiter: ";", bom: true });
  return Buffer.from(text, "utf8");
}
