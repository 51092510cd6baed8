import { describe, expect, it } from "vitest";
import { isValidDate, parseDateText } from "./dates.js";

describe("parseDateText (date_format)", () => {
  it("reads calendar dates and date-times with an offset", () => {
    expect(parseDateText("2026-03-14").toISOString()).toBe("2026-03-14T00:00:00.000Z");
    expect(parseDateText("2026-03-14T10:30:00Z").toISOString()).toBe("2026-03-14T10:30:00.000Z");
    expect(parseDateText("2026-03-14T10:30:00.123+01:00").toISOString()).toBe("2026-03-14T09:30:00.123Z");
    expect(parseDateText(" 2024-02-29T23:59:59Z ").toISOString()).toBe("2024-02-29T23:59:59.000Z");
  });

  it("refuses odd and impossible dates", () => {
    for (const text of [
      "2026-13-45",
      "yesterday",
      "",
      "  ",
      "2026-02-30",
      "2025-02-29",
      "2026-01-01T24:00:00Z",
      "2026-01-01T10:61:00Z",
      "14.03.2026",
      "2026-03-14T10:30:00",
      "1710000000",
    ]) {
      expect(isValidDate(parseDateText(text)), text).toBe(false);
    }
  });
});
