import { describe, expect, it } from "vitest";
import {
  contextOf,
  hashToken,
  initialMembership,
  newRefreshToken,
  refusedRefresh,
  REFRESH_RACE_GRACE_MS,
} from "./session.js";

const now = new Date("2026-01-01T10:00:00Z");
const later = new Date(now.getTime() + 3600_000);
const m = (id: string, isPrimary: boolean, role = "peer_mentor") => ({
  membershipId: id,
  organizationId: "o",
  localAssociationId: `la-${id}`,
  role,
  isPrimary,
});

describe("session rules", () => {
  it("makes opaque 32-byte refresh tokens and stores only their sha256", () => {
    const t = newRefreshToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newRefreshToken()).not.toBe(t);
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("tells the concurrent race from reuse by the time since the token was used", () => {
    const open = { revokedAt: null };
    const used = (ms: number) => ({ usedAt: new Date(now.getTime() - ms), expiresAt: later });
    expect(refusedRefresh(used(100), open, now)).toBe("race");
    expect(refusedRefresh(used(REFRESH_RACE_GRACE_MS + 1), open, now)).toBe("reuse");
    expect(refusedRefresh(used(100_000), { revokedAt: now }, now)).toBe("session_revoked");
    expect(refusedRefresh(null, null, now)).toBe("unknown");
    expect(refusedRefresh({ usedAt: null, expiresAt: now }, open, now)).toBe("expired");
  });

  it("starts in the primary membership, else the first; a global administrator acts outside any tenant", () => {
    expect(initialMembership([m("b", false), m("c", true), m("a", false)])?.membershipId).toBe("c");
    expect(initialMembership([m("b", false), m("a", false)])?.membershipId).toBe("a");
    expect(initialMembership([])).toBeNull();
    expect(contextOf(m("g", true, "global_admin"))).toEqual({
      membershipId: "g",
      organizationId: null,
      localAssociationId: null,
      role: "global_admin",
    });
  });
});
