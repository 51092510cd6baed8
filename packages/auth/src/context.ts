import { NOBODY, scopes, type Scope } from "@meander/db/scope";

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
  /** The user's language setting from the token's `lang` claim (absent: none in the token). */
  language?: "nb" | "nn" | "en";
}

/**
 * What "now" is for a service: the system's clock in production, one a test controls (a fixed day, moved by the
 * test) so that a rule reading today's date gives the same answer whenever the suite runs.
 */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export interface RequestContext {
  viewer: Viewer | null;
  requestId: string;
  /** The client's address as the gateway decided it (see client-ip.ts); null when unknown. */
  clientIp: string | null;
  /** The service's clock: every use case that reads today's date takes `now()` from here, never `new Date()`. */
  now: Clock;
}

/**
 * Who sees whom (issue 18 item 4), decided here once for every subgraph: a peer mentor their own rows (and the
 * people of their local association), a coordinator the rows and people of their local associations (the active
 * membership's), an organization administrator the whole organization, a global administrator every organization (or, acting
 * in one, that organization).
 * Repositories apply it with @meander/db's `scopedWhere`; row-level security reads the same value.
 */
export function scopeOf(viewer: Pick<Viewer, "userId" | "role" | "organizationId" | "localAssociationId">): Scope {
  const las = viewer.localAssociationId ? [viewer.localAssociationId] : [];
  // Outside any organization only a global administrator sees anything (every organization); any other role without
  // one (a token that breaks the contract) sees nothing, never the platform.
  if (viewer.organizationId === null) return viewer.role === "global_admin" ? scopes.platform(viewer.userId) : NOBODY;
  if (viewer.role === "org_admin" || viewer.role === "global_admin")
    return scopes.organization(viewer.organizationId, viewer.userId);
  if (viewer.role === "coordinator") return scopes.localAssociations(viewer.organizationId, las, viewer.userId);
  return scopes.own(viewer.organizationId, viewer.userId, las);
}

/** The scope of a request's caller; nobody for an anonymous one. */
export function scopeOfCaller(viewer: Viewer | null): Scope {
  return viewer ? scopeOf(viewer) : NOBODY;
}
