import { describe, expect, it } from "vitest";
import { inQuietHours, minutesUntilQuietEnds, backoffMs, externalChannels } from "./notification.js";
import { approvalCutoff, expiryRemindersDue, noContactDue } from "./reminder.js";

describe("reminder scenarios", () => {
  it("nudges after 10 days without contact, keyed by the last contact", () => {
    expect(noContactDue("2027-06-01", "2027-06-10")).toBeNull();
    expect(noContactDue("2027-06-01", "2027-06-11")).toEqual({ period: "since-2027-06-01" });
    expect(noContactDue("2027-06-01", "2027-07-30")).toEqual({ period: "since-2027-06-01" });
  });

  it("reminds 30 and 7 days before expiry, keyed by validUntil, nothing after it", () => {
    expect(expiryRemindersDue("2028-02-29", "2028-01-29")).toEqual([]);
    expect(expiryRemindersDue("2028-02-29", "2028-01-30")).toEqual([
      { scenario: "certification_expiring_30", period: "until-2028-02-29" },
    ]);
    expect(expiryRemindersDue("2028-02-29", "2028-02-22")).toEqual([
      { scenario: "certification_expiring_7", period: "until-2028-02-29" },
    ]);
    expect(expiryRemindersDue("2028-02-29", "2028-03-01")).toEqual([]);
    expect(expiryRemindersDue(null, "2028-03-01")).toEqual([]);
    expect(approvalCutoff("2027-09-06")).toBe("2027-09-03");
  });
});

describe("delivery rules", () => {
  it("knows quiet hours across midnight and how long they last", () => {
    const night = { fromMinute: 22 * 60, untilMinute: 7 * 60 };
    expect(inQuietHours(night, 23 * 60)).toBe(true);
    expect(inQuietHours(night, 6 * 60 + 59)).toBe(true);
    expect(inQuietHours(night, 7 * 60)).toBe(false);
    expect(minutesUntilQuietEnds(night, 23 * 60 + 30)).toBe(450);
    expect(minutesUntilQuietEnds({ fromMinute: 12 * 60, untilMinute: 13 * 60 }, 12 * 60 + 15)).toBe(45);
    expect(minutesUntilQuietEnds(null, 0)).toBe(0);
  });

  it("backs off and picks the user's external channels", () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([30_000, 120_000, 480_000]);
    expect(externalChannels(null)).toEqual([]);
    expect(externalChannels({ enabled: false, channels: ["push"] })).toEqual([]);
    expect(externalChannels({ enabled: true, channels: ["in_app", "push", "email"] })).toEqual(["push", "email"]);
  });
});
