/** Contact rules: a contact has a first and a last name (1 to 100 characters). */
import type { RuleViolation } from "./rules.js";

export interface NewContact {
  firstName: string;
  lastName: string;
  municipality?: string | null;
}

export function validateNewContact(input: NewContact): RuleViolation[] {
  const v: RuleViolation[] = [];
  for (const field of ["firstName", "lastName"] as const) {
    const value = input[field].trim();
    if (value.length === 0) v.push({ rule: "required_fields", field, message: `${field} is required` });
    else if (value.length > 100) v.push({ rule: "name_length", field, message: `${field} may be at most 100 characters` });
  }
  return v;
}
