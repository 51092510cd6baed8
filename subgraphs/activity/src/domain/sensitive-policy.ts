/**
 * Who reads which sensitive field of a contact (issue 18 item 3): the organization's `sensitive_field_policy`
 * (organization's settings, projected here from `organization.settings.changed`) over least-privilege defaults.
 * Plain data in, a yes or no out; `application/sensitive.ts` asks it before every decryption and every read of a
 * policy field, so nothing reaches a caller the policy hides.
 *
 * - A rule the organization set for a field decides which roles never see it (`hiddenFromRoles`).
 * - A field without a rule: the default below (health information and notes hidden from organization
 *   administrators, who administer and do not follow anyone up; every other field hidden from nobody).
 * - Always, whatever the rules: a peer mentor sees a contact's sensitive fields (address, health information,
 *   caregivers and next of kin with their phones, notes) only for contacts they work with: an assignment for the
 *   contact dispatched to them (not cancelled), an activity they registered with the contact (not rejected), or a
 *   contact they created. A coordinator sees those of their own local association's contacts (the row scope),
 *   an organization administrator the organization's.
 * - A global administrator acting inside an organization is judged as its administrator.
 */
export const POLICY_FIELDS = [
  "name",
  "phone",
  "email",
  "address",
  "birth_date",
  "gender",
  "municipality",
  "health_information",
  "caregivers",
  "notes",
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];
export type PolicyRole = "peer_mentor" | "coordinator" | "org_admin";

export interface SensitiveRule {
  field: string;
  sensitive: boolean;
  hiddenFromRoles: readonly string[];
}

/** The fields a mentor sees only for the contacts they work with. */
export const RELATIONSHIP_FIELDS: ReadonlySet<PolicyField> = new Set([
  "phone",
  "address",
  "health_information",
  "caregivers",
  "notes",
]);

/** Least privilege where the organization set no rule. */
export const DEFAULT_HIDDEN: Readonly<Partial<Record<PolicyField, readonly PolicyRole[]>>> = {
  health_information: ["org_admin"],
  notes: ["org_admin"],
};

export interface Reader {
  role: "peer_mentor" | "coordinator" | "org_admin" | "global_admin";
}

const policyRole = (r: Reader["role"]): PolicyRole => (r === "global_admin" ? "org_admin" : r);

/** May `reader` see `field` of a contact? `worksWith`: the reader is a mentor working with that contact. */
export function maySee(
  rules: readonly SensitiveRule[],
  reader: Reader,
  field: PolicyField,
  worksWith: boolean,
): boolean {
  const role = policyRole(reader.role);
  const rule = rules.find((r) => r.field === field);
  const hidden = rule ? rule.hiddenFromRoles : (DEFAULT_HIDDEN[field] ?? []);
  if (hidden.includes(role)) return false;
  if (role === "peer_mentor" && RELATIONSHIP_FIELDS.has(field) && !worksWith) return false;
  return true;
}

/** A name the policy hides: the initial only ("K."), so the contact stays recognizable to whoever works with them. */
export const maskedName = (name: string): string => (name.trim() ? `${name.trim().charAt(0)}.` : "");
