/**
 * Who may see a local association's activity counts, as a plain function
 * (no I/O): an organization administrator for any local association of their
 * organization, a coordinator for their own local association; nobody else.
 */
export interface ActivityCounts {
  registered: number;
  pending: number;
  approved: number;
  rejected: number;
}

export const ZERO_COUNTS: Readonly<ActivityCounts> = Object.freeze({
  registered: 0,
  pending: 0,
  approved: 0,
  rejected: 0,
});

export interface StatsViewer {
  role: "peer_mentor" | "coordinator" | "org_admin" | "global_admin";
  organizationId: string | null;
  localAssociationId: string | null;
}

/**
 * `organizationId` is the local association's organization as far as the
 * caller's own data shows it (their organization's counts or directory), null
 * when it is not known to be theirs. Row-level security hides other
 * organizations' rows, so an id of another organization and an id nobody
 * knows look alike, and answer alike: nothing, except to a coordinator for the
 * local association their token names (zeros until activity arrives).
 */
export function canSeeLocalAssociationStats(
  viewer: StatsViewer | null,
  target: { localAssociationId: string; organizationId: string | null },
): boolean {
  if (!viewer?.organizationId) return false;
  if (target.organizationId === null)
    return viewer.role === "coordinator" && viewer.localAssociationId === target.localAssociationId;
  if (target.organizationId !== viewer.organizationId) return false;
  if (viewer.role === "org_admin") return true;
  if (viewer.role === "coordinator") return viewer.localAssociationId === target.localAssociationId;
  return false;
}

/** Whether the viewer may list their organization's per-local-association counts. */
export function canListStats(viewer: StatsViewer | null): boolean {
  return !!viewer?.organizationId && (viewer.role === "org_admin" || viewer.role === "coordinator");
}
