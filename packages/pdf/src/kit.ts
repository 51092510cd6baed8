/** Drawing helpers for readable PDFs (pdfkit, built-in Helvetica): tables with repeated headers across page breaks, bar charts with readable labels. Used by reporting (Bufdir PDF) and organization (subject access export). */
import type PDFDocument from "pdfkit";

export type Doc = InstanceType<typeof PDFDocument>;

export const INK = "#1d2733";
export const MUTED = "#5b6775";
export const BAR_COLOR = "#2f6f9f";
export const HEADER_FILL = "#dde7f0";
export const GROUP_FILL = "#eef3f7";
export const LEFT = 50;
export const WIDTH = 495;

/** The lowest y content may reach on a page (room for the page number below). */
export const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom - 16;

/** `text` shortened with an ellipsis to fit `width` at the current font. */
export function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let s = text;
  while (s.length > 1 && doc.widthOfString(`${s}\u2026`) > width) s = s.slice(0, -1);
  return `${s}\u2026`;
}

export function heading(doc: Doc, text: string, y: number, size = 14): number {
  doc.font("Helvetica-Bold").fontSize(size).fillColor(INK).text(text, LEFT, y, { width: WIDTH, lineBreak: false });
  return y + size + 10;
}

/** A new page when `needed` points do not fit below `y`; returns where to continue. */
export function ensureRoom(doc: Doc, y: number, needed: number): number {
  if (y + needed <= bottom(doc)) return y;
  doc.addPage();
  return doc.page.margins.top;
}

export interface Column {
  title: string;
  width: number;
  align?: "left" | "right";
}

export interface Row {
  cells: string[];
  style?: "group" | "strong" | "indent" | "total";
}

const ROW = 15;

function tableHeader(doc: Doc, columns: readonly Column[], y: number): number {
  doc
    .rect(LEFT, y, WIDTH, ROW + 2)
    .fillColor(HEADER_FILL)
    .fill();
  let x = LEFT;
  doc.font("Helvetica-Bold").fontSize(9).fillColor(INK);
  for (const c of columns) {
    doc.text(fit(doc, c.title, c.width - 8), x + 4, y + 4, {
      width: c.width - 8,
      align: c.align ?? "left",
      lineBreak: false,
    });
    x += c.width;
  }
  return y + ROW + 4;
}

/** A table from `y`: a new page whenever a row does not fit, with the header row repeated on it. */
export function table(doc: Doc, columns: readonly Column[], rows: readonly Row[], y: number): number {
  y = tableHeader(doc, columns, ensureRoom(doc, y, ROW * 3));
  for (const row of rows) {
    if (y + ROW > bottom(doc)) {
      doc.addPage();
      y = tableHeader(doc, columns, doc.page.margins.top);
    }
    if (row.style === "group")
      doc
        .rect(LEFT, y - 1, WIDTH, ROW)
        .fillColor(GROUP_FILL)
        .fill();
    if (row.style === "total")
      doc
        .moveTo(LEFT, y - 1)
        .lineTo(LEFT + WIDTH, y - 1)
        .lineWidth(0.8)
        .strokeColor(INK)
        .stroke();
    const bold = row.style === "group" || row.style === "strong" || row.style === "total";
    doc
      .font(bold ? "Helvetica-Bold" : "Helvetica")
      .fontSize(9)
      .fillColor(INK);
    let x = LEFT;
    row.cells.forEach((cell, i) => {
      const c = columns[i]!;
      const indent = i === 0 && row.style === "indent" ? 12 : 0;
      doc.text(fit(doc, cell, c.width - 8 - indent), x + 4 + indent, y + 2, {
        width: c.width - 8 - indent,
        align: c.align ?? "left",
        lineBreak: false,
      });
      x += c.width;
    });
    y += ROW;
  }
  return y + 10;
}

export interface Bar {
  label: string;
  value: number;
  /** The value as printed (formatted). */
  shown: string;
}

/** Vertical bars (the months): labels under the bars, values above. */
export function columnChart(doc: Doc, title: string, bars: readonly Bar[], y: number, height = 140): number {
  y = heading(doc, title, ensureRoom(doc, y, height + 50), 12);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = WIDTH / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.62);
  const base = y + height;
  doc
    .moveTo(LEFT, base)
    .lineTo(LEFT + WIDTH, base)
    .lineWidth(0.8)
    .strokeColor(MUTED)
    .stroke();
  bars.forEach((b, i) => {
    const h = (b.value / max) * (height - 16);
    const x = LEFT + i * slot + (slot - barWidth) / 2;
    if (h > 0)
      doc
        .rect(x, base - h, barWidth, h)
        .fillColor(BAR_COLOR)
        .fill();
    doc.font("Helvetica").fontSize(8).fillColor(INK);
    doc.text(b.shown, LEFT + i * slot, base - h - 11, { width: slot, align: "center", lineBreak: false });
    doc.text(fit(doc, b.label, slot - 2), LEFT + i * slot, base + 4, {
      width: slot,
      align: "center",
      lineBreak: false,
    });
  });
  return base + 26;
}

/** Horizontal bars (regions, activity types): the name on the left, so long names stay readable; continues on a new page. */
export function barChart(doc: Doc, title: string, bars: readonly Bar[], y: number): number {
  const labelWidth = 170;
  const valueWidth = 50;
  const rowH = 16;
  y = heading(doc, title, ensureRoom(doc, y, 30 + rowH * Math.min(3, bars.length)), 12);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = WIDTH - labelWidth - valueWidth - 8;
  for (const b of bars) {
    if (y + rowH > bottom(doc)) {
      doc.addPage();
      y = heading(doc, title, doc.page.margins.top, 12);
    }
    doc.font("Helvetica").fontSize(9).fillColor(INK);
    doc.text(fit(doc, b.label, labelWidth - 6), LEFT, y + 3, {
      width: labelWidth - 6,
      align: "right",
      lineBreak: false,
    });
    const w = (b.value / max) * span;
    if (w > 0)
      doc
        .rect(LEFT + labelWidth, y + 2, Math.max(1, w), rowH - 5)
        .fillColor(BAR_COLOR)
        .fill();
    doc.fillColor(INK).text(b.shown, LEFT + labelWidth + w + 4, y + 3, { width: valueWidth, lineBreak: false });
    y += rowH;
  }
  return y + 16;
}
