/**
 * One visibility model across subgraphs (issue 18 finding 6, item 4), through the gateway on PostgreSQL. A
 * coordinator walks their finance, activity and engagement screens with names while mentors of another local
 * association of the organization have claims, reimbursements, enrollments, workshop places and invite links: every
 * answer is whole (no `data: null`, no error) and holds only their own local association's people. Coordinators
 * decide only their local associations' expenses and reimbursements; accounting exports and payouts are organization
 * administrators' (FORBIDDEN). And a nullability failure the gateway finds while shaping an answer is an error.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Role } from "@meander/auth";
import { generateDemoData } from "@meander/fixtures";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, gql, type GraphQLResponse, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";

const data = generateDemoData({
  seed: 18,
  organizations: 1,
  regionsPerOrganization: 1,
  associationsPerRegion: 2,
  mentorsPerAssociation: 2,
  contactsPerMentor: 1,
  activitiesPerMentor: 8,
  referenceDate: new Date("2026-10-01T12:00:00Z"),
});
const org = data.organizations[0]!;
const [laA, laB] = data.localAssociations;
const member = (la: string, role: string) =>
  data.memberships.filter((m) => m.localAssociationId === la && m.role === role);
const nameOf = (userId: string) => {
  const p = data.people.find((x) => x.id === userId)!;
  return `${p.firstName} ${p.lastName}`;
};
const laOfActivity = new Map(data.activities.map((a) => [a.id, a.localAssociationId]));
const expensesIn = (la: string) => data.expenses.filter((e) => laOfActivity.get(e.activityId) === la);

let db: TestDatabase;
let platform: Platform;
const tokens: Record<string, string> = {};
/** Mentors with claims: one in the coordinator's local association (A), one in the other (B). */
let mentorA = "";
let mentorB = "";

async function call(who: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  return gql(platform.url, query, variables, { token: tokens[who] });
}
/** A whole answer: no error, and data. */
async function whole(who: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await call(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  expect(r.data).not.toBeNull();
  return r.data;
}
const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  mentorA = expensesIn(laA!.id)[0]!.userId;
  mentorB = expensesIn(laB!.id)[0]!.userId;
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    port: 0,
    seed: data,
    keyDir: null,
    scheduledJobs: false,
    log: createLogger("visibility", "silent"),
  });
  const mint = async (label: string, m: { userId: string; localAssociationId: string; role: Role }) =>
    (tokens[label] = await platform.mint({
      userId: m.userId,
      organizationId: org.id,
      localAssociationId: m.localAssociationId,
      role: m.role,
    }));
  await mint(
    "admin",
    data.memberships.find((m) => m.organizationId === org.id && m.role === "org_admin")!,
  );
  await mint("coordA", member(laA!.id, "coordinator")[0]!);
  await mint("coordB", member(laB!.id, "coordinator")[0]!);
  await mint("mentorA", { userId: mentorA, localAssociationId: laA!.id, role: "peer_mentor" });
  await mint("mentorB", { userId: mentorB, localAssociationId: laB!.id, role: "peer_mentor" });
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

const APPROVE_EXPENSE = `mutation($id: ID!) { approveExpense(id: $id) { id status } }`;
const CREATE_REIMBURSEMENT = `mutation { createReimbursement { id status } }`;
const APPROVE_REIMBURSEMENT = `mutation($id: ID!) { approveReimbursement(id: $id, note: "Kontrollert") { id status } }`;

describe("one visibility model: a coordinator with another local association's mentors in the organization", () => {
  const reimbursementOf: Record<string, string> = {};

  it("lets a coordinator decide only their local association's expenses and reimbursements (FORBIDDEN otherwise)", async () => {
    const [expenseA, expenseB] = [
      expensesIn(laA!.id).find((e) => e.userId === mentorA)!,
      expensesIn(laB!.id).find((e) => e.userId === mentorB)!,
    ];
    expect(codeOf(await call("coordA", APPROVE_EXPENSE, { id: expenseB.id }))).toBe("FORBIDDEN");
    expect((await whole("coordA", APPROVE_EXPENSE, { id: expenseA.id })).approveExpense.status).toBe("APPROVED");
    expect((await whole("coordB", APPROVE_EXPENSE, { id: expenseB.id })).approveExpense.status).toBe("APPROVED");
    reimbursementOf.A = (await whole("mentorA", CREATE_REIMBURSEMENT)).createReimbursement.id;
    reimbursementOf.B = (await whole("mentorB", CREATE_REIMBURSEMENT)).createReimbursement.id;
    expect(codeOf(await call("coordA", APPROVE_REIMBURSEMENT, { id: reimbursementOf.B }))).toBe("FORBIDDEN");
    expect((await whole("coordA", APPROVE_REIMBURSEMENT, { id: reimbursementOf.A })).approveReimbursement.status).toBe(
      "APPROVED",
    );
  });

  it("keeps accounting exports and payouts to organization administrators (FORBIDDEN for a coordinator)", async () => {
    expect(codeOf(await call("coordA", `mutation { createAccountingExport(system: XLEDGER) { id } }`))).toBe(
      "FORBIDDEN",
    );
    expect(
      codeOf(
        await call("coordA", `mutation($id: ID!) { markAccountingExportPaid(id: $id) { id } }`, { id: randomUUID() }),
      ),
    ).toBe("FORBIDDEN");
    expect(codeOf(await call("coordA", `{ accountingExports { id } }`))).toBe("FORBIDDEN");
  });

  it("walks the coordinator's finance screens with names: whole answers, their local association only", async () => {
    const own = expensesIn(laA!.id);
    const list = await whole(
      "coordA",
      `{ expenses(first: 100) { edges { node { id user { id displayName } submittedBy { displayName } activity { id } } } } }`,
    );
    const nodes = list.expenses.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id).sort()).toEqual(own.map((e) => e.id).sort());
    for (const n of nodes) expect(n.user.displayName).toBe(nameOf(n.user.id));
    const r = await whole(
      "coordA",
      `{ reimbursements { id user { displayName } createdBy { displayName } expenses { id user { displayName } } approvals { outcome } } }`,
    );
    expect(r.reimbursements.map((x: any) => [x.id, x.user.displayName, x.createdBy.displayName])).toEqual([
      [reimbursementOf.A, nameOf(mentorA), nameOf(mentorA)],
    ]);
  });

  it("walks the coordinator's activity screen with names and the claims on each activity", async () => {
    const own = data.activities.filter((a) => a.localAssociationId === laA!.id);
    const r = await whole(
      "coordA",
      `{ activities(first: 100) { edges { node { id mentor { id displayName } expenses { id user { displayName } } } } } }`,
    );
    const nodes = r.activities.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id).sort()).toEqual(own.map((a) => a.id).sort());
    for (const n of nodes) expect(n.mentor.displayName).toBe(nameOf(n.mentor.id));
  });

  it("walks the coordinator's engagement screens with names: enrollments, workshop places, invite links, certifications", async () => {
    const course = data.courses.find((c) => c.organizationId === org.id)!;
    const session = (
      await whole(
        "admin",
        `mutation { createMentorProgramSession(input: { title: "Gruppementorering", startsOn: "2026-11-02", endsOn: "2026-11-03" }) { id } }`,
      )
    ).createMentorProgramSession.id;
    for (const mentor of [mentorA, mentorB]) {
      await whole("admin", `mutation($c: ID!, $u: ID!) { enrollInCourse(courseId: $c, userId: $u) { id } }`, {
        c: course.id,
        u: mentor,
      });
      await whole("admin", `mutation($s: ID!, $u: ID!) { addWorkshopParticipant(sessionId: $s, userId: $u) { id } }`, {
        s: session,
        u: mentor,
      });
    }
    await whole("mentorA", `mutation { createReferralLink { id } }`);
    await whole("mentorB", `mutation { createReferralLink { id } }`);
    const r = await whole(
      "coordA",
      `query($c: ID!, $s: ID!) {
        course(id: $c) { enrollments { user { displayName } } }
        mentorProgramSession(id: $s) { participants { user { displayName } } }
        referralLinks { referrer { displayName } }
        certifications { user { displayName } }
      }`,
      { c: course.id, s: session },
    );
    expect(r.course.enrollments.map((e: any) => e.user.displayName)).toEqual([nameOf(mentorA)]);
    expect(r.mentorProgramSession.participants.map((p: any) => p.user.displayName)).toEqual([nameOf(mentorA)]);
    expect(r.referralLinks.map((l: any) => l.referrer.displayName)).toEqual([nameOf(mentorA)]);
    expect(r.certifications).toEqual([]);
    // The organization administrator sees both local associations' people.
    const all = await whole(
      "admin",
      `query($c: ID!) { course(id: $c) { enrollments { user { displayName } } } referralLinks { referrer { displayName } } }`,
      { c: course.id },
    );
    expect(all.course.enrollments.map((e: any) => e.user.displayName).sort()).toEqual(
      [nameOf(mentorA), nameOf(mentorB)].sort(),
    );
    expect(all.referralLinks).toHaveLength(2);
  });

  it("answers a value the subgraphs could not complete with an error, never a silent data: null", async () => {
    // Identity forgets mentor A's membership (as when a membership event is lost): finance still hands out their claims.
    await platform.database.db.execute(sql`delete from identity.membership_projection where user_id = ${mentorA}`);
    const r = await call("coordA", `{ reimbursements { id user { displayName } } }`);
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(r.errors?.[0]?.path?.slice(0, 3)).toEqual(["reimbursements", 0, "user"]);
    expect((r as { extensions?: Record<string, unknown> }).extensions?.valueCompletion).toBeUndefined();
  });
});
