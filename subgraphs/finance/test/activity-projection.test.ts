/** Finance learns approved activities from activity's events (the consumer `finance.activities`). */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { activityProjection, outbox, personNames } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { arrange, activities, ids, orgA } from "./arrange.js";

let h: SubgraphHarness;
beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await arrange(h);
});
afterAll(() => h?.stop());

const approvedAt = async (activityId: string) =>
  (await h.db.select().from(activityProjection).where(eq(activityProjection.activityId, activityId)))[0]?.approvedAt ??
  null;

describe("activity projection", () => {
  it("records when a known activity is approved, once, also when the event repeats", async () => {
    expect(await approvedAt(activities.kari)).toBeNull();
    const approved = makeEvent(
      "activity.activity.approved",
      { activityId: activities.kari, approvedBy: ids.coordinator },
      { organizationId: orgA, aggregateId: activities.kari },
    );
    await h.bus.publish([approved, approved]);
    await h.bus.idle();
    expect((await approvedAt(activities.kari))?.toISOString()).toBe(approved.occurredAt);
    expect(await approvedAt(activities.ola)).toBeNull();
  });

  it("dead-letters an approval of an activity it never heard of, with the reason", async () => {
    const unknown = randomUUID();
    await h.bus.publish([
      makeEvent(
        "activity.activity.approved",
        { activityId: unknown, approvedBy: ids.coordinator },
        { organizationId: orgA, aggregateId: unknown },
      ),
    ]);
    await h.bus.idle();
    const letter = h.bus.deadLetters.find((d) => d.reason.includes(unknown));
    expect(letter?.consumer).toBe("finance.activities");
    expect(letter?.reason).toMatch(/not in the projection/);
  });
});

describe("payees' names and an erasure (issue 24)", () => {
  it("keeps the profile's name, forgets it on a null profile and in finance's part of an erasure", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const names = async () =>
      (
        await h.db
          .select()
          .from(personNames)
          .where(inArray(personNames.userId, [a, b]))
      )
        .map((r) => r.displayName)
        .sort();
    await h.bus.publish(
      [a, b].map((userId, i) =>
        makeEvent(
          "identity.profile.changed",
          { userId, profile: { email: `f${i}@erase.example.no`, displayName: `Betalt ${i}` } },
          { aggregateId: userId },
        ),
      ),
    );
    await expect.poll(names).toEqual(["Betalt 0", "Betalt 1"]);
    const requestId = randomUUID();
    await h.bus.publish([
      makeEvent("identity.profile.changed", { userId: a, profile: null }, { aggregateId: a }),
      makeEvent(
        "privacy.erasure.requested",
        { requestId, subjectType: "user", subjectId: b },
        { organizationId: orgA, aggregateId: requestId },
      ),
    ]);
    await expect.poll(names).toEqual([]);
    await expect
      .poll(async () =>
        (
          await h.db
            .select()
            .from(outbox)
            .where(and(eq(outbox.type, "privacy.erasure.completed"), eq(outbox.aggregateId, requestId)))
        ).map((r) => r.payload),
      )
      .toEqual([{ requestId, subgraph: "finance" }]);
  });
});
