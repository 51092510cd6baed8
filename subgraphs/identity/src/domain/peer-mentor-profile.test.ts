import { describe, expect, it } from "vitest";
import { normalizeProfile, validateProfile } from "./peer-mentor-profile.js";

const rules = (input: Parameters<typeof validateProfile>[0]) =>
  validateProfile(input, new Date("2025-06-01T00:00:00Z")).map((v) => [v.rule, v.field]);

describe("peer mentor profile rules", () => {
  it("accepts a complete profile and an empty update", () => {
    expect(
      rules({
        bio: "Jeg har levd med MS i 20 år.",
        languages: ["nb", "en"],
        experienceAreas: ["MS", "Pårørende"],
        mentoringSince: "2019-03-01",
        maxActiveContacts: 5,
        available: true,
        availabilityNote: "Helst kveld",
        availabilitySlots: [{ day: "MON", start: "17:00", end: "20:00" }],
      }),
    ).toEqual([]);
    expect(rules({})).toEqual([]);
  });

  it.each([
    [{ bio: "x".repeat(2001) }, "bio_length", "bio"],
    [{ languages: ["Norsk"] }, "languages_format", "languages"],
    [{ languages: Array(11).fill("nb") }, "languages_format", "languages"],
    [{ experienceAreas: [" "] }, "experience_areas", "experienceAreas"],
    [{ mentoringSince: "2030-01-01" }, "mentoring_since_range", "mentoringSince"],
    [{ mentoringSince: "2020-02-30" }, "mentoring_since_range", "mentoringSince"],
    [{ mentoringSince: "1949-12-31" }, "mentoring_since_range", "mentoringSince"],
    [{ maxActiveContacts: -1 }, "max_active_contacts_range", "maxActiveContacts"],
    [{ maxActiveContacts: 51 }, "max_active_contacts_range", "maxActiveContacts"],
    [{ maxActiveContacts: 2.5 }, "max_active_contacts_range", "maxActiveContacts"],
    [{ availabilityNote: "x".repeat(501) }, "availability_note_length", "availabilityNote"],
    [
      { availabilitySlots: [{ day: "MON" as const, start: "20:00", end: "17:00" }] },
      "availability_slot",
      "availabilitySlots",
    ],
    [
      { availabilitySlots: [{ day: "MON" as const, start: "25:00", end: "26:00" }] },
      "availability_slot",
      "availabilitySlots",
    ],
  ])("%j breaks %s", (input, rule, field) => {
    expect(rules(input)).toEqual([[rule, field]]);
  });

  it("trims and de-duplicates", () => {
    expect(normalizeProfile({ bio: " hei ", languages: ["nb", "nb"], experienceAreas: ["MS ", "MS"] })).toEqual({
      bio: "hei",
      languages: ["nb"],
      experienceAreas: ["MS"],
    });
  });
});
