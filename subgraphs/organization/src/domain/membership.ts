/**
 * Membership rules (seed 003), as plain functions over plain data (no I/O):
 * - membership_unique: one membership per user and local association;
 * - single_organization_tree: a user's memberships stay inside one organization;
 * - membership_limit: at most the organization's max memberships per user (NHF 5, default 3);
 * - primary_membership: a user's first membership is primary; a new primary unsets the previous one;
 * - active_local_association: memberships only in active units;
 * - role_grant: only a global administrator grants the global_admin role.
 */
import type { RuleViolation } from "./rules.js";

export type MembershipRoleName = "peer_mentor" | "coordinator" | "org_admin" | "global_admin";

export interface ExistingMembership {
  organizationId: string;
  localAssociationId: string;
  isPrimary: boolean;
}

export interface MembershipRequest {
  /** Every membership the user holds, in any organization. */
  existing: ExistingMembership[];
  target: { organizationId: string; localAssociationId: string; isActive: boolean };
  role: MembershipRoleName;
  wantsPrimary: boolean;
  maxPerUser: number;
  actorRole: MembershipRoleName;
}

export type MembershipDecision =
  | { ok: false; violation: RuleViolation; kind: "conflict" | "bad_input" | "forbidden" }
  | { ok: true; isPrimary: boolean; unsetPreviousPrimary: boolean };

export function decideMembership(req: MembershipRequest): MembershipDecision {
  const fail = (
    kind: "conflict" | "bad_input" | "forbidden",
    rule: string,
    field: string,
    message: string,
    params?: RuleViolation["params"],
  ): MembershipDecision => ({
    ok: false,
    kind,
    violation: { rule, field, message, ...(params ? { params } : {}) },
  });
  if (req.role === "global_admin" && req.actorRole !== "global_admin") {
    return fail("forbidden", "role_grant", "role", "Only a global administrator can grant the global_admin role");
  }
  if (req.existing.some((m) => m.localAssociationId === req.target.localAssociationId)) {
    return fail(
      "conflict",
      "membership_unique",
      "localAssociationId",
      "The user is already a member of this local association",
    );
  }
  if (!req.target.isActive) {
    return fail("bad_input", "active_local_association", "localAssociationId", "The local association is not active");
  }
  if (req.existing.some((m) => m.organizationId !== req.target.organizationId)) {
    return fail(
      "bad_input",
      "single_organization_tree",
      "localAssociationId",
      "A user's memberships must stay within one organization",
    );
  }
  if (req.existing.length >= req.maxPerUser) {
    return fail(
      "bad_input",
      "membership_limit",
      "userId",
      `A user may belong to at most ${req.maxPerUser} local associations`,
      { max: req.maxPerUser },
    );
  }
  const first = req.existing.length === 0;
  const isPrimary = first || req.wantsPrimary;
  return { ok: true, isPrimary, unsetPreviousPrimary: isPrimary && req.existing.some((m) => m.isPrimary) };
}
