import { describe, expect, it } from "vitest";
import { actorFor, checkTransition, type MentorStatus, type StatusActor } from "./mentor-status.js";

const ok = (from: MentorStatus, to: MentorStatus, actor: StatusActor, reason: string | null = "because") =>
  checkTransition(from, to, actor, reason);
const rule = (o: ReturnType<typeof checkTransition>) => (o.ok ? "ok" : o.violation.rule);

describe("peer mentor status transitions", () => {
  it.each([
    ["active", "paused", "self", "ok"],
    ["paused", "active", "self", "ok"],
    ["active", "paused", "coordinator", "ok"],
    ["paused", "active", "org_admin", "ok"],
    ["active", "suspended", "coordinator", "ok"],
    ["paused", "suspended", "org_admin", "ok"],
    ["active", "suspended", "self", "status_actor"],
    ["active", "suspended", "peer_mentor", "status_actor"],
    ["suspended", "active", "org_admin", "ok"],
    ["suspended", "active", "global_admin", "ok"],
    ["suspended", "active", "coordinator", "status_actor"],
    ["suspended", "active", "self", "status_actor"],
    ["suspended", "paused", "org_admin", "status_transition"],
    ["active", "deactivated", "org_admin", "ok"],
    ["paused", "deactivated", "global_admin", "ok"],
    ["suspended", "deactivated", "org_admin", "ok"],
    ["active", "deactivated", "coordinator", "status_actor"],
    ["active", "deactivated", "self", "status_actor"],
    ["deactivated", "active", "org_admin", "status_final"],
    ["deactivated", "paused", "self", "status_final"],
    ["active", "active", "org_admin", "status_unchanged"],
  ] as const)("%s → %s by %s: %s", (from, to, actor, expected) => {
    expect(rule(ok(from, to, actor))).toBe(expected);
  });

  it("marks actor refusals as forbidden, the rest as bad input", () => {
    const a = ok("active", "suspended", "self");
    expect(!a.ok && a.forbidden).toBe(true);
    const b = ok("active", "active", "self");
    expect(!b.ok && b.forbidden).toBe(false);
  });

  it("requires a reason for suspension and deactivation, and bounds its length", () => {
    expect(rule(ok("active", "suspended", "coordinator", " "))).toBe("reason_required");
    expect(rule(ok("active", "deactivated", "org_admin", null))).toBe("reason_required");
    expect(rule(ok("active", "paused", "self", null))).toBe("ok");
    expect(rule(ok("active", "paused", "self", "x".repeat(501)))).toBe("reason_length");
  });

  it("treats the mentor acting on themself as self, whatever their role", () => {
    expect(actorFor({ userId: "u", role: "org_admin" }, "u")).toBe("self");
    expect(actorFor({ userId: "u", role: "coordinator" }, "m")).toBe("coordinator");
  });
});
