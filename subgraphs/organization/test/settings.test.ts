import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnvelope, generateMasterKey } from "@meander/crypto";
import { queryRows } from "@meander/db";
import { createUnitOfWork, type EventEnvelope } from "@meander/events";
import { startSubgraph, type SubgraphHarness, waitForEvent } from "@meander/testing";
import { SYSTEM_ACTOR } from "../src/application/actor.js";
import { credentialsAad, keyringIn, readAccountingCredentials } from "../src/application/integrations.js";
import { createLocalAssociation } from "../src/application/local-associations.js";
import { createOrganization } from "../src/application/organizations.js";
import { eventStore, organizationIntegrations, organizationSettings } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";

type As = Parameters<SubgraphHarness["call"]>[2];
let h: SubgraphHarness;
const masterKey = generateMasterKey();
const received: EventEnvelope[] = [];
const orgA = randomUUID();
const orgB = randomUUID();
const la: Record<string, string> = {};
const admin = randomUUID();
const adminA = { userId: admin, organizationId: orgA, role: "org_admin" as const };
const adminB = { userId: randomUUID(), organizationId: orgB, role: "org_admin" as const };
const global = { userId: randomUUID(), role: "global_admin" as const, organizationId: null };
let mentorA: As;
let coordinatorA: As;

const UPDATE = `mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version updatedBy { id } } }`;
const MEMBER_VIEW = `query { myOrganization { id settings {
  maxMembershipsPerUser terminology { key language label } featureFlags { key enabled overridden }
  branding { primaryColor secondaryColor accentColor logoUrl } externalResources { title url description category } activityRules { activityDateFloor } } } }`;
const ADMIN_VIEW = `query($id: ID!) { organization(id: $id) { settings {
  version updatedAt updatedBy { id } maxMembershipsPerUser
  sensitiveFieldPolicy { field sensitive hiddenFromRoles }
  bufdirThresholds { groupMinParticipants groupMinMinutes courseMinMinutesPerDay outreachInPersonOnly requireBasicCourse }
  duplicateDetection { windowMinutes } retention { contactInactiveYears } activityRules { activityDateFloor } impactMultipliers { metric factor } } } }`;
const INTEGRATION = `query($id: ID!) { organization(id: $id) { settings { accountingIntegration {
  system enabled accountMapping { expenseTypeKey account costCenter } credentialsConfigured credentialsSetAt credentialsSetBy { id } } } } }`;
const CONFIGURE = `mutation($input: ConfigureAccountingIntegrationInput!) { configureAccountingIntegration(input: $input) {
  system enabled entityCode accountMapping { expenseTypeKey account costCenter project vatCode } credentialsConfigured credentialsSetAt } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String, $section: SettingsSection) { organization(id: $id) { settings {
  history(first: $first, after: $after, section: $section) { edges { node { version section values changedBy { id } changedAt } } pageInfo { hasNextPage endCursor } } } } }`;

const update = (input: Record<string, unknown>, as: As = adminA) => h.call(UPDATE, { input }, as);
const versionOf = async (organizationId: string) =>
  (await h.db.select().from(organizationSettings).where(eq(organizationSettings.organizationId, organizationId)))[0]!
    .version;
const settingsEvents = (organizationId: string) =>
  received.filter((e) => e.type === "organization.settings.changed" && e.organizationId === organizationId);

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, {}, { masterKey }));
  await h.bus.subscribe({
    group: "probe",
    topics: ["meander.organization"],
    handler: async (e) => void received.push(e),
  });
  const uow = createUnitOfWork(h.db, eventStore);
  await createOrganization(uow, SYSTEM_ACTOR, {
    id: orgA,
    name: "Norges Handikapforbund",
    shortName: "NHF",
    maxMembershipsPerUser: 5,
  });
  await createOrganization(uow, SYSTEM_ACTOR, { id: orgB, name: "Hørselshemmedes Landsforbund", shortName: "HLF" });
  la.a1 = (await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId: orgA, name: "NHF Oslo" })).id;
  la.a2 = (await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId: orgA, name: "NHF Bergen" })).id;
  mentorA = { userId: randomUUID(), organizationId: orgA, localAssociationId: la.a1, role: "peer_mentor" as const };
  coordinatorA = {
    userId: randomUUID(),
    organizationId: orgA,
    localAssociationId: la.a1,
    role: "coordinator" as const,
  };
});

afterAll(() => h?.stop());

/** An organization of one test alone, so that test passes alone and in any order (the others change organization A). */
async function ownOrganization(maxMembershipsPerUser = 5) {
  const id = randomUUID();
  const uow = createUnitOfWork(h.db, eventStore);
  const name = `NHF ${id.slice(0, 6)}`;
  await createOrganization(uow, SYSTEM_ACTOR, { id, name, shortName: name, maxMembershipsPerUser });
  const laId = (await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId: id, name: "NHF Tromsø" })).id;
  const mentor = { userId: randomUUID(), organizationId: id, localAssociationId: laId, role: "peer_mentor" as const };
  return {
    id,
    mentor,
    coordinator: { ...mentor, userId: randomUUID(), role: "coordinator" as const },
    admin: { ...adminA, organizationId: id },
  };
}

describe("organization: settings", () => {
  it("starts from the platform defaults, readable by every member; the rest only by administrators", async () => {
    const { id: orgD, mentor, coordinator, admin: adminD } = await ownOrganization();
    const r = await h.call(MEMBER_VIEW, {}, mentor);
    expect(r.errors).toBeUndefined();
    const s = r.data?.myOrganization.settings;
    expect(s).toMatchObject({
      maxMembershipsPerUser: 5,
      terminology: [],
      externalResources: [],
      branding: { primaryColor: null, logoUrl: null },
      activityRules: { activityDateFloor: "2000-01-01" },
    });
    expect(s.featureFlags).toContainEqual({ key: "events", enabled: true, overridden: false });
    expect(s.featureFlags).toContainEqual({ key: "referrals", enabled: false, overridden: false });
    const admin = await h.call(ADMIN_VIEW, { id: orgD }, adminD);
    expect(admin.errors).toBeUndefined();
    expect(admin.data?.organization.settings).toMatchObject({
      version: 1,
      updatedBy: null,
      sensitiveFieldPolicy: [],
      bufdirThresholds: {
        groupMinParticipants: 3,
        groupMinMinutes: 45,
        courseMinMinutesPerDay: 90,
        outreachInPersonOnly: true,
        requireBasicCourse: true,
      },
      duplicateDetection: { windowMinutes: 1440 },
      retention: { contactInactiveYears: 5 },
      activityRules: { activityDateFloor: "2000-01-01" },
      impactMultipliers: [],
    });
    for (const who of [mentor, coordinator]) {
      const denied = await h.call(ADMIN_VIEW, { id: orgD }, who);
      expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const integration = await h.call(INTEGRATION, { id: orgD }, who);
      expect(integration.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    // Another organization's administrator does not find organization A at all.
    expect((await h.call(ADMIN_VIEW, { id: orgD }, adminB)).data?.organization ?? null).toBeNull();
  });

  it("changes terminology, flags, branding and resources: one version, one event per section, readable by members", async () => {
    const { id: orgT, mentor, admin: adminT } = await ownOrganization();
    const input = {
      terminology: [
        { key: "peer_mentor", language: "nb", label: " Likeperson " },
        { key: "peer_mentor", language: "EN", label: "Peer supporter" },
        { key: "local_association", language: "nn", label: "Lokallag" },
      ],
      featureFlags: [
        { key: "referrals", enabled: true },
        { key: "events", enabled: false },
      ],
      branding: { primaryColor: "#00543C", logoUrl: "https://cdn.nhf.no/logo.svg" },
      externalResources: [{ title: "Bufdir", url: "https://www.bufdir.no", category: "Tilskudd" }],
    };
    const r = await update(input, adminT);
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateOrganizationSettings).toEqual({ version: 2, updatedBy: { id: admin } });
    const s = (await h.call(MEMBER_VIEW, {}, mentor)).data?.myOrganization.settings;
    expect(s.terminology).toEqual([
      { key: "peer_mentor", language: "nb", label: "Likeperson" },
      { key: "peer_mentor", language: "en", label: "Peer supporter" },
      { key: "local_association", language: "nn", label: "Lokallag" },
    ]);
    expect(s.featureFlags).toContainEqual({ key: "referrals", enabled: true, overridden: true });
    expect(s.featureFlags).toContainEqual({ key: "events", enabled: false, overridden: true });
    expect(s.branding).toEqual({
      primaryColor: "#00543C",
      secondaryColor: null,
      accentColor: null,
      logoUrl: "https://cdn.nhf.no/logo.svg",
    });
    expect(s.externalResources).toEqual([
      { title: "Bufdir", url: "https://www.bufdir.no", description: null, category: "Tilskudd" },
    ]);
    const NB = `query { myOrganization { settings { terminology(language: "nb") { key label } } } }`;
    expect((await h.call(NB, {}, mentor)).data?.myOrganization.settings.terminology).toEqual([
      { key: "peer_mentor", label: "Likeperson" },
    ]);
    await waitForEvent(() =>
      expect(
        settingsEvents(orgT)
          .map((e) => (e.payload as { section: string }).section)
          .sort(),
      ).toEqual(["branding", "external_resources", "feature_flags", "terminology"]),
    );
    for (const e of settingsEvents(orgT))
      expect(e).toMatchObject({ aggregateId: orgT, actorId: admin, payload: { organizationId: orgT, version: 2 } });
    const flags = settingsEvents(orgT).find((e) => (e.payload as { section: string }).section === "feature_flags")!;
    expect((flags.payload as { values: { flags: Record<string, boolean> } }).values.flags).toMatchObject({
      referrals: true,
      events: false,
      badges: true,
    });
    const branding = settingsEvents(orgT).find((e) => (e.payload as { section: string }).section === "branding")!;
    expect((branding.payload as { values: unknown }).values).toEqual({
      primaryColor: "#00543C",
      secondaryColor: null,
      accentColor: null,
      logoUrl: "https://cdn.nhf.no/logo.svg",
    });
  });

  it("keeps external resources: add, edit, reorder, archive (hidden from members, listed to administrators) and restore", async () => {
    const orgC = randomUUID();
    await createOrganization(createUnitOfWork(h.db, eventStore), SYSTEM_ACTOR, {
      id: orgC,
      name: "Landsforeningen for hjerte- og lungesyke",
      shortName: "LHL",
    });
    const adminC = { userId: randomUUID(), organizationId: orgC, role: "org_admin" as const };
    const mentorC = { userId: randomUUID(), organizationId: orgC, role: "peer_mentor" as const };
    const LIST = `query($all: Boolean) { myOrganization { settings { externalResources(includeArchived: $all) { id title url category archivedAt } } } }`;
    const list = async (as: As, all = false) =>
      (await h.call(LIST, { all }, as)).data?.myOrganization.settings.externalResources as Array<{
        id: string;
        title: string;
        archivedAt: string | null;
      }>;
    const titles = async (as: As, all = false) => (await list(as, all)).map((r) => r.title);
    const R = `id title url description category archivedAt`;
    const ADD = `mutation($input: ExternalResourceInput!) { addExternalResource(input: $input) { ${R} } }`;
    const EDIT = `mutation($id: ID!, $input: UpdateExternalResourceInput!) { updateExternalResource(id: $id, input: $input) { ${R} } }`;
    const ARCHIVE = `mutation($id: ID!, $archived: Boolean) { archiveExternalResource(id: $id, archived: $archived) { ${R} } }`;
    const REORDER = `mutation($ids: [ID!]!) { reorderExternalResources(ids: $ids) { id title } }`;
    expect(
      (
        await update(
          {
            externalResources: [
              { title: "Bufdir", url: "https://www.bufdir.no" },
              { title: "Helsenorge", url: "https://www.helsenorge.no" },
            ],
          },
          adminC,
        )
      ).errors,
    ).toBeUndefined();
    const added = await h.call(
      ADD,
      { input: { title: " Likepersonsnettverket ", url: "https://likeperson.no", category: "Nettverk" } },
      adminC,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addExternalResource).toMatchObject({
      title: "Likepersonsnettverket",
      category: "Nettverk",
      description: null,
      archivedAt: null,
    });
    const [bufdir, helse, nettverk] = await list(mentorC);
    expect([bufdir!.title, helse!.title, nettverk!.title]).toEqual(["Bufdir", "Helsenorge", "Likepersonsnettverket"]);
    // Edit: a field left out stays, null clears the category; the rules of the settings apply, with the field of the input.
    const edited = await h.call(
      EDIT,
      { id: nettverk!.id, input: { title: "LIKEPERSON-nettverket", category: null } },
      adminC,
    );
    expect(edited.data?.updateExternalResource).toMatchObject({
      id: nettverk!.id,
      title: "LIKEPERSON-nettverket",
      url: "https://likeperson.no",
      category: null,
    });
    const badUrl = await h.call(EDIT, { id: nettverk!.id, input: { url: "http://likeperson.no", title: "" } }, adminC);
    expect(
      (badUrl.errors?.[0]?.extensions?.violations as Array<{ rule: string; field: string }>).map(
        (v) => `${v.field}:${v.rule}`,
      ),
    ).toEqual(["input.title:resource_title_length", "input.url:resource_url_format"]);
    expect(
      (await h.call(EDIT, { id: randomUUID(), input: { title: "x" } }, adminC)).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    // Reorder: the named ones first, in that order; the rest follow.
    const reordered = await h.call(REORDER, { ids: [nettverk!.id, helse!.id] }, adminC);
    expect(reordered.data?.reorderExternalResources.map((r: { title: string }) => r.title)).toEqual([
      "LIKEPERSON-nettverket",
      "Helsenorge",
    ]);
    expect(await titles(mentorC)).toEqual(["LIKEPERSON-nettverket", "Helsenorge", "Bufdir"]);
    expect((await h.call(REORDER, { ids: [helse!.id, helse!.id] }, adminC)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "ids_unique",
      field: "ids[1]",
    });
    expect((await h.call(REORDER, { ids: [randomUUID()] }, adminC)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "resource_unknown",
      field: "ids[0]",
    });
    // Archive: gone for members; administrators list it in its place and restore it.
    const archived = await h.call(ARCHIVE, { id: helse!.id }, adminC);
    expect(archived.data?.archiveExternalResource.archivedAt).toEqual(expect.any(String));
    expect(await titles(mentorC)).toEqual(["LIKEPERSON-nettverket", "Bufdir"]);
    expect(await titles(adminC, true)).toEqual(["LIKEPERSON-nettverket", "Helsenorge", "Bufdir"]);
    const peek = await h.call(LIST, { all: true }, mentorC);
    expect(peek.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "archived_content_access" });
    expect(peek.errors?.[0]?.message).toBe("Bare koordinatorer og administratorer ser arkivert innhold");
    // Replacing the list through the settings keeps archived links; the event carries only the links in use.
    expect(
      (await update({ externalResources: [{ title: "Bufdir", url: "https://www.bufdir.no" }] }, adminC)).errors,
    ).toBeUndefined();
    expect(await titles(adminC, true)).toEqual(["Bufdir", "Helsenorge"]);
    expect(
      (await h.call(ARCHIVE, { id: helse!.id, archived: false }, adminC)).data?.archiveExternalResource.archivedAt,
    ).toBeNull();
    expect(await titles(mentorC)).toEqual(["Bufdir", "Helsenorge"]);
    // Only administrators keep the list: a mentor is refused, another organization's administrator does not find the link.
    expect((await h.call(ARCHIVE, { id: helse!.id }, mentorC)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await h.call(ARCHIVE, { id: helse!.id }, adminA)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await waitForEvent(() => {
      const last = settingsEvents(orgC)
        .filter((e) => (e.payload as { section: string }).section === "external_resources")
        .at(-1);
      expect((last?.payload as { values: unknown }).values).toEqual({
        resources: [
          { title: "Bufdir", url: "https://www.bufdir.no", description: null, category: null },
          { title: "Helsenorge", url: "https://www.helsenorge.no", description: null, category: null },
        ],
      });
    });
  });

  it("publishes what activity reads: Bufdir thresholds (partial), the duplicate window, the sensitive-field policy, multipliers", async () => {
    const before = await versionOf(orgA);
    const r = await update({
      expectedVersion: before,
      bufdirThresholds: { groupMinParticipants: 4, requireBasicCourse: false },
      duplicateDetection: { windowMinutes: 48 },
      retention: { contactInactiveYears: 3 },
      activityRules: { activityDateFloor: " 2010-01-01 " },
      sensitiveFieldPolicy: [
        { field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: ["PEER_MENTOR", "PEER_MENTOR"] },
      ],
      impactMultipliers: [{ metric: "people_reached_per_visit", factor: 2.5 }],
    });
    expect(r.errors).toBeUndefined();
    const s = (await h.call(ADMIN_VIEW, { id: orgA }, adminA)).data?.organization.settings;
    expect(s).toMatchObject({
      version: before + 1,
      updatedBy: { id: admin },
      bufdirThresholds: {
        groupMinParticipants: 4,
        groupMinMinutes: 45,
        courseMinMinutesPerDay: 90,
        outreachInPersonOnly: true,
        requireBasicCourse: false,
      },
      duplicateDetection: { windowMinutes: 48 },
      retention: { contactInactiveYears: 3 },
      activityRules: { activityDateFloor: "2010-01-01" },
      sensitiveFieldPolicy: [{ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: ["PEER_MENTOR"] }],
      impactMultipliers: [{ metric: "people_reached_per_visit", factor: 2.5 }],
    });
    const bySection = (section: string) =>
      settingsEvents(orgA).find(
        (e) =>
          (e.payload as { section: string; version: number }).section === section &&
          (e.payload as { version: number }).version === before + 1,
      );
    await waitForEvent(() => {
      expect(bySection("bufdir_thresholds")?.payload).toMatchObject({
        values: {
          groupMinParticipants: 4,
          groupMinMinutes: 45,
          courseMinMinutesPerDay: 90,
          outreachInPersonOnly: true,
          requireBasicCourse: false,
        },
      });
      expect(bySection("duplicate_detection")?.payload).toMatchObject({ values: { windowMinutes: 48 } });
      expect(bySection("retention")?.payload).toMatchObject({ values: { contactInactiveYears: 3 } });
      expect(bySection("activity_rules")?.payload).toMatchObject({ values: { activityDateFloor: "2010-01-01" } });
      expect(bySection("sensitive_field_policy")?.payload).toMatchObject({
        values: { rules: [{ field: "health_information", sensitive: true, hiddenFromRoles: ["peer_mentor"] }] },
      });
      expect(bySection("impact_multipliers")?.payload).toMatchObject({
        values: { multipliers: [{ metric: "people_reached_per_visit", factor: 2.5 }] },
      });
    });
  });

  it("names the rule and field of every invalid section, and writes nothing (not even the valid sections)", async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [
        { terminology: [{ key: "Peer Mentor", language: "nb", label: "x" }] },
        "terminology_key_format",
        "terminology[0].key",
      ],
      [
        { terminology: [{ key: "peer_mentor", language: "de", label: "x" }] },
        "terminology_language",
        "terminology[0].language",
      ],
      [
        { terminology: [{ key: "peer_mentor", language: "nb", label: " " }] },
        "terminology_label_length",
        "terminology[0].label",
      ],
      [
        {
          terminology: [
            { key: "a", language: "nb", label: "x" },
            { key: "a", language: "NB", label: "y" },
          ],
        },
        "terminology_unique",
        "terminology[1]",
      ],
      [{ featureFlags: [{ key: "teleportation", enabled: true }] }, "feature_flag_known", "featureFlags[0].key"],
      [
        {
          featureFlags: [
            { key: "events", enabled: true },
            { key: "events", enabled: false },
          ],
        },
        "feature_flag_unique",
        "featureFlags[1].key",
      ],
      [{ branding: { primaryColor: "green" } }, "color_format", "branding.primaryColor"],
      [{ branding: { logoUrl: "http://cdn.nhf.no/logo.svg" } }, "logo_url_format", "branding.logoUrl"],
      [
        { externalResources: [{ title: "", url: "https://bufdir.no" }] },
        "resource_title_length",
        "externalResources[0].title",
      ],
      [
        { externalResources: [{ title: "Bufdir", url: "javascript:alert(1)" }] },
        "resource_url_format",
        "externalResources[0].url",
      ],
      [
        { externalResources: [{ title: "Bufdir", url: "https://bufdir.no", description: "x".repeat(501) }] },
        "resource_description_length",
        "externalResources[0].description",
      ],
      [
        {
          sensitiveFieldPolicy: [
            { field: "PHONE", sensitive: true, hiddenFromRoles: [] },
            { field: "PHONE", sensitive: false, hiddenFromRoles: [] },
          ],
        },
        "sensitive_field_unique",
        "sensitiveFieldPolicy[1].field",
      ],
      [
        { bufdirThresholds: { groupMinParticipants: 0 } },
        "bufdir_threshold_range",
        "bufdirThresholds.groupMinParticipants",
      ],
      [{ bufdirThresholds: { groupMinMinutes: 1441 } }, "bufdir_threshold_range", "bufdirThresholds.groupMinMinutes"],
      [
        { bufdirThresholds: { courseMinMinutesPerDay: -5 } },
        "bufdir_threshold_range",
        "bufdirThresholds.courseMinMinutesPerDay",
      ],
      [{ duplicateDetection: { windowMinutes: 0 } }, "duplicate_window_range", "duplicateDetection.windowMinutes"],
      [{ retention: { contactInactiveYears: 11 } }, "retention_years_range", "retention.contactInactiveYears"],
      ...["2010-02-30", "01.01.2010", "1899-12-31", "2999-01-01", ""].map(
        (activityDateFloor): [Record<string, unknown>, string, string] => [
          { activityRules: { activityDateFloor } },
          "activity_date_floor_format",
          "activityRules.activityDateFloor",
        ],
      ),
      [
        { impactMultipliers: [{ metric: "visits", factor: -1 }] },
        "impact_multiplier_range",
        "impactMultipliers[0].factor",
      ],
      [
        { impactMultipliers: [{ metric: "Visits!", factor: 1 }] },
        "impact_metric_format",
        "impactMultipliers[0].metric",
      ],
      [
        {
          impactMultipliers: [
            { metric: "visits", factor: 1 },
            { metric: "visits", factor: 2 },
          ],
        },
        "impact_metric_unique",
        "impactMultipliers[1].metric",
      ],
      [{ maxMembershipsPerUser: 21 }, "max_memberships_range", "maxMembershipsPerUser"],
    ];
    const before = await versionOf(orgA);
    const eventsBefore = (
      await queryRows<{ n: number }>(
        h.db,
        sql`select count(*)::int as n from organization.outbox where type = 'organization.settings.changed'`,
      )
    )[0]!.n;
    for (const [input, rule, field] of cases) {
      // A valid section beside the invalid one: the whole call is refused.
      const r = await update({
        ...input,
        terminology: input.terminology ?? [{ key: "should_not", language: "nb", label: "be stored" }],
      });
      expect(r.errors?.[0]?.extensions, rule).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
    }
    // Every fault at once, across sections.
    const r = await update({ duplicateDetection: { windowMinutes: 0 }, maxMembershipsPerUser: 21 });
    expect(
      (r.errors?.[0]?.extensions?.violations as Array<{ field: string; rule: string }>).map(
        (v) => `${v.field}:${v.rule}`,
      ),
    ).toEqual([
      "maxMembershipsPerUser:max_memberships_range",
      "duplicateDetection.windowMinutes:duplicate_window_range",
    ]);
    expect(await versionOf(orgA)).toBe(before);
    const s = (await h.call(MEMBER_VIEW, {}, mentorA)).data?.myOrganization.settings;
    expect(s.terminology.map((l: { key: string }) => l.key)).not.toContain("should_not");
    const eventsAfter = (
      await queryRows<{ n: number }>(
        h.db,
        sql`select count(*)::int as n from organization.outbox where type = 'organization.settings.changed'`,
      )
    )[0]!.n;
    expect(eventsAfter).toBe(eventsBefore);
  });

  it("refuses a stale edit (settings_version) and serializes concurrent edits: every change gets its own version", async () => {
    const v = await versionOf(orgA);
    const stale = await update({ expectedVersion: v - 1, duplicateDetection: { windowMinutes: 12 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "settings_version",
      field: "expectedVersion",
    });
    const [x, y] = await Promise.all([
      update({ duplicateDetection: { windowMinutes: 12 } }),
      update({ duplicateDetection: { windowMinutes: 36 } }),
    ]);
    expect([x.data?.updateOrganizationSettings.version, y.data?.updateOrganizationSettings.version].sort()).toEqual([
      v + 1,
      v + 2,
    ]);
    // Two editors who both read version v: the second is refused.
    const [p, q] = await Promise.all([
      update({ expectedVersion: v + 2, impactMultipliers: [] }),
      update({ expectedVersion: v + 2, impactMultipliers: [] }),
    ]);
    expect([p.errors?.[0]?.extensions?.rule, q.errors?.[0]?.extensions?.rule].filter(Boolean)).toEqual([
      "settings_version",
    ]);
  });

  it("lets only administrators change settings: an org_admin their own organization, a global_admin any", async () => {
    for (const who of [mentorA, coordinatorA])
      expect((await update({ duplicateDetection: { windowMinutes: 5 } }, who)).errors?.[0]?.extensions?.code).toBe(
        "FORBIDDEN",
      );
    expect(
      (await update({ organizationId: orgA, duplicateDetection: { windowMinutes: 5 } }, adminB)).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
    expect((await update({ duplicateDetection: { windowMinutes: 5 } }, global)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "organization_required",
    });
    const ok = await update({ organizationId: orgB, branding: { accentColor: "#112233" } }, global);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.updateOrganizationSettings).toEqual({ version: 2, updatedBy: { id: global.userId } });
  });

  it("a lower membership limit refuses the next membership (membership_limit reads the setting)", async () => {
    const ADD = `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }`;
    const user = randomUUID();
    expect(
      (await h.call(ADD, { input: { userId: user, localAssociationId: la.a1, role: "PEER_MENTOR" } }, adminA)).errors,
    ).toBeUndefined();
    expect((await update({ maxMembershipsPerUser: 1 })).errors).toBeUndefined();
    const refused = await h.call(
      ADD,
      { input: { userId: user, localAssociationId: la.a2, role: "PEER_MENTOR" } },
      adminA,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "membership_limit" });
    expect((await update({ maxMembershipsPerUser: 5 })).errors).toBeUndefined();
    expect(
      (await h.call(ADD, { input: { userId: user, localAssociationId: la.a2, role: "PEER_MENTOR" } }, adminA)).errors,
    ).toBeUndefined();
    await waitForEvent(() =>
      expect(
        settingsEvents(orgA)
          .filter((e) => (e.payload as { section: string }).section === "memberships")
          .map((e) => (e.payload as { values: unknown }).values),
      ).toEqual([{ maxMembershipsPerUser: 1 }, { maxMembershipsPerUser: 5 }]),
    );
  });

  it("keeps a history for the auditor: who changed which section to what, newest first, paginated", async () => {
    // An organization of this test alone, with three changes (any order of the tests passes).
    const { id: orgH, coordinator: coordinatorH, admin: adminH } = await ownOrganization(1);
    for (const input of [
      { branding: { primaryColor: "#00543C", logoUrl: "https://cdn.nhf.no/logo.svg" } },
      { terminology: [{ key: "peer_mentor", language: "nb", label: "Likeperson" }] },
      { maxMembershipsPerUser: 5 },
    ])
      expect((await update(input, adminH)).errors).toBeUndefined();
    const first = await h.call(HISTORY, { id: orgH, first: 2 }, adminH);
    expect(first.errors).toBeUndefined();
    const conn = first.data?.organization.settings.history;
    expect(conn.edges).toHaveLength(2);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    const all = (await h.call(HISTORY, { id: orgH, first: 100 }, adminH)).data?.organization.settings.history.edges.map(
      (e: any) => e.node,
    );
    const versions = all.map((n: { version: number }) => n.version);
    expect(versions).toEqual([...versions].sort((a: number, b: number) => b - a));
    expect(all[0]).toMatchObject({ section: "MEMBERSHIPS", changedBy: { id: admin } });
    expect(JSON.parse(all[0].values)).toEqual({ maxMembershipsPerUser: 5 });
    const next = await h.call(HISTORY, { id: orgH, first: 100, after: conn.pageInfo.endCursor }, adminH);
    expect(next.data?.organization.settings.history.edges.map((e: any) => e.node)).toEqual(all.slice(2));
    const branding = (await h.call(HISTORY, { id: orgH, section: "BRANDING" }, adminH)).data?.organization.settings
      .history.edges;
    expect(branding.map((e: any) => JSON.parse(e.node.values).primaryColor)).toEqual(["#00543C"]);
    expect((await h.call(HISTORY, { id: orgH }, coordinatorH)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await h.call(HISTORY, { id: orgH, after: "bm9wZQ" }, adminH)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "cursor_format",
    });
  });
});

describe("organization: accounting integration", () => {
  const SECRET = `xledger-token-${randomUUID()}`;
  const mapping = [
    { expenseTypeKey: "mileage", account: "7100", costCenter: "100", project: "P-7", vatCode: "0" },
    { expenseTypeKey: "toll", account: "7140" },
  ];
  const withCredentials = {
    system: "XLEDGER",
    enabled: true,
    entityCode: "1001",
    accountMapping: mapping,
    credentials: [{ name: "apiToken", value: SECRET }],
  };
  const stored = [
    { expenseTypeKey: "mileage", account: "7100", costCenter: "100", project: "P-7", vatCode: "0" },
    { expenseTypeKey: "toll", account: "7140", costCenter: null, project: null, vatCode: null },
  ];

  it("stores the credentials encrypted and never returns them: only configured and when", async () => {
    const bad = await h.call(
      CONFIGURE,
      { input: { system: "XLEDGER", enabled: false, entityCode: "ENTITET 1", accountMapping: mapping } },
      adminA,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "entity_code_format",
      field: "entityCode",
    });
    const r = await h.call(CONFIGURE, { input: withCredentials }, adminA);
    expect(r.errors).toBeUndefined();
    expect(r.data?.configureAccountingIntegration).toMatchObject({
      system: "XLEDGER",
      enabled: true,
      entityCode: "1001",
      accountMapping: stored,
      credentialsConfigured: true,
    });
    expect(JSON.stringify(r)).not.toContain(SECRET);
    const read = await h.call(INTEGRATION, { id: orgA }, adminA);
    expect(read.data?.organization.settings.accountingIntegration).toMatchObject({
      credentialsConfigured: true,
      credentialsSetBy: { id: admin },
    });
    expect(read.data?.organization.settings.accountingIntegration.credentialsSetAt).toEqual(
      r.data?.configureAccountingIntegration.credentialsSetAt,
    );
    // Nowhere in the database in plain text (the row, the history, the outbox).
    const [row] = await h.db
      .select()
      .from(organizationIntegrations)
      .where(eq(organizationIntegrations.organizationId, orgA));
    expect(row!.credentialsCiphertext).toMatch(/^menc1\./);
    const hits = await queryRows<{ n: number }>(
      h.db,
      sql`select (select count(*) from organization.organization_integrations where credentials_ciphertext like ${`%${SECRET}%`} or account_mapping::text like ${`%${SECRET}%`})
        + (select count(*) from organization.organization_settings_changes where values::text like ${`%${SECRET}%`})
        + (select count(*) from organization.outbox where payload::text like ${`%${SECRET}%`}) as n`,
    );
    expect(Number(hits[0]!.n)).toBe(0);
    // ... and it decrypts with the organization's key, bound to its row: moved to organization B it fails.
    expect(await h.db.transaction((tx) => readAccountingCredentials(tx, createEnvelope({ masterKey }), row!))).toEqual({
      apiToken: SECRET,
    });
    await expect(
      h.db.transaction((tx) =>
        keyringIn(tx, createEnvelope({ masterKey })).decrypt(
          orgA,
          row!.credentialsCiphertext!,
          credentialsAad(orgB, "accounting"),
        ),
      ),
    ).rejects.toThrow();
    // The event carries the non-secret values for finance (this change's event: its version).
    const version = await versionOf(orgA);
    await waitForEvent(() => {
      const e = settingsEvents(orgA).find(
        (x) =>
          (x.payload as { section: string }).section === "accounting_integration" &&
          (x.payload as { version: number }).version === version,
      );
      expect(e?.payload).toMatchObject({
        values: {
          system: "xledger",
          enabled: true,
          entityCode: "1001",
          credentialsConfigured: true,
          accountMapping: stored,
        },
      });
      expect(JSON.stringify(e)).not.toContain(SECRET);
    });
  });

  it("keeps the credentials when none are given, replaces or clears them on request", async () => {
    // Configured with credentials (what the test above leaves; arranged here so it runs alone or in any order).
    const configured = await h.call(CONFIGURE, { input: withCredentials }, adminA);
    expect(configured.errors).toBeUndefined();
    const before = (await h.call(INTEGRATION, { id: orgA }, adminA)).data?.organization.settings.accountingIntegration;
    const kept = await h.call(
      CONFIGURE,
      { input: { system: "XLEDGER", enabled: true, accountMapping: mapping.slice(0, 1) } },
      adminA,
    );
    expect(kept.data?.configureAccountingIntegration).toMatchObject({
      credentialsConfigured: true,
      credentialsSetAt: before.credentialsSetAt,
      accountMapping: [{ expenseTypeKey: "mileage" }],
    });
    const cleared = await h.call(
      CONFIGURE,
      { input: { system: "XLEDGER", enabled: false, accountMapping: [], clearCredentials: true } },
      adminA,
    );
    expect(cleared.data?.configureAccountingIntegration).toMatchObject({
      enabled: false,
      credentialsConfigured: false,
      credentialsSetAt: null,
    });
    const [row] = await h.db
      .select()
      .from(organizationIntegrations)
      .where(eq(organizationIntegrations.organizationId, orgA));
    expect(row!.credentialsCiphertext).toBeNull();
  });

  it("names the integration rules and writes nothing on a refusal; only administrators configure or read it", async () => {
    const refused: Array<[Record<string, unknown>, string, string]> = [
      [{ system: "XLEDGER", enabled: true, accountMapping: [] }, "integration_credentials_required", "credentials"],
      [
        { system: "DYNAMICS", enabled: false, accountMapping: [{ expenseTypeKey: "mileage", account: "71 00" }] },
        "account_mapping_format",
        "accountMapping[0].account",
      ],
      [
        {
          system: "DYNAMICS",
          enabled: false,
          accountMapping: [
            { expenseTypeKey: "toll", account: "1" },
            { expenseTypeKey: "toll", account: "2" },
          ],
        },
        "account_mapping_unique",
        "accountMapping[1].expenseTypeKey",
      ],
      [
        { system: "DYNAMICS", enabled: false, accountMapping: [], credentials: [{ name: "clientSecret", value: "" }] },
        "credentials_format",
        "credentials[0].value",
      ],
      [
        {
          system: "DYNAMICS",
          enabled: false,
          accountMapping: [],
          credentials: [{ name: "clientSecret", value: "x" }],
          clearCredentials: true,
        },
        "credentials_conflict",
        "credentials",
      ],
    ];
    // An integration switched off, without credentials (arranged here so the test runs alone or in any order).
    const off = { system: "XLEDGER", enabled: false, accountMapping: [], clearCredentials: true };
    expect((await h.call(CONFIGURE, { input: off }, adminA)).errors).toBeUndefined();
    const before = await versionOf(orgA);
    for (const [input, rule, field] of refused) {
      expect((await h.call(CONFIGURE, { input }, adminA)).errors?.[0]?.extensions, rule).toMatchObject({
        code: "BAD_USER_INPUT",
        rule,
        field,
      });
    }
    const r = await h.call(
      CONFIGURE,
      {
        input: { system: "XLEDGER", enabled: true, accountMapping: [{ expenseTypeKey: "mileage", account: "71 00" }] },
      },
      adminA,
    );
    expect(
      (r.errors?.[0]?.extensions?.violations as Array<{ field: string; rule: string }>).map(
        (v) => `${v.field}:${v.rule}`,
      ),
    ).toEqual(["accountMapping[0].account:account_mapping_format", "credentials:integration_credentials_required"]);
    expect(await versionOf(orgA)).toBe(before);
    expect(
      (await h.call(INTEGRATION, { id: orgA }, adminA)).data?.organization.settings.accountingIntegration,
    ).toMatchObject({ system: "XLEDGER", enabled: false });
    for (const who of [mentorA, coordinatorA]) {
      expect(
        (await h.call(CONFIGURE, { input: { system: "XLEDGER", enabled: false, accountMapping: [] } }, who)).errors?.[0]
          ?.extensions?.code,
      ).toBe("FORBIDDEN");
    }
    expect(
      (
        await h.call(
          CONFIGURE,
          { input: { organizationId: orgA, system: "XLEDGER", enabled: false, accountMapping: [] } },
          adminB,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await h.call(INTEGRATION, { id: orgB }, adminB)).data?.organization.settings.accountingIntegration,
    ).toBeNull();
  });
});
