import { describe, expect, it } from "vitest";
import {
  activityDays,
  classifyActivity,
  consecutiveDays,
  inBufdirRollup,
  minMinutesPerDay,
  rollupBuckets,
  rollupSign,
} from "./bufdir.js";
import { buildBufdirReport, certificationValidInYear, mentorActive, validYear } from "./bufdir-report.js";

const base = { durationMinutes: 60, participantCount: null, country: null };

describe("classifyActivity (DESIGN.md section 9)", () => {
  it("counts outreach in person, groups of 3+ for 45+ minutes and courses of 2 x 45 minutes a day", () => {
    expect(classifyActivity({ ...base, activityType: "home_visit" })).toEqual({ countable: true, reason: null });
    expect(
      classifyActivity({ ...base, activityType: "group_meeting", participantCount: 3, durationMinutes: 45 }).countable,
    ).toBe(true);
    expect(
      classifyActivity({ ...base, activityType: "group_meeting", participantCount: 2, durationMinutes: 45 }),
    ).toEqual({ countable: false, reason: "too_few_participants" });
    expect(
      classifyActivity({ ...base, activityType: "group_meeting", participantCount: 3, durationMinutes: 44 }),
    ).toEqual({ countable: false, reason: "too_short" });
    expect(classifyActivity({ ...base, activityType: "group_meeting" }).reason).toBe("too_few_participants");
    expect(classifyActivity({ ...base, activityType: "course_day", durationMinutes: 90 }).countable).toBe(true);
    expect(classifyActivity({ ...base, activityType: "course_day", durationMinutes: 89 }).reason).toBe("too_short");
  });

  it("does not count phone and chat, unknown types, or activities abroad; activity's own classification wins", () => {
    expect(classifyActivity({ ...base, activityType: "phone_call" }).reason).toBe("not_in_person");
    expect(classifyActivity({ ...base, activityType: "digital_chat" }).reason).toBe("not_in_person");
    expect(classifyActivity({ ...base, activityType: "bingo" }).reason).toBe("unknown_activity_type");
    expect(classifyActivity({ ...base, activityType: "home_visit", country: "SE" }).reason).toBe("abroad");
    expect(classifyActivity({ ...base, activityType: "home_visit", country: "no" }).countable).toBe(true);
    expect(
      classifyActivity({ ...base, activityType: "phone_call", declared: { countable: true, reason: null } }).countable,
    ).toBe(true);
    expect(
      classifyActivity({
        ...base,
        activityType: "home_visit",
        declared: { countable: false, reason: "mentor_without_course" },
      }).reason,
    ).toBe("mentor_without_course");
  });

  it("uses the organization's thresholds when given", () => {
    const strict = { groupMinParticipants: 5, groupMinMinutes: 60, courseMinMinutesPerDay: 120 };
    expect(
      classifyActivity({ ...base, activityType: "group_meeting", participantCount: 4, durationMinutes: 60 }, strict)
        .reason,
    ).toBe("too_few_participants");
    expect(classifyActivity({ ...base, activityType: "course_day", durationMinutes: 100 }, strict).reason).toBe(
      "too_short",
    );
  });
});

describe("activity-days", () => {
  it("gives one per Norwegian calendar day covered", () => {
    expect(activityDays("2025-03-01T10:00:00Z", 60)).toEqual(["2025-03-01"]);
    expect(activityDays("2025-03-01T23:30:00Z", 60)).toEqual(["2025-03-02"]);
    expect(activityDays("2025-03-01T22:30:00Z", 120)).toEqual(["2025-03-01", "2025-03-02"]);
    expect(activityDays("2025-09-10T07:00:00Z", 3 * 24 * 60 - 600)).toEqual(["2025-09-10", "2025-09-11", "2025-09-12"]);
    expect(consecutiveDays("2024-12-31", 2)).toEqual(["2024-12-31", "2025-01-01"]);
  });

  it("counts a calendar day only when the category's minimum falls on it (the midnight rule)", () => {
    const course = minMinutesPerDay("course");
    // An evening course from 18:15 to 00:15 (Norwegian summer time) is one course day, not two.
    expect(activityDays("2026-10-14T16:15:00Z", 360, course)).toEqual(["2026-10-14"]);
    expect(activityDays("2026-10-14T16:15:00Z", 360)).toEqual(["2026-10-14", "2026-10-15"]);
    // A three-day course is three course days; a visit from 23:30 to 00:30 is one visit, on the day it began.
    expect(activityDays("2025-09-10T07:00:00Z", 3 * 24 * 60 - 600, course)).toEqual([
      "2025-09-10",
      "2025-09-11",
      "2025-09-12",
    ]);
    expect(activityDays("2025-03-01T22:30:00Z", 60, minMinutesPerDay("outreach_in_person"))).toEqual(["2025-03-01"]);
    // A course starting 23:30 whose first evening is too short counts from the day it ran long enough on: one day.
    expect(activityDays("2025-03-01T22:30:00Z", 180, course)).toEqual(["2025-03-02"]);
    // The spring-forward day has 23 hours: midnight to midnight is one day.
    expect(activityDays("2026-03-28T23:00:00Z", 23 * 60)).toEqual(["2026-03-29"]);
    expect(
      minMinutesPerDay("group", { groupMinParticipants: 3, groupMinMinutes: 60, courseMinMinutesPerDay: 120 }),
    ).toBe(60);
  });

  it("buckets the days covered per month and per year for the month rollup and the mentors of the year", () => {
    const b = rollupBuckets("2024-12-30", 4);
    expect(b.days).toEqual(["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"]);
    expect([...b.months]).toEqual([
      ["2024-12-01", 2],
      ["2025-01-01", 2],
    ]);
    expect([...b.years]).toEqual([
      [2024, 2],
      [2025, 2],
    ]);
    expect([...rollupBuckets("2025-03-05", 1).months]).toEqual([["2025-03-01", 1]]);
  });

  it("moves a fact into and out of the rollup only when approved and countable", () => {
    expect(inBufdirRollup({ status: "approved", countable: true })).toBe(true);
    expect(inBufdirRollup({ status: "approved", countable: false })).toBe(false);
    expect(inBufdirRollup({ status: "pending_review", countable: true })).toBe(false);
    expect(rollupSign(null, { status: "approved", countable: true })).toBe(1);
    expect(rollupSign({ status: "approved", countable: true }, { status: "rejected", countable: true })).toBe(-1);
    expect(rollupSign({ status: "approved", countable: true }, { status: "approved", countable: true })).toBe(0);
  });
});

describe("buildBufdirReport", () => {
  it("adds local associations up to regions and the organization, per type; months as the month totals give them", () => {
    const rows = [
      { localAssociationId: "la1", regionId: "r1", activityType: "home_visit", activityDays: 3, participants: 0 },
      { localAssociationId: "la1", regionId: "r1", activityType: "group_meeting", activityDays: 2, participants: 10 },
      { localAssociationId: "la2", regionId: "r1", activityType: "home_visit", activityDays: 1, participants: 0 },
      { localAssociationId: null, regionId: null, activityType: "home_visit", activityDays: 4, participants: 0 },
    ];
    const months = [
      { month: 1, activityDays: 3 },
      { month: 2, activityDays: 3 },
      { month: 12, activityDays: 4 },
    ];
    const r = buildBufdirReport({
      organizationId: "o",
      year: 2025,
      rows,
      months,
      localAssociationNames: new Map([["la1", "One"]]),
      mentorIds: ["b", "a"],
    });
    expect(r.activityDays).toBe(10);
    expect(r.participants).toBe(10);
    expect(r.byActivityType).toEqual([
      { activityType: "group_meeting", activityDays: 2, participants: 10 },
      { activityType: "home_visit", activityDays: 8, participants: 0 },
    ]);
    expect(r.regions.map((x) => [x.regionId, x.activityDays])).toEqual([
      ["r1", 6],
      [null, 4],
    ]);
    expect(r.regions[0]!.localAssociations.map((x) => [x.localAssociationId, x.name, x.activityDays])).toEqual([
      ["la1", "One", 5],
      ["la2", null, 1],
    ]);
    expect(r.byMonth.map((m) => m.activityDays)).toEqual([3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
    expect(r.mentorIds).toEqual(["a", "b"]);
    expect(r.activeMentors).toBe(2);
  });

  it("counts a basic course valid in some part of the year, not revoked; an unknown mentor status as active", () => {
    const cert = { basicCourse: true, status: "active", validFrom: "2020-01-01", validUntil: null };
    expect(certificationValidInYear(cert, 2025)).toBe(true);
    expect(certificationValidInYear({ ...cert, basicCourse: false }, 2025)).toBe(false);
    expect(certificationValidInYear({ ...cert, status: "revoked" }, 2025)).toBe(false);
    expect(certificationValidInYear({ ...cert, validUntil: "2024-12-31", status: "expired" }, 2025)).toBe(false);
    expect(certificationValidInYear({ ...cert, validUntil: "2025-01-01", status: "expired" }, 2025)).toBe(true);
    expect(certificationValidInYear({ ...cert, validFrom: "2026-01-01" }, 2025)).toBe(false);
    expect(mentorActive(null)).toBe(true);
    expect(mentorActive("active")).toBe(true);
    expect(mentorActive("paused")).toBe(false);
    expect(validYear(2000) && validYear(2100) && !validYear(1999) && !validYear(2101) && !validYear(2025.5)).toBe(true);
  });
});
