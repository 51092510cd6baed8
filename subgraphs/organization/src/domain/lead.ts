/**
 * Lead rules (seed 004), as plain functions over plain data (no I/O).
 * Validation rules return every violation, named as in the seed, with the
 * field it concerns; business rules decide what a booking or a status change
 * does to a lead.
 */
import { normalizePhone } from "@meander/validation";
import { compact, type RuleViolation } from "./rules.js";

export const LEAD_STATUSES = ["new", "contacted", "qualified", "demo_scheduled", "converted", "lost"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const ORGANIZATION_SIZES = ["small", "medium", "large", "very_large"] as const;
export type OrganizationSize = (typeof ORGANIZATION_SIZES)[number];
export const LEAD_SOURCES = ["website", "referral", "event", "outbound", "other"] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const LIMITS = {
  email: 254,
  name: 100,
  organizationName: 200,
  roleTitle: 150,
  currentSolution: 500,
  preferredDemoTiming: 200,
  notes: 2000,
} as const;

/** A demo booking form as submitted (every field may be missing: required_fields_present names what is). */
export interface BookingForm {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  organizationName?: string | null;
  roleTitle?: string | null;
  organizationSize?: string | null;
  currentSolution?: string | null;
  preferredDemoTiming?: string | null;
  notes?: string | null;
}

/** A valid booking, trimmed and normalized (phone in E.164, empty optional fields null). */
export interface Booking {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  organizationName: string;
  roleTitle: string;
  organizationSize: OrganizationSize | null;
  currentSolution: string | null;
  preferredDemoTiming: string | null;
  notes: string | null;
}

const REQUIRED = ["firstName", "lastName", "email", "organizationName", "roleTitle"] as const;

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === "";
const optional = (v: string | null | undefined): string | null => (blank(v) ? null : v!.trim());

/**
 * A pragmatic address check (what a sales team can mail): one @, a local part
 * of at most 64 printable characters without spaces, a domain of dot-separated
 * labels (letters, digits, hyphens; not starting or ending with a hyphen) and
 * a top-level domain of at least two letters.
 */
export function isEmailFormat(email: string): boolean {
  const at = email.lastIndexOf("@");
  if (at < 1 || at !== email.indexOf("@")) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (
    local.length > 64 ||
    !/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local) ||
    local.startsWith(".") ||
    local.endsWith(".") ||
    local.includes("..")
  )
    return false;
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  if (
    !labels.every((l) =>
      /^[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F-]{0,61}[A-Za-z0-9\u00C0-\u024F])?$/.test(l),
    )
  )
    return false;
  return /^[A-Za-z\u00C0-\u024F]{2,}$/.test(labels[labels.length - 1]!);
}

/** phone_format_if_provided: a valid number (Norwegian unless it starts with +), normalized to E.164; null when not valid. */
export { normalizePhone };

/** The key unique_email_per_lead compares: e-mail addresses are compared case-insensitively. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

export function checkStatus(value: string): RuleViolation | null {
  return (LEAD_STATUSES as readonly string[]).includes(value)
    ? null
    : { rule: "status_enum_constraint", field: "status", message: `Status must be one of ${LEAD_STATUSES.join(", ")}` };
}

function tooLong(value: string | null | undefined, max: number, rule: string, field: string): RuleViolation | null {
  return value != null && value.trim().length > max
    ? { rule, field, message: `${field} must be at most ${max} characters` }
    : null;
}

/** Every validation rule of seed 004 that applies to a booking form, in a stable order. */
export function validateBookingForm(form: BookingForm): RuleViolation[] {
  const missing = REQUIRED.filter((f) => blank(form[f]));
  const violations: Array<RuleViolation | null> = missing.map((field) => ({
    rule: "required_fields_present",
    field,
    message: `${field} is required`,
  }));
  const email = form.email?.trim() ?? "";
  if (!blank(form.email)) {
    if (email.length > LIMITS.email)
      violations.push({
        rule: "email_length_limit",
        field: "email",
        message: `email must be at most ${LIMITS.email} characters`,
      });
    else if (!isEmailFormat(email))
      violations.push({ rule: "email_format", field: "email", message: "email is not a valid e-mail address" });
  }
  violations.push(
    tooLong(form.firstName, LIMITS.name, "name_field_length", "firstName"),
    tooLong(form.lastName, LIMITS.name, "name_field_length", "lastName"),
    tooLong(form.organizationName, LIMITS.organizationName, "organization_name_length", "organizationName"),
    !blank(form.phone) && normalizePhone(form.phone!) === null
      ? { rule: "phone_format_if_provided", field: "phone", message: "phone is not a valid phone number" }
      : null,
    tooLong(form.notes, LIMITS.notes, "notes_length_limit", "notes"),
    // Not in the seed's list: the other free-text fields are bounded too (one rule name for them).
    tooLong(form.roleTitle, LIMITS.roleTitle, "text_length_limit", "roleTitle"),
    tooLong(form.currentSolution, LIMITS.currentSolution, "text_length_limit", "currentSolution"),
    tooLong(form.preferredDemoTiming, LIMITS.preferredDemoTiming, "text_length_limit", "preferredDemoTiming"),
    form.organizationSize != null && !(ORGANIZATION_SIZES as readonly string[]).includes(form.organizationSize)
      ? {
          rule: "organization_size_enum",
          field: "organizationSize",
          message: `organizationSize must be one of ${ORGANIZATION_SIZES.join(", ")}`,
        }
      : null,
  );
  return compact(violations);
}

/** A validated form as the booking the use case stores (call only when validateBookingForm found nothing). */
export function normalizeBooking(form: BookingForm): Booking {
  return {
    firstName: form.firstName!.trim(),
    lastName: form.lastName!.trim(),
    email: form.email!.trim(),
    phone: blank(form.phone) ? null : normalizePhone(form.phone!),
    organizationName: form.organizationName!.trim(),
    roleTitle: form.roleTitle!.trim(),
    organizationSize: (form.organizationSize as OrganizationSize | null | undefined) ?? null,
    currentSolution: optional(form.currentSolution),
    preferredDemoTiming: optional(form.preferredDemoTiming),
    notes: optional(form.notes),
  };
}

/** The fields of an existing lead a repeat booking may change. */
export type LeadPatch = Omit<Booking, "email"> & { ipAddress: string | null; bookingCount: number };

/**
 * unique_email_per_lead on a repeat booking: the existing lead takes the new
 * contact details (optional fields left empty keep their previous value) and
 * counts the booking. It never carries masked_ref, created_at, e-mail or
 * status (masked_ref_immutability; the pipeline is sales' business).
 */
export function repeatBookingPatch(
  existing: Pick<Booking, "phone" | "organizationSize" | "currentSolution" | "preferredDemoTiming" | "notes"> & {
    bookingCount: number;
    ipAddress: string | null;
  },
  booking: Booking,
  ipAddress: string | null,
): LeadPatch {
  return {
    firstName: booking.firstName,
    lastName: booking.lastName,
    phone: booking.phone ?? existing.phone,
    organizationName: booking.organizationName,
    roleTitle: booking.roleTitle,
    organizationSize: booking.organizationSize ?? existing.organizationSize,
    currentSolution: booking.currentSolution ?? existing.currentSolution,
    preferredDemoTiming: booking.preferredDemoTiming ?? existing.preferredDemoTiming,
    notes: booking.notes ?? existing.notes,
    ipAddress: ipAddress ?? existing.ipAddress,
    bookingCount: existing.bookingCount + 1,
  };
}

const RANK: Record<LeadStatus, number> = {
  new: 0,
  contacted: 1,
  qualified: 2,
  demo_scheduled: 3,
  converted: 4,
  lost: 4,
};

/**
 * status_transition_ordering: new → contacted → qualified → demo_scheduled →
 * converted or lost. Forward only (skipping ahead is forward; a lead may be
 * lost at any open stage); converted and lost are final; staying put is no move.
 */
export function checkStatusTransition(from: LeadStatus, to: LeadStatus): RuleViolation | null {
  if (RANK[to] > RANK[from]) return null;
  const message =
    RANK[from] === 4 ? `A ${from} lead is final` : `Status may only move forward (from ${from}, not to ${to})`;
  return { rule: "status_transition_ordering", field: "status", message };
}
