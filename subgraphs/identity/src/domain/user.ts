/**
 * User rules, as plain functions over plain data (no I/O).
 * Names and e-mail are required; e-mail is compared case-insensitively.
 */
export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
}

export type { RuleViolation } from "@meander/validation";
import type { RuleViolation } from "@meander/validation";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validateNewUser(input: NewUser): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!EMAIL.test(input.email.trim()) || input.email.length > 254) {
    violations.push({ rule: "email_format", field: "email", message: "E-mail address is not valid" });
  }
  for (const field of ["firstName", "lastName"] as const) {
    const value = input[field].trim();
    if (value.length === 0 || value.length > 100) {
      violations.push({ rule: "name_length", field, message: `${field} must be 1 to 100 characters` });
    }
  }
  return violations;
}

export function displayName(user: { firstName: string; lastName: string }): string {
  return `${user.firstName} ${user.lastName}`.trim();
}
