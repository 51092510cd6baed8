import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { as } from "./support.js";

let h: SubgraphHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const laA = randomUUID();
const laB = randomUUID();
const adminA = as(randomUUID(), orgA, laA, "org_admin");
const coordinatorA = as(randomUUID(), orgA, laA, "coordinator");
const mentorA = as(randomUUID(), orgA, laA, "peer_mentor");
const adminB = as(randomUUID(), orgB, laB, "org_admin");

const CREATE = `mutation($input: CreateCourseInput!) {
  createCourse(input: $input) { id title description kind capacity startsOn endsOn location status createdAt }
}`;
const COURSES = `query($first: Int, $after: String) {
  courses(first: $first, after: $after) { edges { cursor node { id title startsOn } } pageInfo { hasNextPage endCursor } }
}`;
const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Course { id title }
    ... on Organization { id courses(first: 10) { edges { node { title } } } }
  }
}`;

const base = { kind: "CERTIFICATION", capacity: 20 };
const titles = ["Grunnkurs for likepersoner", "Samtaleteknikk", "Karriereverksted", "Etikk i likepersonsarbeid"];
const created: Record<string, string> = {};

async function create(input: Record<string, unknown>, who = adminA) {
  return h.call(CREATE, { input: { ...base, ...input } }, who);
}

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  for (const [i, title] of titles.entries()) {
    const r = await create({ title, startsOn: `2027-0${i + 2}-10` }, i % 2 === 0 ? adminA : coordinatorA);
    expect(r.errors).toBeUndefined();
    created[title] = r.data!.createCourse.id;
  }
  const other = await create({ title: "HLF-kurs", startsOn: "2027-01-05" }, adminB);
  created["HLF-kurs"] = other.data!.createCourse.id;
});

afterAll(() => h?.stop());

describe("engagement: courses", () => {
  it("creates a course with every field, PLANNED by default", async () => {
    const r = await create({
      title: "  Mestringskurs  ",
      description: "To dager med samtaletrening",
      kind: "CAREER_WORKSHOP",
      capacity: 12,
      startsOn: "2027-06-01",
      endsOn: "2027-06-02",
      location: "Oslo",
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.createCourse).toMatchObject({
      title: "Mestringskurs",
      description: "To dager med samtaletrening",
      kind: "CAREER_WORKSHOP",
      capacity: 12,
      startsOn: "2027-06-01",
      endsOn: "2027-06-02",
      location: "Oslo",
      status: "PLANNED",
    });
    const read = await h.call(
      `query($id: ID!) { course(id: $id) { id title kind status } }`,
      { id: r.data!.createCourse.id },
      mentorA,
    );
    expect(read.data?.course).toEqual({
      id: r.data!.createCourse.id,
      title: "Mestringskurs",
      kind: "CAREER_WORKSHOP",
      status: "PLANNED",
    });
  });

  it("lists the organization's courses by start date, page by page", async () => {
    const first = await h.call(COURSES, { first: 2 }, mentorA);
    expect(first.errors).toBeUndefined();
    expect(first.data?.courses.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(titles.slice(0, 2));
    expect(first.data?.courses.pageInfo.hasNextPage).toBe(true);
    const second = await h.call(COURSES, { first: 2, after: first.data?.courses.pageInfo.endCursor }, mentorA);
    expect(second.data?.courses.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(
      titles.slice(2, 4),
    );
    const all = await h.call(COURSES, { first: 100 }, mentorA);
    const names = all.data?.courses.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(names).not.toContain("HLF-kurs");
    expect(all.data?.courses.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses a bad page size or cursor", async () => {
    const big = await h.call(COURSES, { first: 1000 }, mentorA);
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
      rule: "page_size_range",
    });
    const forged = Buffer.from(JSON.stringify(["x'; drop table", 1])).toString("base64url");
    const bad = await h.call(COURSES, { first: 2, after: forged }, mentorA);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
      rule: "cursor_format",
    });
  });

  it("names the rule and field of each broken validation rule", async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: " ", startsOn: "2027-01-01" }, "title_length", "title"],
      [{ title: "x".repeat(201), startsOn: "2027-01-01" }, "title_length", "title"],
      [{ title: "Kurs", capacity: 0, startsOn: "2027-01-01" }, "capacity_positive", "capacity"],
      [{ title: "Kurs", startsOn: "2027-01-10", endsOn: "2027-01-09" }, "date_order", "endsOn"],
    ];
    for (const [input, rule, field] of cases) {
      const r = await create(input);
      expect(r.data?.createCourse ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
    }
    const all = await create({ title: " ", capacity: 0, startsOn: "2027-01-10", endsOn: "2027-01-09" });
    expect((all.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "title_length",
      "capacity_positive",
      "date_order",
    ]);
  });

  it("lets only coordinators and organization administrators create courses", async () => {
    const r = await create({ title: "Mitt kurs", startsOn: "2027-01-01" }, mentorA);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(r.data?.createCourse ?? null).toBeNull();
  });

  it("resolves Course and Organization entities, scoped to the caller's organization", async () => {
    const reps = [
      { __typename: "Course", id: created[titles[0]!] },
      { __typename: "Course", id: created["HLF-kurs"] },
      { __typename: "Organization", id: orgA },
    ];
    const r = await h.call(ENTITIES, { r: reps }, adminA);
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities[0]).toEqual({ id: created[titles[0]!], title: titles[0] });
    expect(r.data?._entities[1]).toBeNull();
    expect(r.data?._entities[2].id).toBe(orgA);
    expect(r.data?._entities[2].courses.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(
      expect.arrayContaining(titles),
    );
  });

  it("shows a user of another organization nothing of organization A", async () => {
    const course = await h.call(`query($id: ID!) { course(id: $id) { id } }`, { id: created[titles[0]!] }, adminB);
    expect(course.errors).toBeUndefined();
    expect(course.data?.course).toBeNull();
    const list = await h.call(COURSES, { first: 100 }, adminB);
    expect(list.data?.courses.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(["HLF-kurs"]);
    const entities = await h.call(
      ENTITIES,
      {
        r: [
          { __typename: "Course", id: created[titles[1]!] },
          { __typename: "Organization", id: orgA },
        ],
      },
      adminB,
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities).toEqual([null, { id: orgA, courses: { edges: [] } }]);
  });

  it("gives an anonymous caller nothing, also through _entities", async () => {
    const r = await h.call(ENTITIES, { r: [{ __typename: "Course", id: created[titles[0]!] }] });
    expect(r.data?._entities).toEqual([null]);
    const q = await h.call(COURSES, {});
    expect(q.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses requests the gateway did not sign", async () => {
    for (const q of [
      `{ _service { sdl } }`,
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      `{ courses { edges { cursor } } }`,
    ]) {
      const r = await h.raw(q, { r: [{ __typename: "Course", id: created[titles[0]!] }] });
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("answers a value PostgreSQL cannot hold (malformed id, year 0) as bad input, writing nothing", async () => {
    const count = async () => (await h.call(COURSES, { first: 100 }, adminA)).data!.courses.edges.length;
    const before = await count();
    for (const input of [
      { title: "Feil id", startsOn: "2027-03-01", certificationTypeId: "not-a-uuid" },
      { title: "År null", startsOn: "0000-01-01" },
    ]) {
      const r = await create(input);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "value_format" });
      expect(JSON.stringify(r.errors)).not.toMatch(/select|insert|engagement\./i);
    }
    expect(await count()).toBe(before);
  });
});
