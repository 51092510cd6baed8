/**
 * Time comes from the request (issue 25): a claim's submission and its decision, automatic or a coordinator's, are
 * dated by the service's clock, never by the machine's, so a test (or a replayed request) controls them.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { dataOf, startSubgraph, testClock, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { activities, arrange, as, SUBMIT } from "./arrange.js";

let h: SubgraphHarness;
const clock = testClock("2026-06-15T10:00:00.000Z");
const EXPENSE = `query($id: ID!) { expense(id: $id) { createdAt approval { automatic decidedAt } } }`;
const CONFIGURE = `mutation($input: ConfigureExpenseTypeInput!) { configureExpenseType(input: $input) { key } }`;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph, { now: clock.now });
  await arrange(h);
  const types = [
    { key: "parking", name: "Parkering", maxAmountOre: 50_000, autoApproveMaxOre: 10_000 },
    { key: "toll", name: "Bompenger" },
  ];
  for (const input of types) dataOf(await h.call(CONFIGURE, { input }, as.admin));
});
afterAll(() => h?.stop());

const submit = async (input: Record<string, unknown>) => dataOf(await h.call(SUBMIT, { input }, as.kari)).submitExpense;
const read = async (id: string) => dataOf(await h.call(EXPENSE, { id }, as.coordinator)).expense;

it("dates a claim and its automatic approval by the service's clock", async () => {
  const auto = await submit({ activityId: activities.kari, expenseTypeKey: "parking", amountOre: 1_111 });
  expect(await read(auto.id)).toEqual({
    createdAt: "2026-06-15T10:00:00.000Z",
    approval: { automatic: true, decidedAt: "2026-06-15T10:00:00.000Z" },
  });
});

it("dates a coordinator's decision by the service's clock at the decision", async () => {
  clock.set("2026-06-15T10:00:00.000Z");
  const manual = await submit({ activityId: activities.kari2, expenseTypeKey: "toll", amountOre: 2_222 });
  clock.advance(90 * 60_000);
  dataOf(await h.call(`mutation($id: ID!) { approveExpense(id: $id) { status } }`, { id: manual.id }, as.coordinator));
  expect(await read(manual.id)).toEqual({
    createdAt: "2026-06-15T10:00:00.000Z",
    approval: { automatic: false, decidedAt: "2026-06-15T11:30:00.000Z" },
  });
});
