/** Contact rules: a contact has a first and a last name (1 to 100 characters). */
import { normalizePhone } from "@meander/validation";
import type { RuleViolation } from "./rules.js";

export interface NewContact {
  firstName: string;
  lastName: string;
  municipality?: string | null;
}

const LABELS = { firstName: "Fornavn", lastName: "Etternavn" } as const;

export function validateNewContact(input: NewContact): RuleViolation[] {
  const v: RuleViolation[] = [];
  for (const field of ["firstName", "lastName"] as const) {
    const value = input[field].trim();
    if (value.length === 0) v.push({ rule: "required_fields", field, message: `${LABELS[field]} må fylles ut` });
    else if (value.length > 100)
      v.push({ rule: "name_length", field, message: `${LABELS[field]} kan ha høyst 100 tegn` });
  }
  return v;
}

/**
 * phone_format: a caregiver's or next of kin's phone, when given, is a valid number (Norwegian unless it
 * starts with +), stored in E.164. Null phone when none was given; a violation when it is not a number.
 */
export function relationPhone(
  phone: string | null | undefined,
): { phone: string | null } | { violation: RuleViolation } {
  if (phone === null || phone === undefined || phone.trim().length === 0) return { phone: null };
  const normalized = normalizePhone(phone);
  return normalized === null
    ? {
        violation: {
          rule: "phone_format",
          field: "phone",
          message: "Telefonnummeret er ikke gyldig (for eksempel 912 34 567 eller +46 70 123 45 67)",
        },
      }
    : { phone: normalized };
}
