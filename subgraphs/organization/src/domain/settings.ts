/**
 * Organization settings (issue #5 item 3), as plain functions over plain data (no I/O): the sections, their
 * defaults, and the validation rules (each named; the rule and field travel in the error's extensions).
 */
import { FEATURE_CAPABILITIES as PLATFORM_CAPABILITIES } from "@meander/events/features";
import { checkLength, compact, type RuleViolation } from "./rules.js";

export const SETTINGS_SECTIONS = [
  "memberships",
  "terminology",
  "feature_flags",
  "branding",
  "external_resources",
  "sensitive_field_policy",
  "bufdir_thresholds",
  "duplicate_detection",
  "impact_multipliers",
  "accounting_integration",
  "retention",
  "activity_rules",
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const LANGUAGES = ["nb", "nn", "en", "se"] as const;
export type Language = (typeof LANGUAGES)[number];

export interface TermLabel {
  key: string;
  language: Language;
  label: string;
}

/**
 * The capabilities an organization administrator may switch on or off, with the platform's default. The
 * platform decides which capabilities exist (one catalog, `@meander/events/features`, which every subgraph enforcing
 * a flag reads too); each organization only overrides the default.
 */
export const FEATURE_CAPABILITIES: Readonly<Record<string, boolean>> = PLATFORM_CAPABILITIES;

export interface FeatureFlag {
  key: string;
  enabled: boolean;
  /** True when the organization overrides the platform default. */
  overridden: boolean;
}

export interface Branding {
  primaryColor: string | null;
  secondaryColor: string | null;
  accentColor: string | null;
  logoUrl: string | null;
}

export const DEFAULT_BRANDING: Branding = {
  primaryColor: null,
  secondaryColor: null,
  accentColor: null,
  logoUrl: null,
};

/** A link of the Resources section (issue 20 item 8: an id, and archived rather than removed; see external-resources.ts). */
export interface ExternalResource {
  id: string;
  title: string;
  url: string;
  description: string | null;
  category: string | null;
  /** ISO instant; null while in use. Archived links are kept for administrators and hidden from everyone else. */
  archivedAt: string | null;
}

/** The contact fields a policy can name (activity owns the contacts; organization only says who sees what). */
export const CONTACT_FIELDS = [
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
export type ContactField = (typeof CONTACT_FIELDS)[number];
export const POLICY_ROLES = ["peer_mentor", "coordinator", "org_admin"] as const;
export type PolicyRole = (typeof POLICY_ROLES)[number];

export interface SensitiveFieldRule {
  field: ContactField;
  /** Encrypted at rest and its reads audited (activity's side). */
  sensitive: boolean;
  /** Roles that never see the field. */
  hiddenFromRoles: PolicyRole[];
}

/** DESIGN.md section 9: what Bufdir counts. Per-organization configuration, with the grant scheme's values as defaults. */
export interface BufdirThresholds {
  groupMinParticipants: number;
  groupMinMinutes: number;
  courseMinMinutesPerDay: number;
  outreachInPersonOnly: boolean;
  requireBasicCourse: boolean;
}

export const DEFAULT_BUFDIR_THRESHOLDS: BufdirThresholds = {
  groupMinParticipants: 3,
  groupMinMinutes: 45,
  courseMinMinutesPerDay: 90,
  outreachInPersonOnly: true,
  requireBasicCourse: true,
};

/** Issue #6 item 5: activities of the same contact and type whose dates lie within this many minutes are flagged (activity's unit). */
export interface DuplicateDetection {
  windowMinutes: number;
}

export const DEFAULT_DUPLICATE_DETECTION: DuplicateDetection = { windowMinutes: 24 * 60 };

/**
 * Issue 24 item 5: a contact inactive (no activity, note or assignment) for this many whole years is proposed for
 * erasure. Default 5 years (the bookkeeping act's horizon, long enough for a contact who pauses and returns);
 * 1 to 10 years: shorter than a year would propose contacts between seasonal activities, longer keeps health data
 * past any purpose the platform knows.
 */
export interface Retention {
  contactInactiveYears: number;
  /** What the retention job does with a contact past it (issue 24 item 5): propose an erasure, or erase. */
  whenPast: "propose" | "erase";
}

export const DEFAULT_RETENTION: Retention = { contactInactiveYears: 5, whenPast: "propose" };
export const RETENTION_YEARS = { min: 1, max: 10 } as const;

/**
 * Issue 20 item 3: activity refuses an activity dated before this day (activity_date_floor). Default 2000-01-01;
 * a real calendar day (YYYY-MM-DD) from 1900-01-01 to today (activity_date_floor_format): a floor in the future
 * would refuse every registration.
 */
export interface ActivityRules {
  activityDateFloor: string;
}

export const DEFAULT_ACTIVITY_RULES: ActivityRules = { activityDateFloor: "2000-01-01" };
export const EARLIEST_ACTIVITY_DATE_FLOOR = "1900-01-01";

/** The yearly summary ("Wrapped") multiplies a metric by a factor (e.g. `people_reached_per_visit` 2.5). */
export interface ImpactMultiplier {
  metric: string;
  factor: number;
}

const KEY = /^[a-z][a-z0-9_.]{0,63}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

const violation = (rule: string, field: string, message: string): RuleViolation => ({ rule, field, message });

function httpsUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Finds the first duplicate by `keyOf`, or null. */
function firstDuplicate<T>(items: readonly T[], keyOf: (item: T) => string): number | null {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const k = keyOf(item);
    if (seen.has(k)) return i;
    seen.add(k);
  }
  return null;
}

export function validateTerminology(labels: readonly TermLabel[]): RuleViolation[] {
  if (labels.length > 500) return [violation("terminology_count", "terminology", "At most 500 labels")];
  const out: Array<RuleViolation | null> = [];
  labels.forEach((l, i) => {
    if (!KEY.test(l.key))
      out.push(
        violation(
          "terminology_key_format",
          `terminology[${i}].key`,
          "A key is lower-case letters, digits, '_' or '.', 1 to 64 characters",
        ),
      );
    if (!(LANGUAGES as readonly string[]).includes(l.language))
      out.push(
        violation(
          "terminology_language",
          `terminology[${i}].language`,
          `Language must be one of ${LANGUAGES.join(", ")}`,
        ),
      );
    out.push(checkLength(l.label, 100, "terminology_label_length", `terminology[${i}].label`));
  });
  const dup = firstDuplicate(labels, (l) => `${l.key}\u0000${l.language}`);
  if (dup !== null) out.push(violation("terminology_unique", `terminology[${dup}]`, "One label per key and language"));
  return compact(out);
}

export function validateFeatureFlags(flags: readonly { key: string; enabled: boolean }[]): RuleViolation[] {
  const out: Array<RuleViolation | null> = flags.map((f, i) =>
    Object.hasOwn(FEATURE_CAPABILITIES, f.key)
      ? null
      : violation("feature_flag_known", `featureFlags[${i}].key`, `Unknown capability: ${f.key}`),
  );
  const dup = firstDuplicate(flags, (f) => f.key);
  if (dup !== null) out.push(violation("feature_flag_unique", `featureFlags[${dup}].key`, "Each capability once"));
  return compact(out);
}

/** The effective flags: every known capability, the organization's override or the platform default. */
export function effectiveFeatureFlags(overrides: Readonly<Record<string, boolean>>): FeatureFlag[] {
  return Object.entries(FEATURE_CAPABILITIES).map(([key, byDefault]) => {
    const overridden = Object.hasOwn(overrides, key);
    return { key, enabled: overridden ? overrides[key]! : byDefault, overridden };
  });
}

/** Applies new toggles to the stored overrides; a toggle equal to the default drops the override. */
export function mergeFeatureFlags(
  overrides: Readonly<Record<string, boolean>>,
  flags: readonly { key: string; enabled: boolean }[],
): Record<string, boolean> {
  const next: Record<string, boolean> = { ...overrides };
  for (const f of flags) {
    if (FEATURE_CAPABILITIES[f.key] === f.enabled) delete next[f.key];
    else next[f.key] = f.enabled;
  }
  return next;
}

export function validateBranding(b: Branding): RuleViolation[] {
  return compact([
    ...(["primaryColor", "secondaryColor", "accentColor"] as const).map((field) =>
      b[field] !== null && !COLOR.test(b[field])
        ? violation("color_format", `branding.${field}`, "A colour is #RRGGBB")
        : null,
    ),
    b.logoUrl !== null && !httpsUrl(b.logoUrl)
      ? violation("logo_url_format", "branding.logoUrl", "The logo URL must be an https URL of at most 2048 characters")
      : null,
  ]);
}

/** The active links (archived ones are not checked again): at most 100, each well-formed. */
export function validateExternalResources(
  resources: ReadonlyArray<Pick<ExternalResource, "title" | "url" | "description" | "category">>,
): RuleViolation[] {
  if (resources.length > 100) return [violation("external_resource_count", "externalResources", "At most 100 links")];
  const out: Array<RuleViolation | null> = [];
  resources.forEach((r, i) => {
    out.push(checkLength(r.title, 120, "resource_title_length", `externalResources[${i}].title`));
    if (!httpsUrl(r.url))
      out.push(
        violation(
          "resource_url_format",
          `externalResources[${i}].url`,
          "A link must be an https URL of at most 2048 characters",
        ),
      );
    if (r.description !== null && r.description.length > 500)
      out.push(
        violation("resource_description_length", `externalResources[${i}].description`, "At most 500 characters"),
      );
    if (r.category !== null)
      out.push(checkLength(r.category, 60, "resource_category_length", `externalResources[${i}].category`));
  });
  return compact(out);
}

export function validateSensitiveFieldPolicy(rules: readonly SensitiveFieldRule[]): RuleViolation[] {
  const out: Array<RuleViolation | null> = [];
  rules.forEach((r, i) => {
    if (!(CONTACT_FIELDS as readonly string[]).includes(r.field))
      out.push(
        violation("sensitive_field_known", `sensitiveFieldPolicy[${i}].field`, `Unknown contact field: ${r.field}`),
      );
    if (r.hiddenFromRoles.some((role) => !(POLICY_ROLES as readonly string[]).includes(role))) {
      out.push(
        violation(
          "hidden_role_valid",
          `sensitiveFieldPolicy[${i}].hiddenFromRoles`,
          `Roles must be among ${POLICY_ROLES.join(", ")}`,
        ),
      );
    }
  });
  const dup = firstDuplicate(rules, (r) => r.field);
  if (dup !== null)
    out.push(violation("sensitive_field_unique", `sensitiveFieldPolicy[${dup}].field`, "Each field once"));
  return compact(out);
}

const intIn = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;

export function validateBufdirThresholds(t: BufdirThresholds): RuleViolation[] {
  const range = (field: keyof BufdirThresholds, ok: boolean, what: string) =>
    ok ? null : violation("bufdir_threshold_range", `bufdirThresholds.${field}`, `${field} must be ${what}`);
  return compact([
    range("groupMinParticipants", intIn(t.groupMinParticipants, 1, 100), "a whole number from 1 to 100"),
    range("groupMinMinutes", intIn(t.groupMinMinutes, 1, 1440), "a whole number of minutes from 1 to 1440"),
    range(
      "courseMinMinutesPerDay",
      intIn(t.courseMinMinutesPerDay, 1, 1440),
      "a whole number of minutes from 1 to 1440",
    ),
  ]);
}

export function validateRetention(r: Retention): RuleViolation[] {
  return intIn(r.contactInactiveYears, RETENTION_YEARS.min, RETENTION_YEARS.max)
    ? []
    : [
        violation(
          "retention_years_range",
          "retention.contactInactiveYears",
          `A contact is kept ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max} whole years after their last activity`,
        ),
      ];
}

/** `today` is the caller's UTC day (YYYY-MM-DD). */
export function validateActivityRules(r: ActivityRules, today: string): RuleViolation[] {
  const d = r.activityDateFloor;
  const real = /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  return real && d >= EARLIEST_ACTIVITY_DATE_FLOOR && d <= today
    ? []
    : [
        violation(
          "activity_date_floor_format",
          "activityRules.activityDateFloor",
          `The earliest activity date is a day (YYYY-MM-DD) from ${EARLIEST_ACTIVITY_DATE_FLOOR} to today`,
        ),
      ];
}

export function validateDuplicateDetection(d: DuplicateDetection): RuleViolation[] {
  return intIn(d.windowMinutes, 1, 43_200)
    ? []
    : [
        violation(
          "duplicate_window_range",
          "duplicateDetection.windowMinutes",
          "The window is 1 minute to 30 days (43200 minutes)",
        ),
      ];
}

export function validateImpactMultipliers(items: readonly ImpactMultiplier[]): RuleViolation[] {
  if (items.length > 50) return [violation("impact_multiplier_count", "impactMultipliers", "At most 50 multipliers")];
  const out: Array<RuleViolation | null> = [];
  items.forEach((m, i) => {
    if (!KEY.test(m.metric))
      out.push(
        violation(
          "impact_metric_format",
          `impactMultipliers[${i}].metric`,
          "A metric is lower-case letters, digits, '_' or '.', 1 to 64 characters",
        ),
      );
    if (!Number.isFinite(m.factor) || m.factor < 0 || m.factor > 10_000)
      out.push(violation("impact_multiplier_range", `impactMultipliers[${i}].factor`, "A factor is 0 to 10000"));
  });
  const dup = firstDuplicate(items, (m) => m.metric);
  if (dup !== null) out.push(violation("impact_metric_unique", `impactMultipliers[${dup}].metric`, "Each metric once"));
  return compact(out);
}

export function validateMaxMemberships(max: number): RuleViolation[] {
  return intIn(max, 1, 20)
    ? []
    : [violation("max_memberships_range", "maxMembershipsPerUser", "Max memberships per user must be 1 to 20")];
}

/** Optimistic concurrency: an administrator who read version N changes only version N. */
export function checkExpectedVersion(expected: number | null | undefined, current: number): RuleViolation | null {
  return expected !== null && expected !== undefined && expected !== current
    ? violation(
        "settings_version",
        "expectedVersion",
        `The settings changed since version ${expected} (now ${current}); reload and try again`,
      )
    : null;
}
