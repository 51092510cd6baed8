/**
 * Certification rules (no I/O). A certification is valid from its issue day
 * through validUntil (inclusive); in the last EXPIRING_DAYS days it is
 * expiring; after validUntil it is expired. Revoked is final until a renewal.
 */
import { addDays, addMonths } from "./calendar.js";
import type { RuleViolation } from "./violation.js";

export const CERTIFICATION_STATUSES = ["active", "expiring", "expired", "revoked"] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/** The window before validUntil in which a certification is expiring. */
export const EXPIRING_DAYS = 30;

/** The last valid day of a certification issued on validFrom (null = never expires). */
export function validUntilFor(validFrom: string, validityMonths: number | null): string | null {
  return validityMonths === null ? null : addDays(addMonths(validFrom, validityMonths), -1);
}

/** The status on a day, from validity alone (revocation is recorded, not computed). */
export function statusOn(validUntil: string | null, today: string): Exclude<CertificationStatus, "revoked"> {
  if (validUntil === null) return "active";
  if (today > validUntil) return "expired";
  if (today >= addDays(validUntil, -EXPIRING_DAYS)) return "expiring";
  return "active";
}

/** The next status of a certification on a day, or null when it stays as it is. */
export function transition(
  current: CertificationStatus,
  validUntil: string | null,
  today: string,
): CertificationStatus | null {
  if (current === "revoked") return null;
  const next = statusOn(validUntil, today);
  if (next === current) return null;
  // A certification never becomes younger by the clock: expired stays expired.
  if (current === "expired") return null;
  return next;
}

export interface NewCertificationType {
  key: string;
  name: string;
  validityMonths?: number | null;
}

export function validateCertificationType(input: NewCertificationType): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!/^[a-z0-9_]{1,64}$/.test(input.key))
    v.push({ rule: "key_format", field: "key", message: "Key: 1 to 64 of a-z, 0-9 and _" });
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200)
    v.push({ rule: "name_length", field: "name", message: "Name must be 1 to 200 characters" });
  if (
    input.validityMonths != null &&
    (!Number.isInteger(input.validityMonths) || input.validityMonths <= 0 || input.validityMonths > 600)
  ) {
    v.push({
      rule: "validity_positive",
      field: "validityMonths",
      message: "Validity must be 1 to 600 months, or empty for no expiry",
    });
  }
  return v;
}

export function checkRevoke(current: CertificationStatus, reason: string): RuleViolation | null {
  if (current === "revoked")
    return { rule: "already_revoked", field: "id", message: "The certification is revoked already" };
  if (reason.trim().length === 0)
    return { rule: "reason_required", field: "reason", message: "Say why the certification is revoked" };
  return null;
}

/** A validity: first and last valid day (null last day = never expires). */
export interface Validity {
  validFrom: string;
  validUntil: string | null;
}

/**
 * What completing another course of a type does to the certification the
 * person holds: `issue` (none yet), `renew` (the new validity ends later:
 * new valid-until = max(old, new), so a renewal never shortens it), `keep`
 * (an older or shorter course: the certification stays as it is) or
 * `revoked` (a revoked certification is never revived by a course: it stays
 * revoked; only an administrator's decision could reinstate it).
 */
export function renewalOf(
  existing: (Validity & { status: CertificationStatus }) | null,
  next: Validity,
): "issue" | "renew" | "keep" | "revoked" {
  if (existing === null) return "issue";
  if (existing.status === "revoked") return "revoked";
  if (existing.validUntil === null) return "keep";
  if (next.validUntil === null || next.validUntil > existing.validUntil) return "renew";
  return "keep";
}
