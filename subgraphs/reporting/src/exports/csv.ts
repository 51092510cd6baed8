import { stringify } from "csv-stringify/sync";
import type { BufdirReportContent } from "../domain/bufdir-report.js";
import { EXPORT_COLUMNS, exportRows } from "./rows.js";

/** RFC 4180 CSV: the report's lines, then the number of active mentors with a valid basic course. */
export function reportCsv(report: BufdirReportContent): Buffer {
  const rows = exportRows(report).map((r) => EXPORT_COLUMNS.map((c) => r[c]));
  const text = stringify([[...EXPORT_COLUMNS], ...rows, [], ["active_mentors", report.activeMentors]]);
  return Buffer.from(text, "utf8");
}
