import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import {
  attendanceViolation,
  canManage,
  canRecordAttendance,
  gatheringMinutes,
  planAttendance,
  registrationViolation,
  transitionViolation,
  validateGathering,
  type GatheringDraft,
} from "./gathering.js";

const at = (iso: string) => new Date(iso);
const draft = (over: Partial<GatheringDraft> = {}): GatheringDraft => ({
  title: "Samtalegruppe",
  activityTypeKey: "group_meeting",
  startsAt: at("2026-11-20T17:00:00Z"),
  endsAt: at("2026-11-20T19:00:00Z"),
  ...over,
});
const rules = (d: GatheringDraft) => validateGathering(d).map((v) => `${v.rule}:${v.field}`);

describe("validateGathering", () => {
  it("accepts a complete gathering and computes its minutes", () => {
    expect(validateGathering(draft({ capacity: 12, description: "x".repeat(5000) }))).toEqual([]);
    expect(gatheringMinutes(draft())).toBe(120);
  });
  it("names each broken rule and its field", () => {
    expect(rules(draft({ title: "  " }))).toEqual(["required_fields:title"]);
    expect(rules(draft({ title: "x".repeat(201) }))).toEqual(["title_length:title"]);
    expect(rules(draft({ description: "x".repeat(5001) }))).toEqual(["description_length:description"]);
    expect(rules(draft({ activityTypeKey: " " }))).toEqual(["required_fields:activityTypeKey"]);
    expect(rules(draft({ endsAt: at("2026-11-20T17:00:00Z") }))).toEqual(["gathering_time_range:endsAt"]);
    expect(rules(draft({ endsAt: at("2026-11-21T17:01:00Z") }))).toEqual(["gathering_time_range:endsAt"]);
    expect(rules(draft({ endsAt: at("2026-11-21T17:00:00Z") }))).toEqual([]);
    expect(rules(draft({ capacity: 0 }))).toEqual(["capacity_positive:capacity"]);
    expect(rules(draft({ capacity: 1.5 }))).toEqual(["capacity_positive:capacity"]);
    expect(rules(draft({ capacity: null }))).toEqual([]);
  });
});

describe("gathering_status_transition", () => {
  it("allows draft → published/cancelled and published → cancelled/completed only", () => {
    expect(transitionViolation("draft", "published")).toBeNull();
    expect(transitionViolation("draft", "cancelled")).toBeNull();
    expect(transitionViolation("published", "cancelled")).toBeNull();
    expect(transitionViolation("published", "completed")).toBeNull();
    expect(transitionViolation("draft", "completed")?.rule).toBe("gathering_status_transition");
    expect(transitionViolation("cancelled", "published")?.rule).toBe("gathering_status_transition");
    expect(transitionViolation("completed", "cancelled")?.rule).toBe("gathering_status_transition");
    expect(transitionViolation("published", "published")?.rule).toBe("gathering_status_transition");
  });
});

describe("registration and attendance rules", () => {
  const now = at("2026-11-20T18:00:00Z");
  const g = {
    status: "published" as const,
    startsAt: at("2026-11-20T17:00:00Z"),
    endsAt: at("2026-11-20T19:00:00Z"),
    capacity: 2,
  };
  it("registration_open and gathering_capacity", () => {
    expect(registrationViolation(g, 1, now)).toBeNull();
    expect(registrationViolation(g, 2, now)?.rule).toBe("gathering_capacity");
    expect(registrationViolation({ ...g, capacity: null }, 500, now)).toBeNull();
    expect(registrationViolation({ ...g, status: "draft" }, 0, now)?.rule).toBe("registration_open");
    expect(registrationViolation({ ...g, status: "cancelled" }, 0, now)?.rule).toBe("registration_open");
    expect(registrationViolation(g, 0, at("2026-11-20T19:00:00Z"))?.rule).toBe("registration_open");
  });
  it("attendance_after_start", () => {
    expect(attendanceViolation(g, now)).toBeNull();
    expect(attendanceViolation({ ...g, status: "completed" }, now)).toBeNull();
    expect(attendanceViolation(g, at("2026-11-20T16:59:00Z"))?.rule).toBe("attendance_after_start");
    expect(attendanceViolation({ ...g, status: "draft" }, now)?.rule).toBe("gathering_status_transition");
    expect(attendanceViolation({ ...g, status: "cancelled" }, now)?.rule).toBe("gathering_status_transition");
  });
  it("planAttendance: listed attend, others absent, an attendee with an activity keeps it, strangers are registration_required", () => {
    const regs = [
      { userId: "a", status: "registered" as const, activityId: null },
      { userId: "b", status: "attended" as const, activityId: "act-b" },
      { userId: "c", status: "registered" as const, activityId: null },
    ];
    expect(planAttendance(regs, ["a", "b"])).toEqual({
      attended: ["a", "b"],
      absent: ["c"],
      needActivity: ["a"],
      violations: [],
    });
    expect(planAttendance(regs, [])).toMatchObject({ attended: ["b"], absent: ["a", "c"], needActivity: [] });
    expect(planAttendance(regs, ["z"]).violations).toEqual([
      expect.objectContaining({ rule: "registration_required", field: "attendedUserIds" }),
    ]);
  });
});

describe("who manages and sees gatherings", () => {
  const org = "org-1";
  const la = "la-1";
  const g = { createdBy: "mentor-1", localAssociationId: la, organizationId: org };
  const actor = (userId: string, role: Actor["role"], localAssociationId = la, organizationId = org): Actor => ({
    userId,
    role,
    localAssociationId,
    organizationId,
  });
  it("gathering_organizer_only: organizer, coordinator of the local association, administrator", () => {
    expect(canManage(actor("mentor-1", "peer_mentor"), g)).toBe(true);
    expect(canManage(actor("mentor-2", "peer_mentor"), g)).toBe(false);
    expect(canManage(actor("coord", "coordinator"), g)).toBe(true);
    expect(canManage(actor("coord", "coordinator", "la-2"), g)).toBe(false);
    expect(canManage(actor("admin", "org_admin", "la-2"), g)).toBe(true);
    expect(canManage(actor("mentor-1", "peer_mentor", la, "org-2"), g)).toBe(false);
  });
  it("attendance is recorded by a coordinator of the gathering's local association only", () => {
    expect(canRecordAttendance(actor("coord", "coordinator"), g)).toBe(true);
    expect(canRecordAttendance(actor("coord", "coordinator", "la-2"), g)).toBe(false);
    expect(canRecordAttendance(actor("mentor-1", "peer_mentor"), g)).toBe(false);
  });
});
