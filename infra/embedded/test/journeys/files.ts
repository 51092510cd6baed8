/**
 * Reading what leaves the platform as its reader would (issue 21 item 7): the Bufdir report's PDF as text per page,
 * its workbook's sheets as rows of typed cells, a CSV (the Bufdir report's `;` with BOM, the accounting files') as
 * rows. No platform here: the journeys download the files through the gateway and hand the bytes over.
 */
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";

/** An id as the platform makes them: never where a person reads. */
export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A file answered base64-encoded (bufdirReportExport): its bytes, checked against the stated length. */
export function decoded(file: { base64: string; byteLength: number }): Buffer {
  const body = Buffer.from(file.base64, "base64");
  if (body.length !== file.byteLength) throw new Error(`byteLength ${file.byteLength}, decoded ${body.length}`);
  return body;
}

/** Every page's text, whitespace folded (a label wrapped onto two lines reads as one). */
export async function pdfPages(body: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).pages.map((p) => p.text.replace(/\s+/g, " "));
  } finally {
    await parser.destroy();
  }
}

/** The workbook's sheets by name: rows (header first) of cell values as ExcelJS reads them (numbers, dates, text). */
export async function workbook(body: Buffer): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as never);
  return new Map(
    wb.worksheets.map((ws) => [
      ws.name,
      (ws.getSheetValues().filter(Boolean) as unknown[][]).map((row) => row.slice(1)),
    ]),
  );
}

/** A CSV's rows (a BOM dropped). */
export function csvRows(text: Buffer | string, delimiter: ";" | ","): string[][] {
  return parseCsv(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true });
}

/** A CSV with a header row as records by column name. */
export function csvRecords(text: string, delimiter: ";" | ","): Array<Record<string, string>> {
  const [header, ...rows] = csvRows(text, delimiter);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}
