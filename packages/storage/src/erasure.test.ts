import { describe, expect, it } from "vitest";
import { erasedFileName } from "./erasure.js";

describe("erasedFileName", () => {
  it("keeps only the stem and the original extension (lower-case), never the name the uploader gave", () => {
    expect(erasedFileName("Solveig Haugen henvisning.PDF", "slettet-dokument")).toBe("slettet-dokument.pdf");
    expect(erasedFileName(" kvittering Ola.jpeg ", "slettet-kvittering")).toBe("slettet-kvittering.jpeg");
    expect(erasedFileName("uten-endelse", "slettet-dokument")).toBe("slettet-dokument");
    expect(erasedFileName("rart.navn med mellomrom", "slettet-dokument")).toBe("slettet-dokument");
  });
});
