import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { activities, arrange, as, laA, orgA, registered, SUBMIT } from "./arrange.js";

let h: SubgraphHarness;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await arrange(h);
});

afterAll(() => h?.stop());

const submit = (input: Record<string, unknown>, who: (typeof as)[keyof typeof as] = as.kari) =>
  h.call(SUBMIT, { input }, who);
const parking = { activityId: activities.kari, expenseTypeKey: "parking", amountOre: 4_000 };
const mileage = { activityId: activities.kari, expenseTypeKey: "mileage", amountOre: 8_400, distanceMeters: 24_000 };

async function expectRule(input: Record<string, unknown>, rule: string, field: string) {
  const r = await submit(input);
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
  expect(r.data).toBeNull();
}

describe("finance: submitExpense rules (BAD_USER_INPUT names the rule and the field)", () => {
  it("activity_known: the activity must be in the projection and the caller's organization", async () => {
    await expectRule({ ...parking, activityId: randomUUID() }, "activity_known", "activityId");
    await expectRule({ ...parking, activityId: activities.outsider }, "activity_known", "activityId");
    await expectRule({ ...parking, activityId: "not-a-uuid" }, "activity_known", "activityId");
  });

  it("learns activities from activity.activity.registered (consumer `finance.activities`)", async () => {
    const late = randomUUID();
    await expectRule({ ...parking, activityId: late }, "activity_known", "activityId");
    await h.bus.publish([registered(late, as.kari.userId, orgA, laA)]);
    await h.bus.idle();
    const r = dataOf(await submit({ ...parking, activityId: late }));
    expect(r.submitExpense).toMatchObject({ activity: { id: late }, status: "SUBMITTED" });
  });

  it("expense_type_enum: an unknown key, or an inactive type", async () => {
    await expectRule({ ...parking, expenseTypeKey: "champagne" }, "expense_type_enum", "expenseTypeKey");
    await expectRule({ ...parking, expenseTypeKey: "taxi" }, "expense_type_enum", "expenseTypeKey");
  });

  it("names every fault of a claim at once (extensions.violations)", async () => {
    const r = await submit({ ...parking, amountOre: 0, description: "x".repeat(1001) });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "amount_positive",
      field: "amountOre",
    });
    expect(
      (r.errors?.[0]?.extensions?.violations as Array<{ field: string; rule: string }>).map(
        (v) => `${v.field}:${v.rule}`,
      ),
    ).toEqual(["amountOre:amount_positive", "description:description_length"]);
  });

  it("amount_positive: zero or negative øre", async () => {
    await expectRule({ ...parking, amountOre: 0 }, "amount_positive", "amountOre");
    await expectRule({ ...parking, amountOre: -500 }, "amount_positive", "amountOre");
  });

  it("max_amount: above the type's maximum (the maximum itself passes)", async () => {
    await expectRule({ ...parking, amountOre: 50_001 }, "max_amount", "amountOre");
    expect(dataOf(await submit({ ...parking, amountOre: 50_000 })).submitExpense.amountOre).toBe(50_000);
    await expectRule({ ...mileage, distanceMeters: 1_500_000, amountOre: 525_000 }, "max_amount", "amountOre");
  });

  it("distance_required: mileage without a positive distance", async () => {
    await expectRule({ ...mileage, distanceMeters: null }, "distance_required", "distanceMeters");
    await expectRule({ ...mileage, distanceMeters: 0 }, "distance_required", "distanceMeters");
  });

  it("mileage_amount: the amount must equal distance × the type's rate", async () => {
    await expectRule({ ...mileage, amountOre: 9_000 }, "mileage_amount", "amountOre");
    const ok = dataOf(await submit(mileage)).submitExpense;
    expect(ok).toMatchObject({
      amountOre: 8_400,
      distanceMeters: 24_000,
      expenseType: { key: "mileage", mileageRateOrePerKm: 350 },
    });
  });

  it("distance_positive and description_length", async () => {
    await expectRule({ ...parking, distanceMeters: -10 }, "distance_positive", "distanceMeters");
    await expectRule({ ...parking, description: "x".repeat(1001) }, "description_length", "description");
  });

  it("rejects floats at the GraphQL boundary: amounts are whole øre", async () => {
    const r = await submit({ ...parking, amountOre: 40.5 });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
