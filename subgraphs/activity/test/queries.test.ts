import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, daysAgo, register, type World } from "./world.js";

let h: SubgraphHarness;
let w: World;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  w = await arrangeWorld(h);
  ids.kari1 = await register(h, w.as(w.user.kari), { activityDate: daysAgo(1), contactId: w.contact.a1.id });
  ids.kari2 = await register(h, w.as(w.user.kari), { activityDate: daysAgo(5), activityTypeKey: "phone_call" });
  ids.kari3 = await register(h, w.as(w.user.kari), { activityDate: daysAgo(9) });
  ids.ola = await register(h, w.as(w.user.ola), { activityDate: daysAgo(3) });
  ids.per = await register(h, w.as(w.user.per), { activityDate: daysAgo(2), contactId: w.contact.a2.id });
  ids.nina = await register(h, w.as(w.user.nina), { activityDate: daysAgo(4), contactId: w.contact.b1.id });
  await h.call(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id: ids.kari2 }, w.as(w.user.coord));
});

afterAll(() => h?.stop());

const LIST = `query($first: Int, $after: String, $status: ActivityStatus) {
  activities(first: $first, after: $after, status: $status) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;
const idsOf = (r: { data?: any }) => r.data!.activities.edges.map((e: { node: { id: string } }) => e.node.id);
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Activity { id title status type { key name bufdirCategory } contact { firstName } mentor { id } localAssociation { id } }
  ... on Contact { id firstName lastName home: localAssociation { id } }
  ... on User { id activities { edges { node { id } } } }
  ... on LocalAssociation { id activities { edges { node { id } } } }
} }`;

describe("activity: queries (organization_scope_isolation)", () => {
  it("shows a mentor their own activities only, newest first", async () => {
    expect(idsOf(await h.call(LIST, {}, w.as(w.user.kari)))).toEqual([ids.kari1, ids.kari2, ids.kari3]);
  });

  it("shows a coordinator their local association, an administrator the organization", async () => {
    expect(idsOf(await h.call(LIST, {}, w.as(w.user.coord)))).toEqual([ids.kari1, ids.ola, ids.kari2, ids.kari3]);
    expect(idsOf(await h.call(LIST, {}, w.as(w.user.admin)))).toEqual([
      ids.kari1,
      ids.per,
      ids.ola,
      ids.kari2,
      ids.kari3,
    ]);
  });

  it("pages with keyset cursors and filters by status", async () => {
    const p1 = await h.call(LIST, { first: 2 }, w.as(w.user.admin));
    expect(idsOf(p1)).toEqual([ids.kari1, ids.per]);
    expect(p1.data!.activities.pageInfo.hasNextPage).toBe(true);
    const p2 = await h.call(LIST, { first: 2, after: p1.data!.activities.pageInfo.endCursor }, w.as(w.user.admin));
    expect(idsOf(p2)).toEqual([ids.ola, ids.kari2]);
    const p3 = await h.call(LIST, { first: 2, after: p2.data!.activities.pageInfo.endCursor }, w.as(w.user.admin));
    expect(idsOf(p3)).toEqual([ids.kari3]);
    expect(p3.data!.activities.pageInfo).toMatchObject({ hasNextPage: false });
    expect(idsOf(await h.call(LIST, { status: "APPROVED" }, w.as(w.user.admin)))).toEqual([ids.kari2]);
    const bad = await h.call(LIST, { after: Buffer.from('["x"]').toString("base64url") }, w.as(w.user.admin));
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "cursor_format",
      field: "after",
    });
    const big = await h.call(LIST, { first: 1000 }, w.as(w.user.admin));
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "page_size_range" });
  });

  it("answers activity(id) with the type, contact, mentor and local association", async () => {
    const r = await h.call(
      `query($id: ID!) { activity(id: $id) { id type { key name bufdirCategory isActive } contact { firstName lastName municipality } mentor { id } localAssociation { id } } }`,
      { id: ids.kari1 },
      w.as(w.user.coord),
    );
    expect(r.data!.activity).toEqual({
      id: ids.kari1,
      type: { key: "home_visit", name: "Hjemmebesøk", bufdirCategory: "OUTREACH_IN_PERSON", isActive: true },
      contact: { firstName: "Astrid", lastName: "Berg", municipality: "Bergen" },
      mentor: { id: w.user.kari },
      localAssociation: { id: w.la.a1 },
    });
    expect(
      (await h.call(`query($id: ID!) { activity(id: $id) { id } }`, { id: ids.kari1 }, w.as(w.user.ola))).data!
        .activity,
    ).toBeNull();
  });

  it("lists the organization's activity types and contacts in scope", async () => {
    const types = await h.call(
      `{ activityTypes { key } all: activityTypes(includeInactive: true) { key isActive } }`,
      {},
      w.as(w.user.kari),
    );
    expect(types.data!.activityTypes.map((t: { key: string }) => t.key).sort()).toEqual([
      "course_day",
      "digital_chat",
      "group_meeting",
      "home_visit",
      "phone_call",
    ]);
    expect(types.data!.all).toContainEqual({ key: "retired_visit", isActive: false });
    const CONTACTS = `query($after: String) { contacts(first: 1, after: $after) { edges { node { id lastName } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = await h.call(CONTACTS, {}, w.as(w.user.admin));
    expect(p1.data!.contacts.edges.map((e: any) => e.node.lastName)).toEqual(["Berg"]);
    const p2 = await h.call(CONTACTS, { after: p1.data!.contacts.pageInfo.endCursor }, w.as(w.user.admin));
    expect(p2.data!.contacts).toMatchObject({
      edges: [{ node: { lastName: "Dahl" } }],
      pageInfo: { hasNextPage: false },
    });
    const mentor = await h.call(`{ contacts { edges { node { id } } } }`, {}, w.as(w.user.kari));
    expect(mentor.data!.contacts.edges).toEqual([{ node: { id: w.contact.a1.id } }]);
    expect(
      (await h.call(`query($id: ID!) { contact(id: $id) { id } }`, { id: w.contact.a2.id }, w.as(w.user.kari))).data!
        .contact,
    ).toBeNull();
  });

  it("resolves Activity, Contact, User and LocalAssociation through _entities, scoped like the root fields", async () => {
    const reps = [
      { __typename: "Activity", id: ids.kari1 },
      { __typename: "Contact", id: w.contact.a1.id },
      { __typename: "User", id: w.user.kari },
      { __typename: "LocalAssociation", id: w.la.a2 },
    ];
    const r = await h.call(ENTITIES, { r: reps }, w.as(w.user.admin));
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities).toEqual([
      {
        id: ids.kari1,
        title: "Hjemmebesøk med Astrid Berg",
        status: "PENDING_REVIEW",
        type: { key: "home_visit", name: "Hjemmebesøk", bufdirCategory: "OUTREACH_IN_PERSON" },
        contact: { firstName: "Astrid" },
        mentor: { id: w.user.kari },
        localAssociation: { id: w.la.a1 },
      },
      { id: w.contact.a1.id, firstName: "Astrid", lastName: "Berg", home: { id: w.la.a1 } },
      {
        id: w.user.kari,
        activities: { edges: [{ node: { id: ids.kari1 } }, { node: { id: ids.kari2 } }, { node: { id: ids.kari3 } }] },
      },
      { id: w.la.a2, activities: { edges: [{ node: { id: ids.per } }] } },
    ]);
  });

  it("gives a user of another organization nothing, through root fields and _entities", async () => {
    const nina = w.as(w.user.nina);
    expect(idsOf(await h.call(LIST, {}, nina))).toEqual([ids.nina]);
    expect(idsOf(await h.call(LIST, {}, w.as(w.user.coordB)))).toEqual([ids.nina]);
    expect(
      (await h.call(`query($id: ID!) { activity(id: $id) { id } }`, { id: ids.kari1 }, nina)).data!.activity,
    ).toBeNull();
    expect(
      (await h.call(`query($id: ID!) { contact(id: $id) { id } }`, { id: w.contact.a1.id }, nina)).data!.contact,
    ).toBeNull();
    const types = await h.call(`{ activityTypes(includeInactive: true) { key } }`, {}, nina);
    expect(types.data!.activityTypes.map((t: { key: string }) => t.key)).not.toContain("retired_visit");
    const reps = [
      { __typename: "Activity", id: ids.kari1 },
      { __typename: "Contact", id: w.contact.a1.id },
      { __typename: "User", id: w.user.kari },
      { __typename: "LocalAssociation", id: w.la.a1 },
    ];
    const r = await h.call(ENTITIES, { r: reps }, w.as(w.user.coordB));
    expect(r.data!._entities).toEqual([
      null,
      null,
      { id: w.user.kari, activities: { edges: [] } },
      { id: w.la.a1, activities: { edges: [] } },
    ]);
  });

  it("lets an anonymous _entities call resolve nothing and see nothing", async () => {
    const r = await h.call(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id } ... on Contact { id } } }`,
      {
        r: [
          { __typename: "Activity", id: ids.kari1 },
          { __typename: "Contact", id: w.contact.a1.id },
        ],
      },
    );
    expect(r.data?._entities).toEqual([null, null]);
    const user = await h.call(ENTITIES, { r: [{ __typename: "User", id: w.user.kari }] });
    expect(user.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(user.data ?? null)).not.toContain(ids.kari1);
  });

  it("refuses requests the gateway did not sign (401), _entities and _service included", async () => {
    for (const q of [
      `{ _service { sdl } }`,
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      `{ activities { edges { cursor } } }`,
    ]) {
      const r = await h.raw(q, { r: [{ __typename: "Activity", id: ids.kari1 }] });
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const anon = await h.call(`{ activities { edges { cursor } } }`);
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
