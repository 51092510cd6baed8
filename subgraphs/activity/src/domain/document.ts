/**
 * Documents (seeds 000/001): attachments on activities and signed
 * confidentiality declarations. Who may add them and what a valid request
 * looks like, as plain functions over plain data.
 */
import type { Actor } from "./actor.js";
import type { ActivityStatus } from "./workflow.js";

export const FILE_NAME_MAX = 200;
export const ATTACHMENTS_PER_ACTIVITY = 20;
export const DECLARATION_VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export interface DocumentRuleError {
  rule: string;
  field: string;
  message: string;
}

/** What the attach rule needs of an activity. */
export interface AttachTarget {
  userId: string;
  proxySubmittedBy: string | null;
  localAssociationId: string | null;
  status: ActivityStatus;
}

/**
 * document_attach_permission: the activity's mentor, the coordinator who
 * registered it on the mentor's behalf, coordinators of its local association
 * and administrators. Null when allowed.
 */
export function attachRefusal(actor: Actor, activity: AttachTarget): DocumentRuleError | null {
  const allowed =
    activity.userId === actor.userId ||
    activity.proxySubmittedBy === actor.userId ||
    (actor.role === "coordinator" &&
      actor.localAssociationId !== null &&
      actor.localAssociationId === activity.localAssociationId) ||
    actor.role === "org_admin" ||
    actor.role === "global_admin";
  return allowed
    ? null
    : {
        rule: "document_attach_permission",
        field: "activityId",
        message: "Only the activity's mentor, its coordinators and administrators add attachments",
      };
}

/**
 * attachment_activity_status: evidence may arrive after the review, so pending,
 * flagged, draft and approved activities accept attachments (the activity's own
 * attributes stay immutable); a rejected activity does not.
 */
export function statusRefusal(status: ActivityStatus): DocumentRuleError | null {
  return status === "rejected"
    ? { rule: "attachment_activity_status", field: "activityId", message: "A rejected activity takes no attachments" }
    : null;
}

/** file_name_length: 1-200 characters after trimming; the name is shown only, never used as a path. */
export function fileNameRefusal(fileName: string): DocumentRuleError | null {
  const name = fileName.trim();
  return name.length === 0 || name.length > FILE_NAME_MAX
    ? { rule: "file_name_length", field: "fileName", message: `A file name is 1-${FILE_NAME_MAX} characters` }
    : null;
}

/** declaration_version_format: the organization's name for the text that was signed, e.g. "2026" or "v2.1". */
export function declarationVersionRefusal(version: string): DocumentRuleError | null {
  return DECLARATION_VERSION_PATTERN.test(version.trim())
    ? null
    : {
        rule: "declaration_version_format",
        field: "declarationVersion",
        message: "A declaration version is 1-40 letters, digits, '.', '_' or '-'",
      };
}

/** The memberships the signer rule looks at. */
export interface SignerMembership {
  localAssociationId: string;
}

/**
 * declaration_signer_scope: one registers one's own declaration; a coordinator
 * that of a member of their local association; an administrator that of any
 * member of the organization. Returns the local association the row belongs to
 * (the coordinator's, the caller's own, or the signer's first), or a refusal.
 */
export function declarationScope(
  actor: Actor,
  signerId: string,
  signerMemberships: readonly SignerMembership[],
): { localAssociationId: string | null } | DocumentRuleError {
  if (signerId === actor.userId) return { localAssociationId: actor.localAssociationId };
  if (signerMemberships.length === 0)
    return { rule: "valid_user_reference", field: "userId", message: "The mentor is not a member of the organization" };
  if (actor.role === "coordinator") {
    const here = signerMemberships.some((m) => m.localAssociationId === actor.localAssociationId);
    return here
      ? { localAssociationId: actor.localAssociationId }
      : {
          rule: "declaration_signer_scope",
          field: "userId",
          message: "Coordinators register declarations of their own local association's members",
        };
  }
  if (actor.role === "org_admin" || actor.role === "global_admin")
    return { localAssociationId: signerMemberships[0]!.localAssociationId };
  return {
    rule: "declaration_signer_scope",
    field: "userId",
    message: "Peer mentors register only their own declaration",
  };
}

export const isRefusal = (v: unknown): v is DocumentRuleError => typeof v === "object" && v !== null && "rule" in v;
