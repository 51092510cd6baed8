import { describe, expect, it } from "vitest";
import { invitationRefusal } from "./invitation.js";

const now = new Date("2026-01-01T10:00:00Z");
const future = new Date(now.getTime() + 1000);

describe("invitation acceptance rules", () => {
  it("accepts an open, unexpired invitation and names the reason otherwise", () => {
    expect(invitationRefusal({ status: "open", expiresAt: future }, now)).toBeNull();
    expect(invitationRefusal({ status: "open", expiresAt: now }, now)?.rule).toBe("invitation_expired");
    expect(invitationRefusal({ status: "accepted", expiresAt: future }, now)?.rule).toBe("invitation_used");
    expect(invitationRefusal({ status: "revoked", expiresAt: future }, now)?.rule).toBe("invitation_revoked");
  });
});
