import { describe, expect, it } from "vitest";
import { decideInvitation, invitationState, notOpen, type InvitationRequest } from "./invitation.js";

const base: InvitationRequest = {
  actor: { role: "org_admin", localAssociationId: null },
  email: " kari@example.no ",
  localAssociationId: "la1",
  unitActive: true,
  role: "coordinator",
  expiresInDays: undefined,
};
const rule = (r: InvitationRequest) => {
  const d = decideInvitation(r);
  return d.ok ? null : [d.kind, d.violation.rule, d.violation.field];
};

describe("invitation rules", () => {
  it("accepts an administrator's invitation with the default expiry of 7 days (invitation_expiry)", () => {
    expect(decideInvitation(base)).toEqual({ ok: true, email: "kari@example.no", expiresInDays: 7 });
  });
  it("lets a coordinator invite only peer mentors to their own unit (invitation_permission)", () => {
    const coordinator = { role: "coordinator" as const, localAssociationId: "la1" };
    expect(rule({ ...base, actor: coordinator, role: "peer_mentor" })).toBeNull();
    expect(rule({ ...base, actor: coordinator })).toEqual(["forbidden", "invitation_permission", "role"]);
    expect(rule({ ...base, actor: coordinator, role: "peer_mentor", localAssociationId: "la2" })).toEqual([
      "forbidden",
      "invitation_permission",
      "localAssociationId",
    ]);
    expect(rule({ ...base, actor: { role: "peer_mentor", localAssociationId: "la1" }, role: "peer_mentor" })).toEqual([
      "forbidden",
      "invitation_permission",
      "role",
    ]);
  });
  it("names role_grant, email_format, invitation_expiry and active_local_association", () => {
    expect(rule({ ...base, role: "global_admin" })).toEqual(["forbidden", "role_grant", "role"]);
    expect(rule({ ...base, email: "kari@" })).toEqual(["bad_input", "email_format", "email"]);
    expect(rule({ ...base, expiresInDays: 0 })).toEqual(["bad_input", "invitation_expiry", "expiresInDays"]);
    expect(rule({ ...base, expiresInDays: 31 })).toEqual(["bad_input", "invitation_expiry", "expiresInDays"]);
    expect(rule({ ...base, unitActive: false })).toEqual([
      "bad_input",
      "active_local_association",
      "localAssociationId",
    ]);
    const all = decideInvitation({ ...base, email: "kari@", expiresInDays: 0, unitActive: false });
    expect(all.ok ? [] : all.violations.map((v) => v.rule)).toEqual([
      "email_format",
      "invitation_expiry",
      "active_local_association",
    ]);
  });
  it("derives expired from an open invitation past its expiry (invitation_open)", () => {
    const now = new Date("2026-01-10T00:00:00Z");
    expect(invitationState({ status: "open", expiresAt: new Date("2026-01-11T00:00:00Z") }, now)).toBe("open");
    expect(invitationState({ status: "open", expiresAt: now }, now)).toBe("expired");
    expect(invitationState({ status: "revoked", expiresAt: now }, now)).toBe("revoked");
    expect(notOpen("open")).toBeNull();
    expect(notOpen("used")).toMatchObject({ rule: "invitation_open" });
  });
});
