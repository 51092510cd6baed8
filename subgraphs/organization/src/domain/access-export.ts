/**
 * Subject access export rules (issue 24 item 3, GDPR art. 15): who may ask for whose data, and the download that
 * works once, for the requester, within the download window. Pure: the use cases pass what they read.
 */
import type { RuleViolation } from "./rules.js";

/** How long a ready export can be downloaded (decision: 7 days from when it is ready; then it is deleted). */
export const DOWNLOAD_WINDOW_DAYS = 7;
export const DOWNLOAD_WINDOW_MS = DOWNLOAD_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** The six subgraphs that each write a part (the bundle is assembled when all are in). */
export const PART_SUBGRAPHS = ["identity", "organization", "activity", "finance", "engagement", "reporting"] as const;

export interface ExportActor {
  userId: string | null;
  organizationId: string | null;
  role: string;
}

export interface SubjectInput {
  contactId?: string | null;
  userId?: string | null;
}

/** access_export_subject_required: exactly one of a contact and a user. */
export function checkSubject(subject: SubjectInput): RuleViolation | null {
  const given = [subject.contactId, subject.userId].filter((x) => x != null && x !== "").length;
  return given === 1
    ? null
    : {
        rule: "access_export_subject_required",
        field: "subject",
        message: "Name exactly one person: a contact or a user",
      };
}

/**
 * access_export_permission: an organization administrator asks for anyone of their organization; anyone signed in
 * in an organization asks for their own user account (a contact's data goes through the administrator).
 */
export function mayRequest(actor: ExportActor, subject: SubjectInput): boolean {
  if (!actor.userId || !actor.organizationId) return false;
  if (actor.role === "org_admin") return true;
  return subject.userId != null && subject.userId === actor.userId;
}

/** Who may see a request's status: the requester, or an administrator of its organization. */
export function maySee(actor: ExportActor, request: { organizationId: string; requestedBy: string }): boolean {
  if (actor.userId === request.requestedBy) return true;
  return actor.role === "org_admin" && actor.organizationId === request.organizationId;
}

export type ExportStatus = "assembling" | "ready" | "downloaded" | "expired";

export function statusOf(
  request: { readyAt: Date | null; expiresAt: Date | null; downloadedAt: Date | null },
  now: Date,
): ExportStatus {
  if (request.downloadedAt) return "downloaded";
  if (!request.readyAt) return "assembling";
  return request.expiresAt && request.expiresAt.getTime() <= now.getTime() ? "expired" : "ready";
}

/** Why a download is refused (null: it may go ahead): requester only, ready, not downloaded before, not expired. */
export function downloadRefusal(
  actor: ExportActor,
  request: { requestedBy: string; readyAt: Date | null; expiresAt: Date | null; downloadedAt: Date | null },
  now: Date,
):
  | "access_export_requester_only"
  | "access_export_not_ready"
  | "access_export_already_downloaded"
  | "access_export_expired"
  | null {
  if (actor.userId !== request.requestedBy) return "access_export_requester_only";
  switch (statusOf(request, now)) {
    case "assembling":
      return "access_export_not_ready";
    case "downloaded":
      return "access_export_already_downloaded";
    case "expired":
      return "access_export_expired";
    default:
      return null;
  }
}
