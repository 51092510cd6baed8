/** A pdfkit A4 document with buffered pages (footers are written at the end) and its bytes as a promise. */
import PDFDocument from "pdfkit";
import { fit, LEFT, MUTED, WIDTH, type Doc } from "./kit.js";

export interface PdfInfo {
  title: string;
  author?: string;
  /** BCP 47, e.g. nb-NO. */
  lang: string;
}

export function newPdf(info: PdfInfo): { doc: Doc; finish(): Promise<Buffer> } {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    bufferPages: true,
    info: { Title: info.title, Author: info.author ?? "Meander" },
    lang: info.lang,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return done;
    },
  };
}

/** A footer on every page: `left` (shortened to fit) and `right(page, pages)` (e.g. "Side 2 av 5"). */
export function pageFooters(doc: Doc, left: string, right: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    const y = doc.page.height - 36;
    doc.font("Helvetica").fontSize(8).fillColor(MUTED);
    doc.text(fit(doc, left, WIDTH - 100), LEFT, y, { width: WIDTH - 100, lineBreak: false });
    doc.text(right(i + 1, range.count), LEFT + WIDTH - 100, y, { width: 100, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
