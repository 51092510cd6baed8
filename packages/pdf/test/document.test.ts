/** newPdf and pageFooters: a PDF document whose footers count its pages. */
import { describe, expect, it } from "vitest";
import { heading, newPdf, pageFooters, table } from "../src/index.js";

describe("@meander/pdf", () => {
  it("makes an A4 PDF, breaks a long table over pages with its header repeated, and writes a footer on every page", async () => {
    const { doc, finish } = newPdf({ title: "Prøve", lang: "nb-NO" });
    const y = heading(doc, "Tabell", doc.page.margins.top);
    table(
      doc,
      [
        { title: "Navn", width: 300 },
        { title: "Antall", width: 195, align: "right" },
      ],
      Array.from({ length: 80 }, (_, i) => ({ cells: [`Rad ${i + 1}`, String(i)] })),
      y,
    );
    const footers: string[] = [];
    pageFooters(doc, "Prøve", (page, pages) => {
      footers.push(`Side ${page} av ${pages}`);
      return footers.at(-1)!;
    });
    const bytes = await finish();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(footers.length).toBeGreaterThan(1);
    expect(footers.at(-1)).toBe(`Side ${footers.length} av ${footers.length}`);
  });
});
