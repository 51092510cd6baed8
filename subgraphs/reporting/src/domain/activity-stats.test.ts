import { describe, expect, it } from "vitest";
import { canListStats, canSeeLocalAssociationStats, type StatsViewer } from "./activity-stats.js";

const org = "org-a";
const viewer = (
  role: StatsViewer["role"],
  organizationId: string | null = org,
  localAssociationId: string | null = "la-1",
): StatsViewer => ({
  role,
  organizationId,
  localAssociationId,
});

describe("activity stats visibility", () => {
  it("shows an organization administrator every local association of their organization", () => {
    expect(canSeeLocalAssociationStats(viewer("org_admin"), { localAssociationId: "la-2", organizationId: org })).toBe(
      true,
    );
    // Not known to be theirs (unknown, or another organization's that row-level security hides): nothing.
    expect(canSeeLocalAssociationStats(viewer("org_admin"), { localAssociationId: "la-9", organizationId: null })).toBe(
      false,
    );
    expect(
      canSeeLocalAssociationStats(viewer("org_admin"), { localAssociationId: "la-2", organizationId: "org-b" }),
    ).toBe(false);
  });

  it("limits a coordinator to their own local association", () => {
    expect(
      canSeeLocalAssociationStats(viewer("coordinator"), { localAssociationId: "la-1", organizationId: org }),
    ).toBe(true);
    expect(
      canSeeLocalAssociationStats(viewer("coordinator"), { localAssociationId: "la-1", organizationId: null }),
    ).toBe(true);
    expect(
      canSeeLocalAssociationStats(viewer("coordinator"), { localAssociationId: "la-2", organizationId: org }),
    ).toBe(false);
    expect(
      canSeeLocalAssociationStats(viewer("coordinator"), { localAssociationId: "la-2", organizationId: null }),
    ).toBe(false);
  });

  it("shows nothing to mentors, callers outside any organization and anonymous callers", () => {
    const own = { localAssociationId: "la-1", organizationId: org };
    expect(canSeeLocalAssociationStats(viewer("peer_mentor"), own)).toBe(false);
    expect(canSeeLocalAssociationStats(viewer("global_admin", null, null), own)).toBe(false);
    expect(canSeeLocalAssociationStats(null, own)).toBe(false);
    expect([viewer("org_admin"), viewer("coordinator"), viewer("peer_mentor"), null].map(canListStats)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
