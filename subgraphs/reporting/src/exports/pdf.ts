/**
 * The board's PDF: the totals, two bar charts drawn with pdfkit's vector
 * primitives (activity-days by month, by region) and the table per local
 * association. Fonts are pdfkit's built-in Helvetica (no font files to ship).
 */
import PDFDocument from "pdfkit";
import type { BufdirReportContent } from "../domain/bufdir-report.js";
import { MONTH_NAMES } from "./rows.js";

interface Bar {
  label: string;
  value: number;
}

const BAR_COLOR = "#2f6f9f";

function barChart(doc: PDFKit.PDFDocument, title: string, bars: Bar[], top: number): number {
  const left = 60;
  const width = 475;
  const height = 160;
  doc.font("Helvetica-Bold").fontSize(12).fillColor("black").text(title, left, top);
  const chartTop = top + 22;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.7);
  doc.moveTo(left, chartTop + height).lineTo(left + width, chartTop + height).strokeColor("#555555").stroke();
  bars.forEach((b, i) => {
    const h = (b.value / max) * (height - 14);
    const x = left + i * slot + (slot - barWidth) / 2;
    if (h > 0) doc.rect(x, chartTop + height - h, barWidth, h).fillColor(BAR_COLOR).fill();
    doc.font("Helvetica").fontSize(7).fillColor("black");
    doc.text(String(b.value), x - 4, chartTop + height - h - 10, { width: barWidth + 8, align: "center", lineBreak: false });
    doc.text(b.label, x - 6, chartTop + height + 4, { width: barWidth + 12, align: "center", lineBreak: false });
  });
  return chartTop + height + 24;
}

const shortId = (id: string | null) => (id ? id.slice(0, 8) : "none");

export function reportPdf(report: BufdirReportContent, meta: { title: string; status: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: meta.title, Author: "Meander" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("Helvetica-Bold").fontSize(18).text(meta.title);
  doc.font("Helvetica").fontSize(10).text(meta.status);
  doc.moveDown();
  doc.fontSize(12).text(`Countable activity-days: ${report.activityDays}`);
  doc.text(`Participants in groups: ${report.participants}`);
  doc.text(`Active mentors with a valid basic course: ${report.activeMentors}`);
  let y = doc.y + 20;
  y = barChart(doc, "Activity-days by month", report.byMonth.map((m) => ({ label: MONTH_NAMES[m.month - 1]!, value: m.activityDays })), y);
  barChart(doc, "Activity-days by region", report.regions.map((r) => ({ label: shortId(r.regionId), value: r.activityDays })), y + 10);

  doc.addPage();
  doc.font("Helvetica-Bold").fontSize(14).fillColor("black").text("Activity-days per local association", 50, 50);
  doc.moveDown(0.5);
  for (const region of report.regions) {
    doc.font("Helvetica-Bold").fontSize(11).text(`Region ${shortId(region.regionId)}: ${region.activityDays} activity-days`);
    for (const la of region.localAssociations) {
      const types = la.byActivityType.map((t) => `${t.activityType} ${t.activityDays}`).join(", ");
      doc.font("Helvetica").fontSize(9).text(`  ${la.name ?? shortId(la.localAssociationId)}: ${la.activityDays} (${types}); participants ${la.participants}`);
    }
    doc.moveDown(0.3);
  }
  doc.moveDown();
  doc.font("Helvetica-Bold").fontSize(11).text("Per activity type");
  for (const t of report.byActivityType) doc.font("Helvetica").fontSize(9).text(`  ${t.activityType}: ${t.activityDays} activity-days, ${t.participants} participants`);
  doc.end();
  return done;
}
