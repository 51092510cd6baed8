/** Erasure rules (issue 24 item 4), pure. */
import type { RuleViolation } from "./rules.js";

export type ErasureSubjectType = "contact" | "user";
export type ErasureStatus = "awaiting_confirmation" | "in_progress" | "completed";
export const ERASURE_REASONS = ["subject_request", "consent_withdrawn", "no_longer_needed", "retention"] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** erasure_subject_one: exactly one of contactId and userId. */
export function erasureSubject(input: {
  contactId?: string | null;
  userId?: string | null;
}): { type: ErasureSubjectType; id: string } | RuleViolation {
  const { contactId, userId } = input;
  if (contactId && !userId) return { type: "contact", id: contactId };
  if (userId && !contactId) return { type: "user", id: userId };
  return { rule: "erasure_subject_one", field: "subject", message: "Name either a contact or a user to erase" };
}

/** A contact with assignments (or a retention proposal) waits for a second administrator. */
export const needsConfirmation = (subject: { type: ErasureSubjectType }, hasAssignments: boolean) =>
  subject.type === "contact" && hasAssignments;

/** erasure_awaiting_confirmation, erasure_second_administrator: a waiting request, confirmed by someone else than the requester. */
export function confirmationRefusal(
  request: { status: string; requestedBy: string | null },
  confirmerId: string,
): { kind: "conflict" | "forbidden"; violation: RuleViolation } | null {
  const fail = (kind: "conflict" | "forbidden", rule: string, message: string) => ({
    kind,
    violation: { rule, field: "requestId", message },
  });
  if (request.status !== "awaiting_confirmation")
    return fail("conflict", "erasure_awaiting_confirmation", "The erasure is not awaiting confirmation");
  if (request.requestedBy === confirmerId)
    return fail(
      "forbidden",
      "erasure_second_administrator",
      "An administrator other than the requester must confirm the erasure",
    );
  return null;
}
