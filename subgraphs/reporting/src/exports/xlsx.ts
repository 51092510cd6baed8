import ExcelJS from "exceljs";
import type { BufdirReportContent } from "../domain/bufdir-report.js";
import { EXPORT_COLUMNS, exportRows, MONTH_NAMES } from "./rows.js";

/** A workbook: "Bufdir" (the report's lines), "Months" (activity-days per month), "Mentors" (the mentors counted). */
export async function reportXlsx(report: BufdirReportContent, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Meander";
  wb.title = title;
  const sheet = wb.addWorksheet("Bufdir");
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c, key: c, width: c.endsWith("_id") ? 38 : 18 }));
  for (const row of exportRows(report)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  const months = wb.addWorksheet("Months");
  months.columns = [
    { header: "month", key: "month", width: 10 },
    { header: "activity_days", key: "activity_days", width: 16 },
  ];
  for (const m of report.byMonth) months.addRow({ month: MONTH_NAMES[m.month - 1], activity_days: m.activityDays });
  const mentors = wb.addWorksheet("Mentors");
  mentors.columns = [{ header: "mentor_user_id", key: "id", width: 40 }];
  for (const id of report.mentorIds) mentors.addRow({ id });
  mentors.addRow([]);
  mentors.addRow(["active_mentors", report.activeMentors]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
