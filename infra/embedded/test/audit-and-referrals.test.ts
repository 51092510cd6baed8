/**
 * The audit log people can read (issue 18, finding 7), through the gateway on PostgreSQL with
 * Kafka carrying every subgraph's audit entries to reporting: people sign in (and fail to), a
 * coordinator approves an activity, the administrator switches a flag and submits the Bufdir
 * report; the administrator reads it all back in `auditLog` with labels, narrows it with
 * filters, pages through it and verifies the chain. Coordinators and mentors may not read it.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { generateDemoData } from "@meander/fixtures";
import { deleteNamespaceTopics } from "@meander/events";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, dataOf, gql, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";

const data = generateDemoData({
  seed: 18,
  regionsPerOrganization: 1,
  associationsPerRegion: 1,
  mentorsPerAssociation: 2,
  activitiesPerMentor: 1,
  referenceDate: new Date("2026-10-01T12:00:00Z"),
  globalAdmin: true,
});
const org = data.organizations[0]!;
const membership = (role: string) => data.memberships.find((m) => m.role === role && m.organizationId === org.id)!;
const person = (userId: string) => data.people.find((p) => p.id === userId)!;
const admin = person(membership("org_admin").userId);
const coordinator = person(membership("coordinator").userId);
const mentor = person(membership("peer_mentor").userId);
const YEAR = 2026;
const namespace = `audit${randomUUID().slice(0, 8)}`;
let db: TestDatabase;
let platform: Platform;

beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    events: { kind: "kafka", brokers: ["127.0.0.1:9092"], namespace },
    port: 0,
    seed: data,
    keyDir: null,
    log: createLogger("audit-log", "silent"),
  });
}, 240_000);

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
  await deleteNamespaceTopics(["127.0.0.1:9092"], namespace);
});

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const login = (email: string, password = "meander-demo") =>
  gql(platform.url, LOGIN, { input: { email, password, device: { name: "laptop", platform: "web" } } });
const signIn = async (email: string) => dataOf(await login(email)).login.accessToken as string;
const call = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await gql(platform.url, query, variables, { token }));

const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id seq organizationId occurredAt action description actorRole fields hash actor { id displayName } subject { type id label user { displayName } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Entry = {
  id: string;
  seq: number;
  action: string;
  description: string;
  actorRole: string;
  fields: string[];
  actor: { id: string; displayName: string } | null;
  subject: { type: string; id: string; label: string | null; user: { displayName: string } | null } | null;
};
const entries = async (token: string, filter: Record<string, unknown> = {}, first = 100): Promise<Entry[]> =>
  (await call(token, AUDIT_LOG, { filter, first })).auditLog.edges.map((e: { node: Entry }) => e.node);
const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

describe("the audit log, read through the API", () => {
  let adminToken: string;
  let activityId: string;
  let reportId: string;

  it("records sign-ins and their failures, approvals, flag changes and report submissions from every subgraph", async () => {
    // A failed sign-in of the coordinator, then everyone signs in.
    expect((await login(coordinator.email, "not-the-password")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    adminToken = await signIn(admin.email);
    const coordinatorToken = await signIn(coordinator.email);
    // A coordinator's approval decision.
    const input = {
      activityTypeKey: "home_visit",
      durationMinutes: 45,
      isProxyRegistration: true,
      userId: mentor.id,
      activityDate: "2026-09-15T10:00:00Z",
    };
    activityId = (
      await call(
        coordinatorToken,
        `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`,
        { input },
      )
    ).registerActivity.id;
    await call(coordinatorToken, `mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id: activityId });
    // A flag switched and the Bufdir report frozen by the administrator.
    await call(
      adminToken,
      `mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }`,
      {
        input: { featureFlags: [{ key: "courses", enabled: false }] },
      },
    );
    reportId = (await call(adminToken, `mutation($y: Int!) { submitBufdirReport(year: $y) { id } }`, { y: YEAR }))
      .submitBufdirReport.id;
    // Everything has reached reporting's chain (each subgraph's entries cross over Kafka).
    await expect
      .poll(async () => (await entries(adminToken)).map((e) => e.action), { timeout: 60_000, interval: 250 })
      .toEqual(
        expect.arrayContaining([
          "auth.sign_in_failed",
          "auth.signed_in",
          "activity.approved",
          "feature_flags.changed",
          "bufdir_report.submitted",
        ]),
      );
  }, 120_000);

  it("names who did what to which subject, with labels resolved when read", async () => {
    const log = await entries(adminToken);
    expect(log.find((e) => e.action === "auth.sign_in_failed")).toMatchObject({
      description: "Mislykket innlogging",
      actor: null,
      actorRole: "anonymous",
      subject: {
        type: "User",
        id: coordinator.id,
        label: nameOf(coordinator),
        user: { displayName: nameOf(coordinator) },
      },
    });
    expect(log.find((e) => e.action === "auth.signed_in" && e.actor?.id === admin.id)).toMatchObject({
      description: "Logget inn",
      actor: { displayName: nameOf(admin) },
      actorRole: "org_admin",
      fields: ["password"],
    });
    expect(log.find((e) => e.action === "activity.approved")).toMatchObject({
      description: "Aktivitet godkjent",
      actor: { id: coordinator.id, displayName: nameOf(coordinator) },
      actorRole: "coordinator",
      subject: { type: "Activity", id: activityId, label: "Aktivitet 15.09.2026 (home_visit)" },
    });
    expect(log.find((e) => e.action === "feature_flags.changed")).toMatchObject({
      description: "Funksjonsbrytere endret",
      subject: { type: "Organization", id: org.id },
      fields: ["feature_flags"],
    });
    expect(log.find((e) => e.action === "bufdir_report.submitted")).toMatchObject({
      actor: { id: admin.id },
      subject: { type: "BufdirReport", id: reportId, label: `Bufdir-rapport ${YEAR}, versjon 1` },
    });
    // Newest first, in chain order.
    const seqs = log.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it("filters by actor, action (exact or prefix), subject and time", async () => {
    const byCoordinator = await entries(adminToken, { actorId: coordinator.id });
    expect(byCoordinator.length).toBeGreaterThan(0);
    expect(byCoordinator.every((e) => e.actor?.id === coordinator.id)).toBe(true);
    expect(byCoordinator.map((e) => e.action)).toContain("activity.approved");

    const auth = await entries(adminToken, { action: "auth." });
    expect(auth.length).toBeGreaterThanOrEqual(3);
    expect(auth.every((e) => e.action.startsWith("auth."))).toBe(true);
    const approvals = await entries(adminToken, { action: "activity.approved" }); // the seed's approvals too
    expect(approvals.map((e) => e.subject?.id)).toContain(activityId);
    expect(approvals.every((e) => e.action === "activity.approved" && e.subject?.type === "Activity")).toBe(true);
    expect((await entries(adminToken, { action: "activity." })).length).toBeGreaterThanOrEqual(approvals.length);

    expect((await entries(adminToken, { subjectId: reportId })).map((e) => e.action)).toEqual([
      "bufdir_report.submitted",
    ]);
    expect(
      (await entries(adminToken, { subjectType: "User", subjectId: coordinator.id })).map((e) => e.action),
    ).toEqual(expect.arrayContaining(["auth.sign_in_failed", "auth.signed_in"]));

    expect(await entries(adminToken, { from: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([]);
    const recent = await entries(adminToken, {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      to: new Date(Date.now() + 60_000).toISOString(),
      action: "auth.",
    });
    expect(recent.length).toBe(auth.length);
  });

  it("pages with first and after, without gaps or repeats", async () => {
    const all = await entries(adminToken, {}, 100);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await call(adminToken, AUDIT_LOG, { first: 3, after })).auditLog;
      seen.push(...page.edges.map((e: { node: Entry }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((e) => e.id));
    const bad = await gql(platform.url, AUDIT_LOG, { first: 3, after: "bm90LWEtY3Vyc29y" }, { token: adminToken });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("verifies the chain the log is read from", async () => {
    const v = (await call(adminToken, `{ verifyAuditChain { organizationId valid entries reason } }`)).verifyAuditChain;
    expect(v).toMatchObject({ organizationId: org.id, valid: true, reason: null });
    expect(v.entries).toBe(Math.max(...(await entries(adminToken)).map((e) => e.seq)));
  });

  it("shows a global administrator every organization's entries, or one's; an organization administrator only their own", async () => {
    // The operator's global administrator, signed in (outside any organization): reads every chain, names resolved.
    const globalToken = await signIn(person(data.memberships.find((m) => m.role === "global_admin")!.userId).email);
    const mine = await entries(adminToken, {}, 100);
    expect((await entries(globalToken, { organizationId: org.id }, 100)).map((e) => e.id)).toEqual(
      mine.map((e) => e.id),
    );
    const all = await entries(globalToken, {}, 100);
    expect(all.map((e) => e.id)).toEqual(expect.arrayContaining(mine.slice(0, 5).map((e) => e.id)));
    const other = data.organizations[1]?.id ?? randomUUID();
    const refused = await gql(platform.url, AUDIT_LOG, { filter: { organizationId: other } }, { token: adminToken });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("is refused to coordinators and mentors", async () => {
    for (const p of [coordinator, mentor]) {
      const r = await gql(platform.url, AUDIT_LOG, {}, { token: await signIn(p.email) });
      expect(r.errors?.[0]?.extensions?.code, p.email).toBe("FORBIDDEN");
      expect(r.data?.auditLog ?? null).toBeNull();
    }
  });
});

describe("the referral funnel, from facts", () => {
  const STEP = `mutation($c: String!, $s: ReferralStep!, $sub: String) { recordReferralEvent(code: $c, step: $s, subject: $sub) }`;
  const FUNNEL = `{ myReferralLinks { code funnel { clicks installs registrations firstLogins activations conversionRate } } }`;

  it("takes only clicks and installs from callers; registration, first sign-in and activation come from the person who arrived", async () => {
    const adminToken = await signIn(admin.email);
    // The demo organizations have every flag on; the generated one here may not.
    await call(
      adminToken,
      `mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }`,
      {
        input: { featureFlags: [{ key: "referrals", enabled: true }] },
      },
    );
    const mentorToken = await signIn(mentor.email);
    const code = (await call(mentorToken, `mutation { createReferralLink { code } }`)).createReferralLink
      .code as string;

    // An anonymous visitor clicks and installs.
    for (const [s, sub] of [
      ["CLICK", "visitor-1"],
      ["INSTALL", "device-1"],
    ])
      expect((await gql(platform.url, STEP, { c: code, s, sub })).data?.recordReferralEvent).toBe(true);
    // Nobody may post the later steps: not anonymously (the finding: activations 1 -> 3), not signed in.
    for (const s of ["REGISTRATION", "FIRST_LOGIN", "ACTIVATION"]) {
      for (const token of [undefined, mentorToken]) {
        const r = await gql(platform.url, STEP, { c: code, s, sub: "visitor-2" }, { token });
        expect(r.errors?.[0]?.extensions?.code, s).toBe("FORBIDDEN");
      }
    }

    // The visitor is invited, accepts with the link's code, signs in and registers an activity.
    const email = `ny.${randomUUID().slice(0, 8)}@example.no`;
    const invited = await call(
      adminToken,
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      {
        input: { email, localAssociationId: membership("peer_mentor").localAssociationId, role: "PEER_MENTOR" },
      },
    );
    const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { userId } }`;
    const input = {
      token: invited.inviteMember.token,
      password: "velkommen-2026",
      firstName: "Nora",
      lastName: "Ny",
      referralCode: code,
    };
    await expect
      .poll(async () => (await gql(platform.url, ACCEPT, { input })).data?.acceptInvitation?.userId, {
        timeout: 60_000,
        interval: 250,
      })
      .toEqual(expect.any(String));
    await expect
      .poll(async () => (await login(email, "velkommen-2026")).data?.login?.accessToken, {
        timeout: 60_000,
        interval: 250,
      })
      .toEqual(expect.any(String));
    const newcomer = dataOf(await login(email, "velkommen-2026")).login.accessToken as string; // a second sign-in: still one first sign-in
    const activity = {
      activityTypeKey: "home_visit",
      durationMinutes: 45,
      activityDate: new Date(Date.now() - 3_600_000).toISOString(),
    };
    await call(newcomer, `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`, {
      input: activity,
    });

    await expect
      .poll(async () => (await call(mentorToken, FUNNEL)).myReferralLinks, { timeout: 60_000, interval: 250 })
      .toEqual([
        {
          code,
          funnel: { clicks: 1, installs: 1, registrations: 1, firstLogins: 1, activations: 1, conversionRate: 1 },
        },
      ]);
  }, 180_000);
});
