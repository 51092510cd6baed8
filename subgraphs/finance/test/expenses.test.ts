import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EventEnvelope } from "@meander/events";
import { dataOf, startSubgraph, type SubgraphHarness, waitForEvent } from "@meander/testing";
import { eq } from "drizzle-orm";
import { NOBODY, scopes } from "@meander/db";
import { createApprovalRepository } from "../src/db/repositories/approvals.js";
import { createReimbursementRepository } from "../src/db/repositories/reimbursements.js";
import { createExpenseTypeRepository } from "../src/db/repositories/expense-types.js";
import { createExpenseRepository } from "../src/db/repositories/expenses.js";
import { outbox } from "../src/db/schema/index.js";
import { createLoaders } from "../src/loaders.js";
import { createSubgraph } from "../src/server.js";
import { activities, arrange, as, ids, SUBMIT } from "./arrange.js";

let h: SubgraphHarness;
const received: EventEnvelope[] = [];
const created = { kariParking: "", kariMileage: "", kari2Toll: "", olaByCoordinator: "", outsider: "" };

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await h.bus.subscribe({ group: "probe", topics: ["meander.finance"], handler: async (e) => void received.push(e) });
  await arrange(h);
  const submit = async (
    name: keyof typeof created,
    who: (typeof as)[keyof typeof as],
    input: Record<string, unknown>,
  ) => {
    const r = dataOf(await h.call<{ submitExpense: { id: string } }>(SUBMIT, { input }, who));
    created[name] = r.submitExpense.id;
  };
  await submit("kariParking", as.kari, {
    activityId: activities.kari,
    expenseTypeKey: "parking",
    amountOre: 4_500,
    description: "  Parkering ved sykehuset ",
  });
  await submit("kariMileage", as.kari, {
    activityId: activities.kari,
    expenseTypeKey: "mileage",
    amountOre: 8_400,
    distanceMeters: 24_000,
  });
  await submit("kari2Toll", as.kari, { activityId: activities.kari2, expenseTypeKey: "toll", amountOre: 3_200 });
  await submit("olaByCoordinator", as.coordinator, {
    activityId: activities.ola,
    expenseTypeKey: "parking",
    amountOre: 2_000,
  });
  await submit("outsider", as.outsider, { activityId: activities.outsider, expenseTypeKey: "toll", amountOre: 1_900 });
});

afterAll(() => h?.stop());

const EXPENSE = `query($id: ID!) { expense(id: $id) { id amountOre status user { id } submittedBy { id } activity { id } } }`;
const LIST = `query($first: Int, $after: String) { expenses(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Expense { id amountOre expenseTypeKey }
  ... on Activity { id expenses { id amountOre } }
} }`;

describe("finance: expenses", () => {
  it("submits an expense as the activity's mentor, with its type and amounts in øre", async () => {
    const r = dataOf(await h.call(EXPENSE, { id: created.kariMileage }, as.kari));
    expect(r.expense).toEqual({
      id: created.kariMileage,
      amountOre: 8_400,
      status: "SUBMITTED",
      user: { id: ids.kari },
      submittedBy: { id: ids.kari },
      activity: { id: activities.kari },
    });
    const types = dataOf(await h.call(`{ expenseTypes { key mileageRateOrePerKm isActive } }`, {}, as.kari));
    expect(types.expenseTypes.map((t: { key: string }) => t.key)).toEqual(["mileage", "parking", "toll"]);
    const all = dataOf(await h.call(`{ expenseTypes(includeInactive: true) { key isActive } }`, {}, as.admin));
    expect(all.expenseTypes).toContainEqual({ key: "taxi", isActive: false });
  });

  it("trims the description and resolves the expense type", async () => {
    const r = dataOf(
      await h.call(
        `query($id: ID!) { expense(id: $id) { description expenseType { key name maxAmountOre } } }`,
        { id: created.kariParking },
        as.kari,
      ),
    );
    expect(r.expense).toEqual({
      description: "Parkering ved sykehuset",
      expenseType: { key: "parking", name: "Parkering", maxAmountOre: 50_000 },
    });
  });

  it("lets a coordinator submit on a mentor's behalf: reimbursed to the mentor, submitted by the coordinator", async () => {
    const r = dataOf(await h.call(EXPENSE, { id: created.olaByCoordinator }, as.admin));
    expect(r.expense).toMatchObject({
      user: { id: ids.ola },
      submittedBy: { id: ids.coordinator },
      activity: { id: activities.ola },
    });
  });

  it("forbids a mentor to claim on another mentor's activity, and a global administrator to claim at all", async () => {
    const input = { activityId: activities.ola, expenseTypeKey: "parking", amountOre: 1_000 };
    const r = await h.call(SUBMIT, { input }, as.kari);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const g = await h.call(SUBMIT, { input }, as.global);
    expect(g.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("scopes the list: a mentor sees their own, an administrator the organization's, newest first", async () => {
    const kari = dataOf(await h.call(LIST, { first: 10 }, as.kari));
    expect(kari.expenses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      created.kari2Toll,
      created.kariMileage,
      created.kariParking,
    ]);
    const ola = dataOf(await h.call(EXPENSE, { id: created.kariParking }, as.ola));
    expect(ola.expense).toBeNull();
    const admin = dataOf(await h.call(LIST, {}, as.admin));
    expect(admin.expenses.edges).toHaveLength(4);
    expect(admin.expenses.pageInfo.hasNextPage).toBe(false);
  });

  it("pages with first/after over a stable keyset, never repeating or skipping", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r: {
        expenses: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = dataOf(await h.call(LIST, { first: 3, after }, as.coordinator));
      seen.push(...r.expenses.edges.map((e) => e.node.id));
      if (!r.expenses.pageInfo.hasNextPage) break;
      after = r.expenses.pageInfo.endCursor;
    }
    expect(seen).toEqual([created.olaByCoordinator, created.kari2Toll, created.kariMileage, created.kariParking]);
    const bad = await h.call(LIST, { after: "bm90LWEtY3Vyc29y" }, as.admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "cursor_format",
      field: "after",
    });
    const tooMany = await h.call(LIST, { first: 1000 }, as.admin);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "page_size_range",
      field: "first",
    });
  });

  it("resolves Expense entities through _entities, scoped like the root fields", async () => {
    const reps = [
      { __typename: "Expense", id: created.kariParking },
      { __typename: "Expense", id: created.outsider },
      { __typename: "Expense", id: "not-a-uuid" },
    ];
    const r = dataOf(await h.call(ENTITIES, { r: reps }, as.admin));
    expect(r._entities).toEqual([{ id: created.kariParking, amountOre: 4_500, expenseTypeKey: "parking" }, null, null]);
  });

  it("extends Activity with its expenses, many activities in one batch, scoped by organization and owner", async () => {
    const reps = [activities.kari, activities.ola, activities.kari2, activities.outsider].map((id) => ({
      __typename: "Activity",
      id,
    }));
    const r = dataOf(await h.call(ENTITIES, { r: reps }, as.admin));
    expect(r._entities).toEqual([
      {
        id: activities.kari,
        expenses: [
          { id: created.kariParking, amountOre: 4_500 },
          { id: created.kariMileage, amountOre: 8_400 },
        ],
      },
      { id: activities.ola, expenses: [{ id: created.olaByCoordinator, amountOre: 2_000 }] },
      { id: activities.kari2, expenses: [{ id: created.kari2Toll, amountOre: 3_200 }] },
      { id: activities.outsider, expenses: [] },
    ]);
    const mine = dataOf(await h.call(ENTITIES, { r: reps.slice(0, 2) }, as.kari));
    expect(mine._entities).toEqual([
      {
        id: activities.kari,
        expenses: [
          { id: created.kariParking, amountOre: 4_500 },
          { id: created.kariMileage, amountOre: 8_400 },
        ],
      },
      { id: activities.ola, expenses: [] },
    ]);
  });

  it("batches Activity.expenses: the loader asks the repository once for many activities", async () => {
    const repo = createExpenseRepository(h.db, scopes.organization(as.admin.organizationId, ids.admin));
    const batches: string[][] = [];
    const counted = {
      ...repo,
      byActivityIds: (activityIds: readonly string[]) => (
        batches.push([...activityIds]),
        repo.byActivityIds(activityIds)
      ),
    };
    const scope = scopes.organization(as.admin.organizationId);
    const loaders = createLoaders(
      counted,
      createExpenseTypeRepository(h.db, scope),
      createApprovalRepository(h.db, scope),
      createReimbursementRepository(h.db, NOBODY),
    );
    const lists = await Promise.all(
      [activities.kari, activities.ola, activities.kari2, activities.outsider].map((id) =>
        loaders.expensesByActivity.load(id),
      ),
    );
    expect(batches).toHaveLength(1);
    expect(lists.map((l) => l.length)).toEqual([2, 1, 1, 0]);
  });

  it("isolates tenants: organization B sees nothing of organization A, through root fields and _entities", async () => {
    const list = dataOf(await h.call(LIST, {}, as.outsider));
    expect(list.expenses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([created.outsider]);
    expect(dataOf(await h.call(EXPENSE, { id: created.kariParking }, as.outsider)).expense).toBeNull();
    const ents = dataOf(
      await h.call(
        ENTITIES,
        {
          r: [
            { __typename: "Expense", id: created.kariParking },
            { __typename: "Activity", id: activities.kari },
          ],
        },
        as.outsider,
      ),
    );
    expect(ents._entities).toEqual([null, { id: activities.kari, expenses: [] }]);
    const types = dataOf(await h.call(`{ expenseTypes(includeInactive: true) { id } }`, {}, as.outsider));
    expect(types.expenseTypes).toHaveLength(4);
    // Organization B cannot claim on organization A's activity: it is not known there.
    const claim = await h.call(
      SUBMIT,
      { input: { activityId: activities.kari, expenseTypeKey: "toll", amountOre: 100 } },
      as.outsider,
    );
    expect(claim.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "activity_known",
      field: "activityId",
    });
  });

  it("refuses anonymous callers, and requests the gateway did not sign (401)", async () => {
    const anon = await h.call(LIST, {});
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const anonEntities = await h.call(ENTITIES, { r: [{ __typename: "Expense", id: created.kariParking }] });
    expect(anonEntities.data?._entities).toEqual([null]);
    const anonSubmit = await h.call(SUBMIT, {
      input: { activityId: activities.kari, expenseTypeKey: "toll", amountOre: 100 },
    });
    expect(anonSubmit.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const q of [`{ _service { sdl } }`, ENTITIES, LIST]) {
      const r = await h.raw(q, { r: [{ __typename: "Expense", id: created.kariParking }] });
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const forged = await h.raw(`{ _service { sdl } }`, {}, { signingSecret: "x".repeat(64) });
    expect(forged.status).toBe(401);
  });

  it("writes finance.expense.submitted to the outbox in the same transaction and delivers it", async () => {
    await waitForEvent(() => expect(received.filter((e) => e.type === "finance.expense.submitted")).toHaveLength(5));
    const event = received.find((e) => e.aggregateId === created.olaByCoordinator)!;
    expect(event).toMatchObject({
      organizationId: as.coordinator.organizationId,
      actorId: ids.coordinator,
      payload: {
        expenseId: created.olaByCoordinator,
        activityId: activities.ola,
        userId: ids.ola,
        expenseTypeKey: "parking",
        amountOre: 2_000,
      },
    });
    const rows = await h.db.select().from(outbox).where(eq(outbox.aggregateId, created.olaByCoordinator));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.topic).toBe("meander.finance");
    await waitForEvent(async () => {
      const [row] = await h.db.select().from(outbox).where(eq(outbox.aggregateId, created.olaByCoordinator));
      expect(row!.sentAt).not.toBeNull();
    });
  });
});
