/**
 * Who acts and what they may see (organization_scope_isolation), as plain data.
 * Structurally the same as @meander/auth's Viewer, without importing it.
 */
export type ActorRole = "peer_mentor" | "coordinator" | "org_admin" | "global_admin";

export interface Actor {
  userId: string;
  organizationId: string | null;
  localAssociationId: string | null;
  role: ActorRole;
}

/** What a repository filters by: null organization = every organization (a global administrator outside any tenant). */
export interface ActivityVisibility {
  organizationId: string | null;
  /** Coordinators: only these local associations. */
  localAssociationIds?: readonly string[];
  /** Peer mentors: only the activities they performed. */
  ownerId?: string;
}

/** Mentors see their own activities, coordinators their local association's, administrators the organization's. */
export function activityVisibility(actor: Actor): ActivityVisibility {
  switch (actor.role) {
    case "peer_mentor":
      return { organizationId: actor.organizationId, ownerId: actor.userId };
    case "coordinator":
      return {
        organizationId: actor.organizationId,
        localAssociationIds: actor.localAssociationId ? [actor.localAssociationId] : [],
      };
    default:
      return { organizationId: actor.organizationId };
  }
}

/** Contacts: mentors and coordinators see their local association's, administrators the organization's. */
export function contactVisibility(actor: Actor): ActivityVisibility {
  if (actor.role === "peer_mentor" || actor.role === "coordinator") {
    return {
      organizationId: actor.organizationId,
      localAssociationIds: actor.localAssociationId ? [actor.localAssociationId] : [],
    };
  }
  return { organizationId: actor.organizationId };
}
