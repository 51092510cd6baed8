import { describe, expect, it } from "vitest";
import { classifiedOnRead, classify, countabilityOnRead, countsInBufdir, explain } from "./bufdir.js";
import { suspectedDuplicate } from "./duplicates.js";
import { DEFAULT_SETTINGS as s } from "./settings.js";

const base = { category: "outreach_in_person" as const, durationMinutes: 30, participantCount: 1, country: "NO" };

describe("Bufdir countability (DESIGN.md section 9)", () => {
  it("counts in-person outreach in Norway", () => {
    expect(classify(base, s)).toEqual({ countable: true, reason: "counts" });
  });
  it("never counts phone and chat; nothing abroad", () => {
    expect(classify({ ...base, category: "not_counted" }, s).reason).toBe("type_not_counted");
    expect(classify({ ...base, country: "SE" }, s).reason).toBe("outside_norway");
  });
  it("counts groups from the thresholds: participants, then minutes", () => {
    const group = { ...base, category: "group" as const, participantCount: 3, durationMinutes: 45 };
    expect(classify(group, s).countable).toBe(true);
    expect(classify({ ...group, participantCount: 2 }, s).reason).toBe("group_too_small");
    expect(classify({ ...group, durationMinutes: 44 }, s).reason).toBe("group_too_short");
    expect(classify({ ...group, participantCount: 2 }, { ...s, groupMinParticipants: 2 }).countable).toBe(true);
  });
  it("counts a course day from 2 x 45 minutes and explains every reason", () => {
    expect(classify({ ...base, category: "course", durationMinutes: 89 }, s).reason).toBe("course_day_too_short");
    expect(classify({ ...base, category: "course", durationMinutes: 90 }, s).countable).toBe(true);
    expect(explain({ countable: false, reason: "group_too_small" }, s)).toContain("3");
  });
});

describe("duplicate_detection", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 2, 1, h));
  const earlier = {
    id: "e",
    userId: "u1",
    contactId: "c1",
    localAssociationId: "la1",
    activityType: "home_visit",
    activityDate: at(10),
  };
  it("suspects the same contact and type within the window, not outside it or of another type", () => {
    const a = { ...earlier, userId: "u2", activityDate: at(14) };
    expect(suspectedDuplicate(a, [earlier], 60 * 6)?.id).toBe("e");
    expect(suspectedDuplicate(a, [earlier], 60)).toBeNull();
    expect(suspectedDuplicate({ ...a, activityType: "phone_call" }, [earlier], 60 * 6)).toBeNull();
    expect(suspectedDuplicate({ ...a, contactId: null }, [earlier], 60 * 6)).toBeNull();
  });
  it("suspects the same mentor's activity through another local association", () => {
    const a = { ...earlier, contactId: null, localAssociationId: "la2", activityDate: at(11) };
    expect(suspectedDuplicate(a, [{ ...earlier, contactId: null }], 120)?.id).toBe("e");
    expect(suspectedDuplicate({ ...a, localAssociationId: "la1" }, [{ ...earlier, contactId: null }], 120)).toBeNull();
  });
});

describe("Bufdir countability as read", () => {
  const stored = { bufdirCountable: false, durationMinutes: 30, participantCount: null, country: "NO" };
  it("answers the decision stored at registration, with its explanation", () => {
    const row = { ...stored, bufdirReason: "outside_norway" };
    expect(classifiedOnRead(row)).toBe(false);
    expect(countabilityOnRead(row, s, "group")).toEqual({
      countable: false,
      reason: "outside_norway",
      message: explain({ countable: false, reason: "outside_norway" }, s),
    });
  });
  it("classifies a row registered before classification existed from its type's category (none: not counted)", () => {
    const row = { ...stored, bufdirReason: "unclassified" };
    expect(classifiedOnRead(row)).toBe(true);
    expect(countabilityOnRead(row, s, "outreach_in_person")).toMatchObject({ countable: true, reason: "counts" });
    expect(countabilityOnRead(row, s, "group")).toMatchObject({ countable: false, reason: "group_too_small" });
    expect(countabilityOnRead(row, s, undefined)).toMatchObject({ countable: false, reason: "type_not_counted" });
  });
  it("counts in the report only once approved (bufdir_reporting_inclusion)", () => {
    expect(countsInBufdir({ status: "approved", bufdirCountable: true })).toBe(true);
    expect(countsInBufdir({ status: "pending_review", bufdirCountable: true })).toBe(false);
    expect(countsInBufdir({ status: "approved", bufdirCountable: false })).toBe(false);
  });
});
