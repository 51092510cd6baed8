/** Who is calling: built from a verified access token, or null for an anonymous caller. */
export const ROLES = ["peer_mentor", "coordinator", "org_admin", "global_admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  userId: string;
  sessionId: string;
  /** The active membership's organization (null only for a global administrator outside any tenant). */
  organizationId: string | null;
  localAssociationId: string | null;
  role: Role;
}

export interface RequestContext {
  viewer: Viewer | null;
  requestId: string;
  /** The client's address as the gateway decided it (see client-ip.ts); null when unknown. */
  clientIp: string | null;
}

/** The tenant scope a viewer's reads and writes are limited to. */
export function scopeOf(viewer: Viewer): { organizationId: string | null; localAssociationIds?: string[] } {
  if (viewer.role === "coordinator" || viewer.role === "peer_mentor") {
    return {
      organizationId: viewer.organizationId,
      localAssociationIds: viewer.localAssociationId ? [viewer.localAssociationId] : [],
    };
  }
  return { organizationId: viewer.organizationId };
}
