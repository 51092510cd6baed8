import { stringify } from "csv-stringify/sync";
import type { ReadableReport } from "./readable.js";
import { exportHeader, exportRows } from "./rows.js";

/**
 * CSV as Norwegian Excel opens it (REFERENCES.md): UTF-8 with a byte order mark and `;` between fields (RFC 4180
 * quoting otherwise); the report's lines by name (header in the report's language), then a blank line and the
 * organization, period, status and the number of active mentors with a valid basic course. Numbers are plain
 * integers (no thousands separator), so a spreadsheet reads them as numbers.
 */
export function reportCsv(r: ReadableReport): Buffer {
  const rows = exportRows(r).map((x) => [
    x.level,
    x.region,
    x.localAssociation,
    x.activityType,
    x.activityDays,
    x.participants,
  ]);
  const about = [
    [r.text("report.organization"), r.organizationName],
    [r.text("report.period"), r.periodText],
    [r.text("report.status"), r.statusText],
    [r.text("report.active_mentors"), r.activeMentors],
  ];
  const text = stringify([exportHeader(r), ...rows, [], ...about], { delimiter: ";", bom: true });
  return Buffer.from(text, "utf8");
}
