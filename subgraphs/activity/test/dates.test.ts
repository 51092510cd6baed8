/** Odd date strings are the caller's input: BAD_USER_INPUT with rule date_format and field activityDate, never an internal error. */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSubgraph, testClock, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, REGISTER, type World } from "./world.js";
import { count } from "./sensitive-helpers.js";

let h: SubgraphHarness;
let w: World;
/** The service's today (a quarter to midnight in UTC, the hour a date computed twice used to straddle), whenever the suite runs. */
const clock = testClock("2026-06-15T23:45:00.000Z");
const daysAgo = (n: number) => new Date(clock.now().getTime() - n * 86_400_000).toISOString();

beforeAll(async () => {
  h = await startSubgraph(createSubgraph, { now: clock.now });
  w = await arrangeWorld(h);
});
afterAll(() => h?.stop());

const ODD = ["2026-13-45", "yesterday", "", "2026-02-30", "14.03.2026", "2026-03-14T10:30:00"];
const activities = () => count(h, sql`select count(*)::int as n from activity.activities`);

describe("date_format on activityDate", () => {
  it("registerActivity answers BAD_USER_INPUT with rule and field, as a variable or inline, and stores nothing", async () => {
    const before = await activities();
    for (const activityDate of ODD) {
      const r = await h.call(REGISTER, { input: { activityTypeKey: "home_visit", activityDate } }, w.as(w.user.kari));
      expect(r.errors?.[0]?.extensions, activityDate).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "date_format",
        field: "activityDate",
      });
      const inline = await h.call(
        `mutation { registerActivity(input: { activityTypeKey: "home_visit", activityDate: ${JSON.stringify(activityDate)} }) { id } }`,
        {},
        w.as(w.user.kari),
      );
      expect(inline.errors?.[0]?.extensions, activityDate).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "date_format",
        field: "activityDate",
      });
    }
    expect(await activities()).toBe(before);
    const good = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", activityDate: daysAgo(1).slice(0, 10) } },
      w.as(w.user.kari),
    );
    expect(good.errors).toBeUndefined();
    expect(good.data!.registerActivity.activityDate).toBe("2026-06-14T00:00:00.000Z");
  });

  it("registerActivities names every odd row and writes nothing", async () => {
    const before = await activities();
    const r = await h.call(
      `mutation($a: [RegisterActivityInput!]!) { registerActivities(activities: $a) { count } }`,
      {
        a: [
          { activityTypeKey: "home_visit", activityDate: daysAgo(2) },
          { activityTypeKey: "home_visit", activityDate: "yesterday" },
          { activityTypeKey: "home_visit", activityDate: "2026-13-45" },
        ],
      },
      w.as(w.user.kari),
    );
    expect(r.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "bulk_batch_atomicity" });
    expect(r.errors![0]!.extensions!.rows).toEqual([
      expect.objectContaining({ row: 1, rule: "date_format", field: "activityDate" }),
      expect.objectContaining({ row: 2, rule: "date_format", field: "activityDate" }),
    ]);
    expect(await activities()).toBe(before);
  });

  it("syncActivities refuses the odd row alone, with its rule", async () => {
    const r = await h.call(
      `mutation($a: [RegisterActivityInput!]!) { syncActivities(activities: $a) { clientId outcome errors { rule field } } }`,
      {
        a: [
          { activityTypeKey: "home_visit", activityDate: "", clientId: "odd-1" },
          { activityTypeKey: "home_visit", activityDate: daysAgo(1), clientId: "good-1" },
        ],
      },
      w.as(w.user.kari),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.syncActivities).toEqual([
      { clientId: "odd-1", outcome: "REFUSED", errors: [{ rule: "date_format", field: "activityDate" }] },
      { clientId: "good-1", outcome: "CREATED", errors: [] },
    ]);
  });
});
