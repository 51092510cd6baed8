/** Who performs a use case, and which organization they may change. */
import { type Role } from "@meander/auth";
import { scopes, type Scope } from "@meander/db";
import { refusalOf, type PublicError, type RuleViolationError, badInput, forbiddenBy } from "@meander/validation";
import type { RuleViolation } from "../domain/rules.js";

/** A viewer, or the system (seed, jobs): a global administrator without a user. */
export interface Actor {
  userId: string | null;
  organizationId: string | null;
  role: Role;
  /** The active membership's unit (a coordinator invites to it). */
  localAssociationId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, organizationId: null, role: "global_admin" };

/**
 * The organization an administrative use case acts on: an organization
 * administrator only their own; a global administrator the one named (or the
 * one of their active membership).
 */
export function targetOrganization(actor: Actor, requested: string | null | undefined): string {
  if (actor.role === "global_admin") {
    const target = requested ?? actor.organizationId;
    if (!target) throw badInput("organization_required", "organizationId", "Name the organization to act on");
    return target;
  }
  if (actor.role !== "org_admin" || !actor.organizationId)
    throw forbiddenBy("org_admin_required", "Requires an organization administrator");
  if (requested && requested !== actor.organizationId)
    throw forbiddenBy("own_organization_only", "You may only administer your own organization");
  return actor.organizationId;
}

/**
 * The scope an administrative use case reads the organization tree through: an organization administrator's own
 * organization, a global administrator's (or the system's) platform.
 */
export function actorScope(actor: Actor): Scope {
  return actor.role === "global_admin" || actor.organizationId === null
    ? scopes.platform(actor.userId)
    : scopes.organization(actor.organizationId, actor.userId);
}

export function badInputFrom(v: RuleViolation): RuleViolationError {
  return badInput(v.rule, v.field, v.message, v.params);
}

/** A CONFLICT that names the rule and field, like BAD_USER_INPUT does. */
export function conflictFrom(v: RuleViolation): PublicError {
  return refusalOf("CONFLICT", v);
}

export function forbiddenFrom(v: RuleViolation): PublicError {
  return refusalOf("FORBIDDEN", v);
}
