/**
 * The Bufdir PDF a person reads (issue 21 item 2), in the report's language with the organization's words:
 * a cover (organization, year, period, status, totals, the regions' totals), charts by month, region and
 * activity type, tables by region and by local association (page breaks with the header repeated), the
 * totals per activity type, the mentors counted as an appendix, and "Side n av m" on every page.
 * pdfkit with its built-in Helvetica (no font files to ship; WinAnsi covers æ, ø, å).
 */
import { formatNumber } from "@meander/messages";
import {
  BAR_COLOR,
  barChart,
  columnChart,
  type Doc,
  ensureRoom,
  heading,
  INK,
  LEFT,
  MUTED,
  table,
  WIDTH,
  type Row,
} from "./pdf-kit.js";
import { newPdf, pageFooters } from "@meander/pdf";
import type { ReadableReport } from "./readable.js";

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase("nb") + s.slice(1);

function cover(doc: Doc, r: ReadableReport): void {
  const n = (x: number) => formatNumber(x, r.lang);
  doc.rect(0, 0, doc.page.width, 10).fillColor(BAR_COLOR).fill();
  doc.font("Helvetica-Bold").fontSize(28).fillColor(INK).text(r.title, LEFT, 80, { width: WIDTH });
  doc
    .font("Helvetica-Bold")
    .fontSize(18)
    .text(r.organizationName, LEFT, doc.y + 6, { width: WIDTH });
  doc
    .font("Helvetica")
    .fontSize(11)
    .fillColor(MUTED)
    .text(r.text("report.bufdir.subtitle"), LEFT, doc.y + 4, { width: WIDTH });
  let y = doc.y + 20;
  for (const [label, value] of [
    [r.text("report.period"), r.periodText],
    [r.text("report.status"), r.statusText],
  ] as const) {
    doc.font("Helvetica-Bold").fontSize(10).fillColor(INK).text(label, LEFT, y, { width: 90, lineBreak: false });
    doc.font("Helvetica").text(value, LEFT + 90, y, { width: WIDTH - 90, lineBreak: false });
    y += 16;
  }
  // The three totals, each a filled box with the number large and its label under it.
  y += 16;
  const boxes = [
    [r.activityDays, r.text("report.activity_days")],
    [r.participants, r.text("report.participants")],
    [r.activeMentors, r.text("report.active_mentors")],
  ] as const;
  const gap = 12;
  const w = (WIDTH - gap * 2) / 3;
  boxes.forEach(([value, label], i) => {
    const x = LEFT + i * (w + gap);
    doc.rect(x, y, w, 86).fillColor(BAR_COLOR).fill();
    doc
      .font("Helvetica-Bold")
      .fontSize(26)
      .fillColor("white")
      .text(n(value), x + 10, y + 12, { width: w - 20, lineBreak: false });
    doc
      .font("Helvetica")
      .fontSize(9)
      .text(label, x + 10, y + 50, { width: w - 20, height: 30 });
  });
  y += 110;
  y = heading(doc, r.text("report.table.by_region"), y, 12);
  table(
    doc,
    [
      { title: r.text("report.column.region"), width: 255 },
      { title: r.text("report.column.activity_days"), width: 120, align: "right" },
      { title: r.text("report.column.participants"), width: 120, align: "right" },
    ],
    [
      ...r.regions.map((g): Row => ({ cells: [g.name, n(g.activityDays), n(g.participants)] })),
      { cells: [r.text("report.total_row"), n(r.activityDays), n(r.participants)], style: "total" },
    ],
    y,
  );
}

function charts(doc: Doc, r: ReadableReport): void {
  doc.addPage();
  const n = (x: number) => formatNumber(x, r.lang);
  let y = columnChart(
    doc,
    r.text("report.chart.by_month"),
    r.months.map((m) => ({ label: capitalize(m.name.slice(0, 3)), value: m.activityDays, shown: n(m.activityDays) })),
    doc.page.margins.top,
  );
  y = barChart(
    doc,
    r.text("report.chart.by_region"),
    r.regions.map((g) => ({ label: g.name, value: g.activityDays, shown: n(g.activityDays) })),
    y + 6,
  );
  barChart(
    doc,
    r.text("report.chart.by_activity_type"),
    r.activityTypes.map((t) => ({ label: t.name, value: t.activityDays, shown: n(t.activityDays) })),
    y + 6,
  );
}

function tables(doc: Doc, r: ReadableReport): void {
  doc.addPage();
  const n = (x: number) => formatNumber(x, r.lang);
  const days = { title: r.text("report.column.activity_days"), width: 110, align: "right" as const };
  const participants = { title: r.text("report.column.participants"), width: 95, align: "right" as const };
  let y = heading(doc, r.text("report.table.by_local_association"), doc.page.margins.top);
  const rows: Row[] = [];
  for (const g of r.regions) {
    rows.push({ cells: [g.name, r.text("report.all_types"), n(g.activityDays), n(g.participants)], style: "group" });
    for (const la of g.localAssociations) {
      rows.push({
        cells: [la.name, r.text("report.all_types"), n(la.activityDays), n(la.participants)],
        style: "strong",
      });
      for (const t of la.byActivityType)
        rows.push({ cells: ["", t.name, n(t.activityDays), n(t.participants)], style: "indent" });
    }
  }
  rows.push({ cells: [r.text("report.total_row"), "", n(r.activityDays), n(r.participants)], style: "total" });
  y = table(
    doc,
    [
      { title: `${r.text("report.column.region")} / ${r.text("report.column.local_association")}`, width: 170 },
      { title: r.text("report.column.activity_type"), width: 120 },
      days,
      participants,
    ],
    rows,
    y,
  );
  y = heading(doc, r.text("report.table.by_activity_type"), ensureRoom(doc, y + 6, 80));
  table(
    doc,
    [{ title: r.text("report.column.activity_type"), width: 290 }, days, participants],
    [
      ...r.activityTypes.map((t): Row => ({ cells: [t.name, n(t.activityDays), n(t.participants)] })),
      { cells: [r.text("report.total_row"), n(r.activityDays), n(r.participants)], style: "total" },
    ],
    y,
  );
}

/** The mentors counted, three columns of numbered names per page, the header repeated on every page. */
function appendix(doc: Doc, r: ReadableReport): void {
  doc.addPage();
  let y = heading(doc, r.text("report.appendix.mentors"), doc.page.margins.top);
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor(MUTED)
    .text(
      r.text("report.appendix.mentors.intro", { year: r.year, count: formatNumber(r.mentors.length, r.lang) }),
      LEFT,
      y,
      { width: WIDTH },
    );
  y = doc.y + 8;
  const perRow = 3;
  const colW = WIDTH / perRow;
  const rows: Row[] = [];
  for (let i = 0; i < r.mentors.length; i += perRow) {
    rows.push({ cells: r.mentors.slice(i, i + perRow).map((name, j) => `${i + j + 1}. ${name}`) });
  }
  const title = r.text("report.column.mentor");
  table(
    doc,
    Array.from({ length: perRow }, () => ({ title, width: colW })),
    rows,
    y,
  );
}

export function reportPdf(r: ReadableReport): Promise<Buffer> {
  const { doc, finish } = newPdf({
    title: `${r.title} \u2013 ${r.organizationName}`,
    lang: r.lang === "en" ? "en-GB" : `${r.lang}-NO`,
  });
  cover(doc, r);
  charts(doc, r);
  tables(doc, r);
  appendix(doc, r);
  pageFooters(doc, `${r.organizationName} \u00b7 ${r.title}`, (page, pages) => r.text("report.page", { page, pages }));
  return finish();
}
