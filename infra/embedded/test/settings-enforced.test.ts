/**
 * Issue 18, findings 4 and 5 (item 3, "Stored settings are enforced"), through the gateway on PostgreSQL: the
 * organization's sensitive-field policy decides who reads a contact's health information (least privilege by
 * default), and a feature flag an administrator switches off refuses its capability's queries and mutations with
 * FEATURE_DISABLED naming the flag, until it is switched on again; the activity date floor (issue 20 item 3) refuses
 * earlier activities in every registration path and in corrections; and the user's own language setting words their
 * refusals, before the device's Accept-Language (issue 20 item 9). Each subgraph learns the settings from
 * organization's events, so every change waits for the platform to settle.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateDemoData } from "@meander/fixtures";
import { DEMO_PASSWORD } from "@meander/identity";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, gql, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";

const data = generateDemoData({
  seed: 18,
  organizations: 1,
  regionsPerOrganization: 1,
  associationsPerRegion: 1,
  mentorsPerAssociation: 2,
  contactsPerMentor: 1,
  activitiesPerMentor: 1,
});
const org = data.organizations[0]!;
const member = (role: string, n = 0) => data.memberships.filter((m) => m.role === role)[n]!;
let db: TestDatabase;
let platform: Platform;
const token: Record<"admin" | "coordinator" | "kari" | "ola", string> = {
  admin: "",
  coordinator: "",
  kari: "",
  ola: "",
};

const SETTINGS = `mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }`;
const CONTACT = `query($id: ID!) { contact(id: $id) { id healthInfo } }`;
const COURSES = `{ courses(first: 5) { edges { node { id } } } }`;
const CREATE_COURSE = `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id title } }`;
const ASSIGNMENTS = `{ assignments { id } }`;
const DISPATCH = `mutation($input: DispatchAssignmentInput!) { dispatchAssignment(input: $input) { id } }`;

const call = (who: keyof typeof token, query: string, variables: Record<string, unknown> = {}) =>
  gql(platform.url, query, variables, { token: token[who] });

async function settings(input: Record<string, unknown>) {
  const r = await call("admin", SETTINGS, { input });
  expect(r.errors).toBeUndefined();
  await platform.settle();
}

async function health(who: keyof typeof token, id: string): Promise<string | null> {
  const r = await call(who, CONTACT, { id });
  expect(r.errors, who).toBeUndefined();
  return r.data!.contact.healthInfo as string | null;
}

beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    port: 0,
    seed: data,
    keyDir: null,
    scheduledJobs: false,
    log: createLogger("settings", "silent"),
  });
  await platform.settle();
  const mint = (m: ReturnType<typeof member>) =>
    platform.mint({ userId: m.userId, organizationId: org.id, localAssociationId: m.localAssociationId, role: m.role });
  token.admin = await mint(member("org_admin"));
  token.coordinator = await mint(member("coordinator"));
  token.kari = await mint(member("peer_mentor", 0));
  token.ola = await mint(member("peer_mentor", 1));
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe("the sensitive-field policy is applied to every read", () => {
  let contactId: string;

  beforeAll(async () => {
    // kari creates the contact, so she works with it; ola, a mentor of the same local association, does not.
    const r = await call("kari", `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, {
      input: { firstName: "Solveig", lastName: "Haugen", healthInfo: "Epilepsi, anfall sist i mars" },
    });
    expect(r.errors).toBeUndefined();
    contactId = r.data!.createContact.id as string;
  });

  it("by default (least privilege) only the mentor who works with the contact and the coordinator read health information", async () => {
    expect(await health("kari", contactId)).toBe("Epilepsi, anfall sist i mars");
    expect(await health("coordinator", contactId)).toBe("Epilepsi, anfall sist i mars");
    expect(await health("ola", contactId)).toBeNull();
    expect(await health("admin", contactId)).toBeNull();
    // Through the contact lists and _entities-backed references alike: ola's list carries no health information.
    const list = await call("ola", `{ contacts(first: 50) { edges { node { id healthInfo } } } }`);
    expect(JSON.stringify(list)).not.toContain("Epilepsi");
  });

  it("hidden from PEER_MENTOR, the mentor no longer reads it; the coordinator still does, per the policy", async () => {
    await settings({
      sensitiveFieldPolicy: [{ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: ["PEER_MENTOR"] }],
    });
    expect(await health("kari", contactId)).toBeNull();
    expect(await health("coordinator", contactId)).toBe("Epilepsi, anfall sist i mars");
    // A rule that hides it from nobody lets the administrator read it; the mentor's relationship still applies.
    await settings({ sensitiveFieldPolicy: [{ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: [] }] });
    expect(await health("admin", contactId)).toBe("Epilepsi, anfall sist i mars");
    expect(await health("kari", contactId)).toBe("Epilepsi, anfall sist i mars");
    expect(await health("ola", contactId)).toBeNull();
  });
});

describe("feature flags guard every operation of their capability", () => {
  const course = { title: "Grunnkurs vår", kind: "CERTIFICATION", capacity: 12, startsOn: "2027-04-01" };

  const refusedFor = (r: Awaited<ReturnType<typeof call>>, flag: string) => {
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "FEATURE_DISABLED", flag });
    expect(r.errors?.[0]?.message).toContain(flag);
  };

  it("the demo organization has every flag on: courses and encrypted assignments work", async () => {
    expect((await call("coordinator", COURSES)).errors).toBeUndefined();
    expect((await call("coordinator", ASSIGNMENTS)).errors).toBeUndefined();
  });

  it("courses off: the query and the mutation answer FEATURE_DISABLED naming it; on again: both work", async () => {
    await settings({ featureFlags: [{ key: "courses", enabled: false }] });
    refusedFor(await call("coordinator", COURSES), "courses");
    refusedFor(await call("coordinator", CREATE_COURSE, { input: course }), "courses");
    refusedFor(await call("kari", COURSES), "courses");
    await settings({ featureFlags: [{ key: "courses", enabled: true }] });
    expect((await call("coordinator", COURSES)).errors).toBeUndefined();
    const created = await call("coordinator", CREATE_COURSE, { input: course });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCourse.title).toBe("Grunnkurs vår");
  });

  it("proxy registration off: a coordinator's registration on a mentor's behalf is refused, their own is not; on again: it works", async () => {
    const REGISTER = `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id mentor { id } } }`;
    const proxy = {
      activityTypeKey: "home_visit",
      durationMinutes: 60,
      isProxyRegistration: true,
      userId: member("peer_mentor", 0).userId,
    };
    await settings({ featureFlags: [{ key: "proxy_registration", enabled: false }] });
    refusedFor(await call("coordinator", REGISTER, { input: proxy }), "proxy_registration");
    const own = await call("kari", REGISTER, { input: { activityTypeKey: "home_visit", durationMinutes: 60 } });
    expect(own.errors).toBeUndefined();
    await settings({ featureFlags: [{ key: "proxy_registration", enabled: true }] });
    const onBehalf = await call("coordinator", REGISTER, { input: proxy });
    expect(onBehalf.errors).toBeUndefined();
    expect(onBehalf.data!.registerActivity.mentor.id).toBe(member("peer_mentor", 0).userId);
  });

  it("encrypted assignments off: reading and dispatching are refused, nothing is written", async () => {
    await settings({ featureFlags: [{ key: "encrypted_assignments", enabled: false }] });
    refusedFor(await call("kari", ASSIGNMENTS), "encrypted_assignments");
    const contact = data.contacts[0]!;
    refusedFor(
      await call("coordinator", DISPATCH, {
        input: { contactId: contact.id, mentorId: member("peer_mentor", 0).userId, payload: "Nøkkel i postkassen" },
      }),
      "encrypted_assignments",
    );
    await settings({ featureFlags: [{ key: "encrypted_assignments", enabled: true }] });
    expect((await call("kari", ASSIGNMENTS)).data!.assignments).toEqual([]);
  });
});

describe("the activity date floor an administrator sets refuses earlier activities (issue 20 item 3)", () => {
  const REGISTER = `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`;
  const BULK = `mutation($a: [RegisterActivityInput!]!) { registerActivities(activities: $a) { activities { id } } }`;
  const SYNC = `mutation($a: [RegisterActivityInput!]!) { syncActivities(activities: $a) { clientId outcome errors { rule field } } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { id activityDate } }`;
  const visit = (activityDate: string) => ({ activityTypeKey: "home_visit", durationMinutes: 45, activityDate });
  const refusedByFloor = (r: Awaited<ReturnType<typeof call>>) => {
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "activity_date_floor",
      field: "activityDate",
    });
    expect(r.errors?.[0]?.message).toBe("Aktivitetsdatoen kan ikke være før 2020-01-01");
  };

  it("by default 2015 is accepted; with the floor at 2020-01-01 registration, bulk, sync and correction refuse 2019", async () => {
    const before = await call("kari", REGISTER, { input: visit("2015-06-01") });
    expect(before.errors).toBeUndefined();
    const mine = await call("kari", REGISTER, { input: visit("2020-03-01") });
    expect(mine.errors).toBeUndefined();
    await settings({ activityRules: { activityDateFloor: "2020-01-01" } });
    refusedByFloor(await call("kari", REGISTER, { input: visit("2019-12-31") }));
    const bulk = await call("kari", BULK, { a: [visit("2020-02-01"), visit("2019-02-01")] });
    expect(bulk.errors?.[0]?.extensions?.rows).toEqual([
      expect.objectContaining({ row: 1, rule: "activity_date_floor" }),
    ]);
    const sync = await call("kari", SYNC, { a: [{ ...visit("2019-05-05"), clientId: "floor-sync-1" }] });
    expect(sync.data?.syncActivities?.[0]).toMatchObject({
      clientId: "floor-sync-1",
      outcome: "REFUSED",
      errors: [{ rule: "activity_date_floor", field: "activityDate" }],
    });
    refusedByFloor(
      await call("kari", UPDATE, { id: mine.data!.registerActivity.id, input: { activityDate: "2019-12-01" } }),
    );
    expect((await call("kari", REGISTER, { input: visit("2020-01-01") })).errors).toBeUndefined();
    await settings({ activityRules: { activityDateFloor: "2000-01-01" } });
    expect(
      (await call("kari", UPDATE, { id: mine.data!.registerActivity.id, input: { activityDate: "2019-12-01" } }))
        .errors,
    ).toBeUndefined();
  });
});

describe("the language a user sets words their refusals, before the device's Accept-Language (the token's lang claim)", () => {
  const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
  const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
  const REFUSED = `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`;
  const english = { "accept-language": "en-GB,en;q=0.9" };
  const refusal = async (token: string) =>
    (
      await gql(
        platform.url,
        REFUSED,
        { input: { activityTypeKey: "home_visit", durationMinutes: 0 } },
        { token, headers: english },
      )
    ).errors?.[0]?.message;

  it("bokmål by default even on an English device; after choosing nynorsk, the next token answers in nynorsk", async () => {
    const email = data.people.find((p) => p.id === member("peer_mentor", 1).userId)!.email;
    const signedIn = await gql(
      platform.url,
      LOGIN,
      { input: { email, password: DEMO_PASSWORD, device: { name: "telefon", platform: "ios" } } },
      { headers: english },
    );
    expect(signedIn.errors).toBeUndefined();
    const { accessToken, refreshToken } = signedIn.data!.login as { accessToken: string; refreshToken: string };
    expect(await refusal(accessToken)).toBe("Varigheten må være 1 til 1440 minutter");
    // A token without the claim (minted here) follows the device's language, as an anonymous caller does.
    expect(await refusal(token.ola)).toBe("The duration must be 1 to 1440 minutes");
    const set = await gql(
      platform.url,
      `mutation { updateMySettings(input: { language: NN }) { language } }`,
      {},
      { token: accessToken },
    );
    expect(set.data?.updateMySettings).toEqual({ language: "NN" });
    const refreshed = await gql(platform.url, REFRESH, { t: refreshToken });
    expect(refreshed.errors).toBeUndefined();
    expect(await refusal(refreshed.data!.refreshSession.accessToken as string)).toBe(
      "Varigheita må vere 1 til 1440 minutt",
    );
  });
});
