import { describe, expect, it } from "vitest";
import { activityTypeName, badgeName, formatMoment, formatNumber, languageOf, t, TABLES } from "../src/index.js";

describe("the message catalog", () => {
  it("speaks bokmål by default, nynorsk and English on request, with parameters and terms filled in", () => {
    expect(t("report.bufdir.title", undefined, { year: 2025 })).toBe("Bufdir-rapport 2025");
    expect(t("report.chart.by_region", "nn")).toBe("Aktivitetsdagar per region");
    expect(t("report.active_mentors", "en")).toBe("Active peer mentors with a valid basic course");
    expect(languageOf("NN")).toBe("nn");
    expect(languageOf(undefined)).toBe("nb");
  });

  it("applies the organization's terminology (its language only), in sentence case mid-sentence", () => {
    const labels = [
      { key: "local_association", language: "nb", label: "Avdeling" },
      { key: "peer_mentors", language: "nb", label: "Frivillige" },
      { key: "activity_type.home_visit", language: "nb", label: "Besøk hjemme" },
      { key: "local_association", language: "se", label: "Searvi" },
    ];
    expect(t("report.table.by_local_association", "nb", {}, labels)).toBe("Per avdeling");
    expect(t("report.column.local_association", "nb", {}, labels)).toBe("Avdeling");
    expect(t("report.active_mentors", "nb", {}, labels)).toBe("Aktive frivillige med gyldig grunnkurs");
    expect(t("report.table.by_local_association", "en", {}, labels)).toBe("By local association");
    expect(activityTypeName("home_visit", "nb", labels)).toBe("Besøk hjemme");
    expect(activityTypeName("home_visit", "en", labels)).toBe("Home visit");
    expect(activityTypeName("evening_walk")).toBe("Evening walk");
    // Badges: the organization's own name in bokmål, the catalog's in another language, a label of its own above both.
    expect(badgeName("first_activity", "nb", "Første innsats")).toBe("Første innsats");
    expect(badgeName("first_activity", "en", "Første innsats")).toBe("First activity");
    expect(badgeName("first_activity", "nn", null)).toBe("Første aktivitet");
    expect(badgeName("helper_of_the_year", "en", "Årets hjelper")).toBe("Årets hjelper");
    expect(badgeName("helper_of_the_year", "nb", null)).toBe("Helper of the year");
    expect(
      badgeName("first_activity", "en", "Første innsats", [
        { key: "badge.first_activity", language: "en", label: "First effort" },
      ]),
    ).toBe("First effort");
  });

  it("formats numbers and moments as Norwegians read them", () => {
    expect(formatNumber(12345)).toBe("12\u00a0345");
    expect(formatMoment(new Date("2025-12-31T23:30:00Z"))).toBe("01.01.2026 kl. 00:30");
  });

  it("keeps every domain's keys apart and every text in all three languages", () => {
    const seen = new Set<string>();
    for (const table of Object.values(TABLES)) {
      for (const [key, texts] of Object.entries(table)) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        for (const lang of ["nb", "nn", "en"] as const)
          expect((texts as Record<string, string>)[lang], `${key} ${lang}`).toBeTruthy();
      }
    }
  });
});
