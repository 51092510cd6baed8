import { forbiddenBy } from "@meander/validation";
import type { ContactField, OrganizationSettingsResolvers, PolicyRole } from "../__generated__/resolvers-types.js";
import { listSettingsHistory } from "../application/settings-history.js";
import {
  activityRulesOf,
  brandingOf,
  duplicateDetectionOf,
  retentionOf,
  thresholdsOf,
} from "../application/settings.js";
import { effectiveFeatureFlags } from "../domain/settings.js";
import { activeResources } from "../domain/external-resources.js";
import { upper } from "../views/enums.js";

// Who reads which field is permissions.ts' business; rows reach here only through the caller's scoped loader.
export const OrganizationSettings: OrganizationSettingsResolvers = {
  terminology: (s, { language }) =>
    language ? s.terminology.filter((l) => l.language === language.toLowerCase()) : s.terminology,
  featureFlags: (s) => effectiveFeatureFlags(s.featureFlags),
  branding: (s) => brandingOf(s),
  externalResources: (s, { includeArchived }, ctx) => {
    if (!includeArchived) return activeResources(s.externalResources);
    const role = ctx.viewer?.role;
    if (role !== "org_admin" && role !== "global_admin")
      throw forbiddenBy("archived_content_access", "Only administrators see archived resources");
    return s.externalResources;
  },
  sensitiveFieldPolicy: (s) =>
    s.sensitiveFieldPolicy.map((r) => ({
      field: upper<ContactField>(r.field),
      sensitive: r.sensitive,
      hiddenFromRoles: r.hiddenFromRoles.map((x) => upper<PolicyRole>(x)),
    })),
  bufdirThresholds: (s) => thresholdsOf(s),
  duplicateDetection: (s) => duplicateDetectionOf(s),
  retention: (s) => {
    const r = retentionOf(s);
    return { contactInactiveYears: r.contactInactiveYears, whenPast: r.whenPast === "erase" ? "ERASE" : "PROPOSE" };
  },
  activityRules: (s) => activityRulesOf(s),
  accountingIntegration: async (s, _args, ctx) =>
    (await ctx.repos.settingsOf(s.organizationId).integration("accounting")) ?? null,
  updatedBy: (s) => (s.updatedBy ? { id: s.updatedBy } : null),
  history: (s, args, ctx) =>
    listSettingsHistory(ctx.repos.settingsOf(s.organizationId), {
      ...args,
      section: args.section?.toLowerCase() ?? null,
    }),
};
