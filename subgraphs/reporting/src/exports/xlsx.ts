/**
 * The workbook: one sheet per view (summary, regions, local associations, activity types, months, mentors),
 * by name, in the report's language. Typed cells: numbers as numbers (format `# ##0`), days and moments as
 * dates; the header row is frozen and bold; columns are wide enough for their content.
 */
import ExcelJS from "exceljs";
import type { MessageKey } from "@meander/messages";
import type { ReadableReport } from "./readable.js";

type Cell = string | number | Date;
interface Column {
  header: MessageKey;
  width: number;
  kind?: "number" | "date" | "moment";
}

const FORMATS = { number: "#,##0", date: "dd.mm.yyyy", moment: "dd.mm.yyyy hh:mm" } as const;

/** A day as a date cell (midnight UTC: Excel dates have no time zone, so the day stays the day). */
const dayCell = (day: string) => new Date(`${day}T00:00:00Z`);

function sheet(wb: ExcelJS.Workbook, r: ReadableReport, name: MessageKey, columns: Column[], rows: Cell[][]): void {
  const ws = wb.addWorksheet(r.text(name), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: r.text(c.header),
    width: c.width,
    style: c.kind ? { numFmt: FORMATS[c.kind] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: "middle" };
  for (const row of rows) ws.addRow(row);
}

export async function reportXlsx(r: ReadableReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Meander";
  wb.title = `${r.title} ${r.organizationName}`;
  wb.created = r.meta.at;
  const days: Column = { header: "report.column.activity_days", width: 18, kind: "number" };
  const participants: Column = { header: "report.column.participants", width: 14, kind: "number" };
  // The summary's values are of mixed types: each cell is typed on its own (numFmt per cell below).
  sheet(
    wb,
    r,
    "report.sheet.summary",
    [
      { header: "report.column.field", width: 48 },
      { header: "report.column.value", width: 40 },
    ],
    [
      [r.text("report.organization"), r.organizationName],
      [r.text("report.year"), r.year],
      [`${r.text("report.period")}: ${r.text("report.from").toLowerCase()}`, dayCell(r.periodFrom)],
      [`${r.text("report.period")}: ${r.text("report.to").toLowerCase()}`, dayCell(r.periodTo)],
      [r.text("report.status"), r.statusText],
      [r.text("report.activity_days"), r.activityDays],
      [r.text("report.participants"), r.participants],
      [r.text("report.active_mentors"), r.activeMentors],
    ],
  );
  const summary = wb.worksheets[0]!;
  summary.getColumn(2).eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = FORMATS.date;
    else if (typeof cell.value === "number") cell.numFmt = "0";
  });
  sheet(
    wb,
    r,
    "report.sheet.regions",
    [{ header: "report.column.region", width: 36 }, days, participants],
    r.regions.map((g) => [g.name, g.activityDays, g.participants]),
  );
  sheet(
    wb,
    r,
    "report.sheet.local_associations",
    [
      { header: "report.column.region", width: 30 },
      { header: "report.column.local_association", width: 36 },
      { header: "report.column.activity_type", width: 26 },
      days,
      participants,
    ],
    r.regions.flatMap((g) =>
      g.localAssociations.flatMap((la) =>
        la.byActivityType.map((t) => [g.name, la.name, t.name, t.activityDays, t.participants]),
      ),
    ),
  );
  sheet(
    wb,
    r,
    "report.sheet.activity_types",
    [{ header: "report.column.activity_type", width: 30 }, days, participants],
    r.activityTypes.map((t) => [t.name, t.activityDays, t.participants]),
  );
  sheet(
    wb,
    r,
    "report.sheet.months",
    [{ header: "report.column.month", width: 14 }, { header: "report.from", width: 14, kind: "date" }, days],
    r.months.map((m) => [m.name, dayCell(`${r.year}-${String(m.month).padStart(2, "0")}-01`), m.activityDays]),
  );
  sheet(
    wb,
    r,
    "report.sheet.mentors",
    [{ header: "report.column.mentor", width: 40 }],
    r.mentors.map((name) => [name]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
