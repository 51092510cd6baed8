/**
 * The platform's catalog of capabilities an organization may switch on or off, each with the platform default
 * (DESIGN.md section 3: organization owns the flags; every subgraph enforces those of its capabilities, learning an
 * organization's choice from `organization.settings.changed`, section `feature_flags`). Plain data, no imports: the
 * organization's pure domain rules read it too (`@meander/events/features`).
 */
export const FEATURE_CAPABILITIES = {
  activity_registration: true,
  proxy_registration: true,
  bulk_registration: true,
  expense_reimbursement: true,
  encrypted_assignments: false,
  events: true,
  certifications: true,
  courses: true,
  badges: true,
  referrals: false,
  annual_summary: true,
  bufdir_export: true,
  accounting_export: false,
  caregiver_contacts: true,
  notes: true,
  toolbox: true,
} as const satisfies Record<string, boolean>;

export type FeatureFlag = keyof typeof FEATURE_CAPABILITIES;

export const isFeatureFlag = (key: string): key is FeatureFlag => Object.hasOwn(FEATURE_CAPABILITIES, key);

/** An organization's effective flags: its overrides over the platform defaults (unknown keys dropped). */
export function effectiveFlags(
  overrides: Readonly<Record<string, boolean>> | null | undefined,
): Record<FeatureFlag, boolean> {
  const out: Record<string, boolean> = { ...FEATURE_CAPABILITIES };
  for (const [k, v] of Object.entries(overrides ?? {})) if (isFeatureFlag(k)) out[k] = v;
  return out as Record<FeatureFlag, boolean>;
}
