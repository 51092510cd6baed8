/**
 * End to end: the gateway and the six subgraphs in one process against
 * PostgreSQL, seeded with generated data whose events flowed between the
 * subgraphs; one query crosses five of them.
 */
import { readFileSync } from "node:fs";
import { buildSchema, isNonNullType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { SUPERGRAPH_FILE } from "@meander/gateway";
import { inject } from "vitest";
import { generateDemoData } from "@meander/fixtures";
import { replayReadModel } from "@meander/reporting";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, gql, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";

const data = generateDemoData({
  seed: 11,
  regionsPerOrganization: 2,
  associationsPerRegion: 2,
  mentorsPerAssociation: 2,
  referenceDate: new Date("2026-10-01T12:00:00Z"),
});
const org = data.organizations[0]!;
const admin = data.memberships.find((m) => m.role === "org_admin")!;
let db: TestDatabase;
let platform: Platform;
let adminToken: string;

beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    port: 0,
    seed: data,
    keyDir: null,
    log: createLogger("e2e", "silent"),
  });
  adminToken = await platform.mint({
    userId: admin.userId,
    organizationId: org.id,
    localAssociationId: admin.localAssociationId,
    role: "org_admin",
  });
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

const CROSSING = `query($first: Int) {
  activities(first: $first) {
    edges { node {
      id title status
      mentor { id displayName }
      localAssociation { id name activityStats { registered approved } }
      expenses { amountOre }
    } }
  }
}`;

describe("the federated platform", () => {
  it("answers one query across activity, identity, organization, reporting and finance with the seeded data", async () => {
    const r = await gql(platform.url, CROSSING, { first: 50 }, { token: adminToken });
    expect(r.errors).toBeUndefined();
    const nodes = (r.data as any).activities.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(Math.min(50, data.activities.length));
    for (const node of nodes) {
      const a = data.activities.find((x) => x.id === node.id)!;
      const mentor = data.people.find((p) => p.id === a.userId)!;
      const la = data.localAssociations.find((l) => l.id === a.localAssociationId)!;
      expect(node.mentor).toEqual({ id: mentor.id, displayName: `${mentor.firstName} ${mentor.lastName}` });
      expect(node.localAssociation.name).toBe(la.name);
      const inLa = data.activities.filter((x) => x.localAssociationId === la.id);
      expect(node.localAssociation.activityStats).toEqual({
        registered: inLa.length,
        approved: inLa.filter((x) => x.status === "approved").length,
      });
      expect(node.expenses.map((e: any) => e.amountOre).sort()).toEqual(
        data.expenses
          .filter((e) => e.activityId === a.id)
          .map((e) => e.amountOre)
          .sort(),
      );
    }
  });

  it("refuses a bad token at the gateway and an unsigned request at a subgraph", async () => {
    const bad = await gql(
      platform.url,
      `{ activities(first: 1) { edges { node { id } } } }`,
      {},
      { token: "abc.def.ghi" },
    );
    expect(bad.status).toBe(401);
    expect(bad.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const url of Object.values(platform.subgraphUrls)) {
      const direct = await gql(url, `{ _service { sdl } }`, {}, { token: adminToken });
      expect(direct.status).toBe(401);
    }
  });

  it("answers a malformed id on every root field without an internal error (walks the composed schema)", async () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, "utf8").replace(/^#.*$/gm, ""), { assumeValidSDL: true });
    const fields = Object.values(schema.getQueryType()!.getFields()).filter(
      (f) => f.args.length === 1 && f.args[0]!.name === "id" && isNonNullType(f.args[0]!.type),
    );
    expect(fields.length).toBeGreaterThanOrEqual(6);
    for (const field of fields) {
      const r = await gql(
        platform.url,
        `query($id: ID!) { ${field.name}(id: $id) { __typename } }`,
        { id: "not-a-uuid" },
        { token: adminToken },
      );
      const codes = (r.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, field.name).not.toContain("INTERNAL_SERVER_ERROR");
      expect(r.status, field.name).toBeLessThan(500);
    }
  });

  it("audits every read of a global administrator in each subgraph it reaches, and no one else's", async () => {
    const audits = async () =>
      queryRows<{ type: string; fields: string[]; actor: string }>(
        db.handle.db,
        sql`select type, payload->'fields' as fields, payload->>'actorId' as actor from activity.outbox where type = 'activity.audit.recorded'
            union all select type, payload->'fields', payload->>'actorId' from identity.outbox where type = 'identity.audit.recorded'`,
      );
    const before = (await audits()).length;
    await gql(platform.url, `{ activities(first: 2) { edges { node { id } } } }`, {}, { token: adminToken });
    expect((await audits()).length).toBe(before);

    const globalAdmin = "0190a3b4-0000-7000-8000-0000000000aa";
    const token = await platform.mint({
      userId: globalAdmin,
      organizationId: null,
      localAssociationId: null,
      role: "global_admin",
    });
    const r = await gql(
      platform.url,
      `query Oversight { activities(first: 2) { edges { node { id mentor { displayName } } } } }`,
      {},
      { token },
    );
    expect(r.errors).toBeUndefined();
    const mine = (await audits()).filter((a) => a.actor === globalAdmin);
    expect(mine).toEqual(
      expect.arrayContaining([
        { type: "activity.audit.recorded", fields: ["activities"], actor: globalAdmin },
        { type: "identity.audit.recorded", fields: ["_entities"], actor: globalAdmin },
      ]),
    );
  });

  it("counts a group meeting's participants in the Bufdir report once it is approved", async () => {
    // Issue #21 finding 1: the registration event carried no participant count, so every report said 0.
    const mentor = data.memberships.find((m) => m.role === "peer_mentor")!;
    const coordinator = data.memberships.find(
      (m) => m.role === "coordinator" && m.localAssociationId === mentor.localAssociationId,
    )!;
    const as = (m: typeof mentor) =>
      platform.mint({
        userId: m.userId,
        organizationId: m.organizationId,
        localAssociationId: m.localAssociationId,
        role: m.role,
      });
    const year = new Date().getFullYear();
    const REPORT = `query($year: Int!) { bufdirReport(year: $year) { participants byActivityType { activityType participants } } }`;
    const groupParticipants = async () => {
      const r = await gql(platform.url, REPORT, { year }, { token: adminToken });
      expect(r.errors).toBeUndefined();
      const report = (r.data as any).bufdirReport;
      return {
        total: report.participants as number,
        group: (report.byActivityType.find((t: any) => t.activityType === "group_meeting")?.participants ??
          0) as number,
      };
    };
    const before = await groupParticipants();
    const registered = await gql(
      platform.url,
      `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id participantCount bufdir { countable } } }`,
      {
        input: { activityTypeKey: "group_meeting", durationMinutes: 90, participantCount: 5, location: "Bydelshuset" },
      },
      { token: await as(mentor) },
    );
    expect(registered.errors).toBeUndefined();
    const activity = (registered.data as any).registerActivity;
    expect(activity).toMatchObject({ participantCount: 5, bufdir: { countable: true } });
    const approved = await gql(
      platform.url,
      `mutation($id: ID!) { approveActivity(id: $id) { status } }`,
      { id: activity.id },
      { token: await as(coordinator) },
    );
    expect(approved.errors).toBeUndefined();
    await expect.poll(groupParticipants).toEqual({ total: before.total + 5, group: before.group + 5 });
  });

  it("rebuilds reporting's read model from the kept outbox rows on the in-process bus: same Bufdir report (pnpm replay)", async () => {
    // Issue 21 item 6: the in-process bus kept no log, so a replay on the embedded start rebuilt an empty read model.
    const REPORT = `query($year: Int!) { bufdirReport(year: $year) { activityDays participants activeMentors byMonth { month activityDays }
      regions { regionId activityDays localAssociations { localAssociationId name activityDays participants } } } }`;
    const report = async () => {
      const r = await gql(platform.url, REPORT, { year: new Date().getFullYear() }, { token: adminToken });
      expect(r.errors).toBeUndefined();
      return (r.data as any).bufdirReport;
    };
    const facts = () =>
      queryRows<{ n: number }>(db.handle.db, sql`select count(*)::int as n from reporting.activity_facts`);
    await platform.settle();
    const before = await report();
    const factsBefore = await facts();
    expect(before.activityDays).toBeGreaterThan(0);
    await replayReadModel({ db: platform.database.db, bus: platform.bus });
    expect(await facts()).toEqual(factsBefore);
    expect(await report()).toEqual(before);
  });

  it("gives an anonymous caller no tenant data", async () => {
    const r = await gql(platform.url, `{ activities(first: 5) { edges { node { id } } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(r.data?.activities ?? null).toBeNull();
  });

  it("answers a custom scalar value a subgraph cannot coerce as bad input, not as an internal error", async () => {
    const r = await gql(
      platform.url,
      `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`,
      { i: { title: "Kurs", kind: "CERTIFICATION", capacity: 5, startsOn: "yesterday" } },
      { token: adminToken },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toContain("LocalDate");
    const literal = await gql(
      platform.url,
      `mutation { createMentorProgramSession(input: { title: "Feil", startsOn: "2026-13-40", endsOn: "2027-05-02" }) { id } }`,
      {},
      { token: adminToken },
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.startsOn",
      rule: "value_format",
    });
    const courses = await gql(
      platform.url,
      `{ courses(first: 50) { edges { node { title } } } }`,
      {},
      { token: adminToken },
    );
    expect((courses.data as any).courses.edges.map((e: any) => e.node.title)).not.toContain("Kurs");
  });

  it("passes every violation of a refused form through the gateway (extensions.violations), worded in the caller's language", async () => {
    const refused = (headers?: Record<string, string>) =>
      gql(
        platform.url,
        `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`,
        { i: { title: " ", kind: "CERTIFICATION", capacity: 0, startsOn: "2027-01-10" } },
        { token: adminToken, headers },
      );
    const [nb, en, nn] = await Promise.all([
      refused(),
      refused({ "accept-language": "en-GB,en;q=0.9" }),
      refused({ "accept-language": "nn-NO" }),
    ]);
    expect(nb.errors).toHaveLength(1);
    expect(nb.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "title",
      rule: "title_length",
      violations: [
        { field: "title", rule: "title_length", message: expect.any(String) },
        { field: "capacity", rule: "capacity_positive", message: expect.any(String) },
      ],
    });
    // Bokmål by default (the catalog's text with the limit the domain passed), English and nynorsk on request.
    const messages = (r: typeof nb) =>
      (r.errors?.[0]?.extensions?.violations as Array<{ message: string }>).map((v) => v.message);
    expect(nb.errors?.[0]?.message).toBe("Tittelen må ha 1 til 200 tegn");
    expect(messages(nb)).toEqual([
      "Tittelen må ha 1 til 200 tegn",
      "Kapasiteten er minst 1 (la feltet stå tomt for ingen grense)",
    ]);
    expect(messages(en)).toEqual([
      "The title must be 1 to 200 characters",
      "The capacity is at least 1 (leave it empty for no limit)",
    ]);
    expect(messages(nn)[0]).toBe("Tittelen må ha 1 til 200 teikn");
    expect(en.errors?.[0]?.extensions).toMatchObject({ field: "title", rule: "title_length" });
  });
});
