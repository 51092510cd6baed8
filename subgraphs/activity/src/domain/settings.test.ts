import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, mergeSettingsSection } from "./settings.js";

describe("organization settings sections", () => {
  it("takes the duplicate window and the Bufdir thresholds, keeping the rest", () => {
    const window = mergeSettingsSection(DEFAULT_SETTINGS, {
      section: "duplicate_detection",
      values: { windowMinutes: 60 },
    });
    expect(window).toEqual({ ...DEFAULT_SETTINGS, duplicateWindowMinutes: 60 });
    const thresholds = mergeSettingsSection(window!, {
      section: "bufdir_thresholds",
      values: { groupMinParticipants: 5, groupMinMinutes: 60, courseMinMinutesPerDay: 120 },
    });
    expect(thresholds).toEqual({
      duplicateWindowMinutes: 60,
      groupMinParticipants: 5,
      groupMinMinutes: 60,
      courseMinMinutesPerDay: 120,
      sensitiveFieldPolicy: [],
      activityDateFloor: "2000-01-01",
      contactRetentionYears: 5,
    });
  });

  it("takes the sensitive-field policy", () => {
    const rules = [{ field: "health_information", sensitive: true, hiddenFromRoles: ["peer_mentor"] }];
    expect(mergeSettingsSection(DEFAULT_SETTINGS, { section: "sensitive_field_policy", values: { rules } })).toEqual({
      ...DEFAULT_SETTINGS,
      sensitiveFieldPolicy: rules,
    });
  });

  it("takes the activity date floor", () => {
    const floor = mergeSettingsSection(DEFAULT_SETTINGS, {
      section: "activity_rules",
      values: { activityDateFloor: "2010-01-01" },
    });
    expect(floor).toEqual({ ...DEFAULT_SETTINGS, activityDateFloor: "2010-01-01" });
  });

  it("takes the contact retention (issue 24 item 5; default 5 years)", () => {
    expect(DEFAULT_SETTINGS.contactRetentionYears).toBe(5);
    const retention = mergeSettingsSection(DEFAULT_SETTINGS, {
      section: "retention",
      values: { contactInactiveYears: 3 },
    });
    expect(retention).toEqual({ ...DEFAULT_SETTINGS, contactRetentionYears: 3 });
  });

  it("ignores sections that are not activity's", () => {
    expect(
      mergeSettingsSection(DEFAULT_SETTINGS, { section: "branding", values: { primaryColor: "#000" } }),
    ).toBeNull();
  });
});
