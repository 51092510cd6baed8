/** Finance learns approved activities from activity's events (the consumer `finance.activities`). */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { activityProjection } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { arrange, activities, ids, orgA } from "./arrange.js";

let h: SubgraphHarness;
beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await arrange(h);
});
afterAll(() => h?.stop());

const approvedAt = async (activityId: string) =>
  (await h.db.select().from(activityProjection).where(eq(activityProjection.activityId, activityId)))[0]?.approvedAt ?? null;

describe("activity projection", () => {
  it("records when a known activity is approved, once, also when the event repeats", async () => {
    expect(await approvedAt(activities.kari)).toBeNull();
    const approved = makeEvent("activity.activity.approved", { activityId: activities.kari, approvedBy: ids.coordinator }, { organizationId: orgA, aggregateId: activities.kari });
    await h.bus.publish([approved, approved]);
    await h.bus.idle();
    expect((await approvedAt(activities.kari))?.toISOString()).toBe(approved.occurredAt);
    expect(await approvedAt(activities.ola)).toBeNull();
  });

  it("dead-letters an approval of an activity it never heard of, with the reason", async () => {
    const unknown = randomUUID();
    await h.bus.publish([makeEvent("activity.activity.approved", { activityId: unknown, approvedBy: ids.coordinator }, { organizationId: orgA, aggregateId: unknown })]);
    await h.bus.idle();
    const letter = h.bus.deadLetters.find((d) => d.reason.includes(unknown));
    expect(letter?.consumer).toBe("finance.activities");
    expect(letter?.reason).toMatch(/not in the projection/);
  });
});
