/**
 * updateOrganizationSettings (issue #5 item 3): every given section is validated, stored, recorded in the
 * change history and published as `organization.settings.changed` (one event per section), all in one
 * transaction; the settings version grows by one per call.
 */
import { refuseIfAny } from "@meander/validation";
import { randomUUID } from "node:crypto";
import type { UnitOfWork } from "@meander/events";
import { scopes } from "@meander/db";
import type { OrganizationSettingsRow, SettingsPatch } from "../db/repositories/settings.js";
import { lockSettings, publishSettingsChange } from "./settings-change.js";
import {
  DEFAULT_BRANDING,
  DEFAULT_BUFDIR_THRESHOLDS,
  DEFAULT_DUPLICATE_DETECTION,
  effectiveFeatureFlags,
  mergeFeatureFlags,
  validateBranding,
  validateBufdirThresholds,
  validateDuplicateDetection,
  validateRetention,
  DEFAULT_RETENTION,
  type Retention,
  DEFAULT_ACTIVITY_RULES,
  validateActivityRules,
  type ActivityRules,
  validateExternalResources,
  validateFeatureFlags,
  validateImpactMultipliers,
  validateMaxMemberships,
  validateSensitiveFieldPolicy,
  validateTerminology,
  type Branding,
  type BufdirThresholds,
  type ExternalResource,
  type ImpactMultiplier,
  type Language,
  type PolicyRole,
  type SensitiveFieldRule,
  type SettingsSection,
  type TermLabel,
} from "../domain/settings.js";
import type { RuleViolation } from "../domain/rules.js";
import { targetOrganization, type Actor } from "./actor.js";
import { publishedResources } from "../domain/external-resources.js";

export interface SettingsInput {
  organizationId?: string | null;
  expectedVersion?: number | null;
  maxMembershipsPerUser?: number | null;
  terminology?: ReadonlyArray<{ key: string; language: string; label: string }> | null;
  featureFlags?: ReadonlyArray<{ key: string; enabled: boolean }> | null;
  branding?: {
    primaryColor?: string | null;
    secondaryColor?: string | null;
    accentColor?: string | null;
    logoUrl?: string | null;
  } | null;
  externalResources?: ReadonlyArray<{
    title: string;
    url: string;
    description?: string | null;
    category?: string | null;
  }> | null;
  sensitiveFieldPolicy?: ReadonlyArray<{
    field: string;
    sensitive: boolean;
    hiddenFromRoles: readonly string[];
  }> | null;
  bufdirThresholds?: Partial<{ [K in keyof BufdirThresholds]: BufdirThresholds[K] | null }> | null;
  duplicateDetection?: { windowMinutes: number } | null;
  retention?: { contactInactiveYears: number; whenPast?: "PROPOSE" | "ERASE" | null } | null;
  activityRules?: { activityDateFloor: string } | null;
  impactMultipliers?: ReadonlyArray<{ metric: string; factor: number }> | null;
}

/** The effective (defaults applied) thresholds, branding and duplicate window of a settings row. */
export const thresholdsOf = (row: OrganizationSettingsRow): BufdirThresholds => ({
  ...DEFAULT_BUFDIR_THRESHOLDS,
  ...row.bufdirThresholds,
});
export const brandingOf = (row: OrganizationSettingsRow): Branding => ({ ...DEFAULT_BRANDING, ...row.branding });
export const duplicateDetectionOf = (row: OrganizationSettingsRow) => ({
  ...DEFAULT_DUPLICATE_DETECTION,
  ...row.duplicateDetection,
});
export const retentionOf = (row: OrganizationSettingsRow): Retention => ({ ...DEFAULT_RETENTION, ...row.retention });
export const activityRulesOf = (row: OrganizationSettingsRow): ActivityRules => ({
  ...DEFAULT_ACTIVITY_RULES,
  ...row.activityRules,
});

const clean = (v: string | null | undefined): string | null =>
  v === null || v === undefined || v.trim() === "" ? null : v.trim();

interface Change {
  section: Exclude<SettingsSection, "accounting_integration">;
  patch: SettingsPatch;
  values: (row: OrganizationSettingsRow) => Record<string, unknown>;
}

/** Normalizes and validates each given section against the current row; the changes to make, or the violations. */
function plan(
  input: SettingsInput,
  current: OrganizationSettingsRow,
  now: Date,
): { changes: Change[]; violations: RuleViolation[] } {
  const changes: Change[] = [];
  const violations: RuleViolation[] = [];
  const add = (found: RuleViolation[], change: Change) =>
    found.length ? violations.push(...found) : changes.push(change);
  if (input.maxMembershipsPerUser != null) {
    const max = input.maxMembershipsPerUser;
    add(validateMaxMemberships(max), {
      section: "memberships",
      patch: { maxMembershipsPerUser: max },
      values: (r) => ({ maxMembershipsPerUser: r.maxMembershipsPerUser }),
    });
  }
  if (input.terminology != null) {
    const labels: TermLabel[] = input.terminology.map((l) => ({
      key: l.key.trim(),
      language: l.language.trim().toLowerCase() as Language,
      label: l.label.trim(),
    }));
    add(validateTerminology(labels), {
      section: "terminology",
      patch: { terminology: labels },
      values: (r) => ({ labels: r.terminology }),
    });
  }
  if (input.featureFlags != null) {
    const flags = input.featureFlags.map((f) => ({ key: f.key.trim(), enabled: f.enabled }));
    add(validateFeatureFlags(flags), {
      section: "feature_flags",
      patch: { featureFlags: mergeFeatureFlags(current.featureFlags, flags) },
      values: (r) => ({
        flags: Object.fromEntries(effectiveFeatureFlags(r.featureFlags).map((f) => [f.key, f.enabled])),
      }),
    });
  }
  if (input.branding != null) {
    const b = input.branding;
    const branding: Branding = {
      primaryColor: clean(b.primaryColor),
      secondaryColor: clean(b.secondaryColor),
      accentColor: clean(b.accentColor),
      logoUrl: clean(b.logoUrl),
    };
    add(validateBranding(branding), {
      section: "branding",
      patch: { branding },
      values: (r) => ({ ...brandingOf(r) }),
    });
  }
  if (input.externalResources != null) {
    // Replaces the links in use (new ids); archived ones are kept, for administrators to restore (issue 20 item 8).
    const resources: ExternalResource[] = input.externalResources.map((r) => ({
      id: randomUUID(),
      title: r.title.trim(),
      url: r.url.trim(),
      description: clean(r.description),
      category: clean(r.category),
      archivedAt: null,
    }));
    const archived = current.externalResources.filter((r) => r.archivedAt !== null);
    add(validateExternalResources(resources), {
      section: "external_resources",
      patch: { externalResources: [...resources, ...archived] },
      values: (r) => publishedResources(r.externalResources),
    });
  }
  if (input.sensitiveFieldPolicy != null) {
    const rules = input.sensitiveFieldPolicy.map((r) => ({
      field: r.field,
      sensitive: r.sensitive,
      hiddenFromRoles: [...new Set(r.hiddenFromRoles)] as PolicyRole[],
    })) as SensitiveFieldRule[];
    add(validateSensitiveFieldPolicy(rules), {
      section: "sensitive_field_policy",
      patch: { sensitiveFieldPolicy: rules },
      values: (r) => ({ rules: r.sensitiveFieldPolicy }),
    });
  }
  if (input.bufdirThresholds != null) {
    const given = Object.fromEntries(
      Object.entries(input.bufdirThresholds).filter(([, v]) => v !== null && v !== undefined),
    );
    const thresholds: BufdirThresholds = { ...thresholdsOf(current), ...given };
    add(validateBufdirThresholds(thresholds), {
      section: "bufdir_thresholds",
      patch: { bufdirThresholds: thresholds },
      values: (r) => ({ ...thresholdsOf(r) }),
    });
  }
  if (input.duplicateDetection != null) {
    const d = { windowMinutes: input.duplicateDetection.windowMinutes };
    add(validateDuplicateDetection(d), {
      section: "duplicate_detection",
      patch: { duplicateDetection: d },
      values: (r) => ({ ...duplicateDetectionOf(r) }),
    });
  }
  if (input.retention != null) {
    const r: Retention = {
      contactInactiveYears: input.retention.contactInactiveYears,
      whenPast: input.retention.whenPast === "ERASE" ? "erase" : "propose",
    };
    add(validateRetention(r), {
      section: "retention",
      patch: { retention: r },
      values: (row) => ({ ...retentionOf(row) }),
    });
  }
  if (input.activityRules != null) {
    const a = { activityDateFloor: input.activityRules.activityDateFloor.trim() };
    add(validateActivityRules(a, now.toISOString().slice(0, 10)), {
      section: "activity_rules",
      patch: { activityRules: a },
      values: (row) => ({ ...activityRulesOf(row) }),
    });
  }
  if (input.impactMultipliers != null) {
    const multipliers: ImpactMultiplier[] = input.impactMultipliers.map((m) => ({
      metric: m.metric.trim(),
      factor: m.factor,
    }));
    add(validateImpactMultipliers(multipliers), {
      section: "impact_multipliers",
      patch: { impactMultipliers: multipliers },
      values: (r) => ({ multipliers: r.impactMultipliers }),
    });
  }
  return { changes, violations };
}

/** org_admin of the organization, or global_admin (targetOrganization decides which organization). */
export async function updateOrganizationSettings(
  uow: UnitOfWork,
  actor: Actor,
  input: SettingsInput,
  opts: { now?: Date } = {},
): Promise<OrganizationSettingsRow> {
  const now = opts.now ?? new Date();
  const organizationId = targetOrganization(actor, input.organizationId);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const { repo, current } = await lockSettings(tx, organizationId, input.expectedVersion);
    const { changes, violations } = plan(input, current, now);
    refuseIfAny(violations);
    if (changes.length === 0) return current;
    const patch = Object.assign({}, ...changes.map((c) => c.patch)) as SettingsPatch;
    const row = await repo.update(patch, current.version + 1, actor.userId);
    for (const c of changes)
      await publishSettingsChange(
        tx,
        events,
        actor.userId,
        { organizationId, version: row.version, section: c.section, values: c.values(row) },
        actor.role,
      );
    return row;
  });
}
