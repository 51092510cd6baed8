import { describe, expect, it } from "vitest";
import { serializeCredentials, validateAccountingIntegration } from "./integration.js";
import {
  DEFAULT_BUFDIR_THRESHOLDS,
  FEATURE_CAPABILITIES,
  checkExpectedVersion,
  effectiveFeatureFlags,
  mergeFeatureFlags,
  validateBranding,
  validateBufdirThresholds,
  validateDuplicateDetection,
  validateRetention,
  validateActivityRules,
  DEFAULT_ACTIVITY_RULES,
  DEFAULT_RETENTION,
  validateExternalResources,
  validateFeatureFlags,
  validateImpactMultipliers,
  validateMaxMemberships,
  validateSensitiveFieldPolicy,
  validateTerminology,
  type Language,
} from "./settings.js";

const rules = (violations: Array<{ rule: string }>) => violations.map((v) => v.rule);
const label = (key: string, language: string, text: string) => ({ key, language: language as Language, label: text });

describe("settings rules", () => {
  it("terminology: key format, language, label length, one label per key and language", () => {
    expect(
      validateTerminology([label("peer_mentor", "nb", "Likeperson"), label("peer_mentor", "nn", "Likeperson")]),
    ).toEqual([]);
    expect(rules(validateTerminology([label("Peer Mentor", "nb", "x")]))).toEqual(["terminology_key_format"]);
    expect(rules(validateTerminology([label("peer_mentor", "de", "x")]))).toEqual(["terminology_language"]);
    expect(rules(validateTerminology([label("peer_mentor", "nb", "  ")]))).toEqual(["terminology_label_length"]);
    expect(rules(validateTerminology([label("peer_mentor", "nb", "x".repeat(101))]))).toEqual([
      "terminology_label_length",
    ]);
    expect(rules(validateTerminology([label("a", "nb", "x"), label("a", "nb", "y")]))).toEqual(["terminology_unique"]);
    expect(rules(validateTerminology(Array.from({ length: 501 }, (_, i) => label(`k${i}`, "nb", "x"))))).toEqual([
      "terminology_count",
    ]);
  });

  it("feature flags: known capabilities only, each once; the effective value is the override or the default", () => {
    expect(rules(validateFeatureFlags([{ key: "teleportation", enabled: true }]))).toEqual(["feature_flag_known"]);
    expect(
      rules(
        validateFeatureFlags([
          { key: "events", enabled: true },
          { key: "events", enabled: false },
        ]),
      ),
    ).toEqual(["feature_flag_unique"]);
    const overrides = mergeFeatureFlags({}, [
      { key: "events", enabled: false },
      { key: "referrals", enabled: false },
    ]);
    // referrals is off by default: no override is stored for it.
    expect(overrides).toEqual({ events: false });
    const flags = effectiveFeatureFlags(overrides);
    expect(flags).toHaveLength(Object.keys(FEATURE_CAPABILITIES).length);
    expect(flags.find((f) => f.key === "events")).toEqual({ key: "events", enabled: false, overridden: true });
    expect(flags.find((f) => f.key === "badges")).toEqual({ key: "badges", enabled: true, overridden: false });
    // Back to the default drops the override.
    expect(mergeFeatureFlags(overrides, [{ key: "events", enabled: true }])).toEqual({});
  });

  it("branding: #RRGGBB colours and an https logo", () => {
    const ok = {
      primaryColor: "#00543C",
      secondaryColor: null,
      accentColor: "#ffcc00",
      logoUrl: "https://cdn.nhf.no/logo.svg",
    };
    expect(validateBranding(ok)).toEqual([]);
    expect(rules(validateBranding({ ...ok, primaryColor: "green" }))).toEqual(["color_format"]);
    expect(rules(validateBranding({ ...ok, accentColor: "#fff" }))).toEqual(["color_format"]);
    expect(rules(validateBranding({ ...ok, logoUrl: "http://cdn.nhf.no/logo.svg" }))).toEqual(["logo_url_format"]);
    expect(rules(validateBranding({ ...ok, logoUrl: "javascript:alert(1)" }))).toEqual(["logo_url_format"]);
  });

  it("external resources: title, https URL, description and category lengths", () => {
    const ok = { title: "Bufdir", url: "https://www.bufdir.no", description: null, category: null };
    expect(validateExternalResources([ok])).toEqual([]);
    expect(rules(validateExternalResources([{ ...ok, title: "" }]))).toEqual(["resource_title_length"]);
    expect(rules(validateExternalResources([{ ...ok, url: "ftp://bufdir.no" }]))).toEqual(["resource_url_format"]);
    expect(rules(validateExternalResources([{ ...ok, description: "x".repeat(501) }]))).toEqual([
      "resource_description_length",
    ]);
    expect(rules(validateExternalResources([{ ...ok, category: "x".repeat(61) }]))).toEqual([
      "resource_category_length",
    ]);
  });

  it("sensitive field policy: known fields, valid roles, each field once", () => {
    expect(
      validateSensitiveFieldPolicy([
        { field: "health_information", sensitive: true, hiddenFromRoles: ["peer_mentor"] },
      ]),
    ).toEqual([]);
    expect(
      rules(validateSensitiveFieldPolicy([{ field: "shoe_size" as never, sensitive: true, hiddenFromRoles: [] }])),
    ).toEqual(["sensitive_field_known"]);
    expect(
      rules(
        validateSensitiveFieldPolicy([{ field: "phone", sensitive: true, hiddenFromRoles: ["global_admin" as never] }]),
      ),
    ).toEqual(["hidden_role_valid"]);
    expect(
      rules(
        validateSensitiveFieldPolicy([
          { field: "phone", sensitive: true, hiddenFromRoles: [] },
          { field: "phone", sensitive: false, hiddenFromRoles: [] },
        ]),
      ),
    ).toEqual(["sensitive_field_unique"]);
  });

  it("Bufdir thresholds, duplicate window, impact multipliers and the membership limit stay in range", () => {
    expect(validateBufdirThresholds(DEFAULT_BUFDIR_THRESHOLDS)).toEqual([]);
    expect(rules(validateBufdirThresholds({ ...DEFAULT_BUFDIR_THRESHOLDS, groupMinParticipants: 0 }))).toEqual([
      "bufdir_threshold_range",
    ]);
    expect(rules(validateBufdirThresholds({ ...DEFAULT_BUFDIR_THRESHOLDS, groupMinMinutes: 44.5 }))).toEqual([
      "bufdir_threshold_range",
    ]);
    expect(rules(validateBufdirThresholds({ ...DEFAULT_BUFDIR_THRESHOLDS, courseMinMinutesPerDay: 1441 }))).toEqual([
      "bufdir_threshold_range",
    ]);
    expect(validateDuplicateDetection({ windowMinutes: 48 })).toEqual([]);
    expect(rules(validateDuplicateDetection({ windowMinutes: 0 }))).toEqual(["duplicate_window_range"]);
    expect(rules(validateDuplicateDetection({ windowMinutes: 43_201 }))).toEqual(["duplicate_window_range"]);
    expect(validateRetention(DEFAULT_RETENTION)).toEqual([]);
    for (const years of [0, 11, 2.5])
      expect(rules(validateRetention({ contactInactiveYears: years, whenPast: "propose" }))).toEqual([
        "retention_years_range",
      ]);
    expect(validateActivityRules(DEFAULT_ACTIVITY_RULES, "2026-12-07")).toEqual([]);
    expect(validateActivityRules({ activityDateFloor: "2026-12-07" }, "2026-12-07")).toEqual([]);
    for (const d of ["2026-12-08", "2023-02-29", "1899-12-31", "2020-1-1", "x"])
      expect(rules(validateActivityRules({ activityDateFloor: d }, "2026-12-07"))).toEqual([
        "activity_date_floor_format",
      ]);
    expect(validateImpactMultipliers([{ metric: "people_reached_per_visit", factor: 2.5 }])).toEqual([]);
    expect(rules(validateImpactMultipliers([{ metric: "x", factor: -1 }]))).toEqual(["impact_multiplier_range"]);
    expect(rules(validateImpactMultipliers([{ metric: "x", factor: Number.NaN }]))).toEqual([
      "impact_multiplier_range",
    ]);
    expect(rules(validateImpactMultipliers([{ metric: "X Y", factor: 1 }]))).toEqual(["impact_metric_format"]);
    expect(
      rules(
        validateImpactMultipliers([
          { metric: "x", factor: 1 },
          { metric: "x", factor: 2 },
        ]),
      ),
    ).toEqual(["impact_metric_unique"]);
    expect(validateMaxMemberships(5)).toEqual([]);
    expect(rules(validateMaxMemberships(0))).toEqual(["max_memberships_range"]);
    expect(rules(validateMaxMemberships(21))).toEqual(["max_memberships_range"]);
  });

  it("expected version: only the current one passes (settings_version)", () => {
    expect(checkExpectedVersion(undefined, 4)).toBeNull();
    expect(checkExpectedVersion(4, 4)).toBeNull();
    expect(checkExpectedVersion(3, 4)?.rule).toBe("settings_version");
  });
});

describe("accounting integration rules", () => {
  const base = {
    system: "xledger",
    enabled: false,
    accountMapping: [{ expenseTypeKey: "mileage", account: "7100", costCenter: null }],
  };

  it("accepts a known system with a mapping, and an enabled one with credentials", () => {
    expect(validateAccountingIntegration(base, false)).toEqual([]);
    expect(
      validateAccountingIntegration(
        { ...base, enabled: true, credentials: [{ name: "apiToken", value: "s3cret" }] },
        false,
      ),
    ).toEqual([]);
    expect(validateAccountingIntegration({ ...base, enabled: true }, true)).toEqual([]);
  });

  it("names every rule", () => {
    expect(rules(validateAccountingIntegration({ ...base, system: "sap" }, false))).toEqual([
      "accounting_system_known",
    ]);
    expect(
      rules(
        validateAccountingIntegration(
          { ...base, accountMapping: [{ expenseTypeKey: "mileage", account: "71 00", costCenter: null }] },
          false,
        ),
      ),
    ).toEqual(["account_mapping_format"]);
    expect(
      rules(
        validateAccountingIntegration(
          {
            ...base,
            accountMapping: [...base.accountMapping, { expenseTypeKey: "mileage", account: "7200", costCenter: null }],
          },
          false,
        ),
      ),
    ).toEqual(["account_mapping_unique"]);
    expect(rules(validateAccountingIntegration({ ...base, entityCode: "ENTITET 1" }, false))).toEqual([
      "entity_code_format",
    ]);
    expect(
      validateAccountingIntegration(
        { ...base, entityCode: "1001", accountMapping: [{ ...base.accountMapping[0]!, project: "P-7", vatCode: "0" }] },
        false,
      ),
    ).toEqual([]);
    expect(
      rules(
        validateAccountingIntegration(
          { ...base, accountMapping: [{ ...base.accountMapping[0]!, project: "P 7", vatCode: "12345678901" }] },
          false,
        ),
      ),
    ).toEqual(["account_mapping_format", "account_mapping_format"]);
    expect(rules(validateAccountingIntegration({ ...base, enabled: true }, false))).toEqual([
      "integration_credentials_required",
    ]);
    expect(rules(validateAccountingIntegration({ ...base, enabled: true, clearCredentials: true }, true))).toEqual([
      "integration_credentials_required",
    ]);
    expect(
      rules(validateAccountingIntegration({ ...base, credentials: [{ name: "apiToken", value: "" }] }, false)),
    ).toEqual(["credentials_format"]);
    expect(
      rules(
        validateAccountingIntegration(
          { ...base, credentials: [{ name: "a", value: "1" }], clearCredentials: true },
          false,
        ),
      ),
    ).toEqual(["credentials_conflict"]);
  });

  it("serializes credentials the same way whatever their order", () => {
    const a = [
      { name: "clientId", value: "1" },
      { name: "clientSecret", value: "2" },
    ];
    expect(serializeCredentials(a)).toBe(serializeCredentials([...a].reverse()));
    expect(JSON.parse(serializeCredentials(a))).toEqual({ clientId: "1", clientSecret: "2" });
  });
});
