/**
 * Who acts, as plain data: structurally the same as @meander/auth's Viewer, without importing it. What an actor
 * sees is not decided here: @meander/auth's `scopeOf(actor)` gives the one `Scope` (@meander/db) that the
 * repositories take at construction (README, "Visibility").
 */
export type ActorRole = "peer_mentor" | "coordinator" | "org_admin" | "global_admin";

export interface Actor {
  userId: string;
  organizationId: string | null;
  localAssociationId: string | null;
  role: ActorRole;
}
