/** reporting.wrapped.ready becomes one notification to the mentor, in Norwegian bokmål (issue #21 item 5). */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { as, eventually } from "./support.js";

let h: SubgraphHarness;
const orgA = randomUUID();
const mentor = as(randomUUID(), orgA, randomUUID(), "peer_mentor");
const NOTIFICATIONS = `{ notifications { category title body data { key value } } }`;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
});
afterAll(() => h?.stop());

describe("Wrapped ready", () => {
  it("tells the mentor once, even when the event is delivered twice", async () => {
    const ready = makeEvent(
      "reporting.wrapped.ready",
      { userId: mentor.userId, year: 2025, activities: 42, minutes: 3870 },
      { organizationId: orgA, aggregateId: mentor.userId },
    );
    await h.bus.publish([ready]);
    await h.bus.publish([ready]); // redelivery
    await eventually(async () => {
      const r = await h.call(NOTIFICATIONS, {}, mentor);
      expect(r.errors).toBeUndefined();
      expect(r.data!.notifications).toHaveLength(1);
    });
    await h.bus.idle();
    const r = await h.call(NOTIFICATIONS, {}, mentor);
    expect(r.data!.notifications).toEqual([
      {
        category: "ANNUAL_SUMMARY",
        title: "Året ditt i Meander 2025 er klart",
        body: "I 2025 registrerte du 42 aktiviteter og 64,5 timer. Se hele året ditt i Wrapped.",
        data: [{ key: "year", value: "2025" }],
      },
    ]);
  });
});

describe("engagement: a person's copied contact details and an erasure (issue 24)", () => {
  it("keeps what the profile says, forgets it on a null profile and in its part of an erasure", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const addresses = async () =>
      await queryRows<{ user_id: string; email: string | null; display_name: string | null }>(
        h.db,
        sql`select user_id, email, display_name from engagement.user_addresses where user_id in (${a}, ${b}) order by email`,
      );
    await h.bus.publish(
      [a, b].map((userId, i) =>
        makeEvent(
          "identity.profile.changed",
          { userId, profile: { email: `p${i}@erase.example.no`, displayName: `Person ${i}`, phone: null } },
          { aggregateId: userId },
        ),
      ),
    );
    await eventually(async () =>
      expect((await addresses()).map((r) => r.display_name)).toEqual(["Person 0", "Person 1"]),
    );
    const requestId = randomUUID();
    await h.bus.publish([
      makeEvent("identity.profile.changed", { userId: a, profile: null }, { aggregateId: a }),
      makeEvent(
        "privacy.erasure.requested",
        { requestId, subjectType: "user", subjectId: b },
        { organizationId: orgA, aggregateId: requestId },
      ),
    ]);
    await eventually(async () => expect(await addresses()).toEqual([]));
    await eventually(async () =>
      expect(
        (
          await queryRows<{ payload: unknown }>(
            h.db,
            sql`select payload from engagement.outbox where type = 'privacy.erasure.completed' and aggregate_id = ${requestId}`,
          )
        ).map((r) => r.payload),
      ).toEqual([{ requestId, subgraph: "engagement" }]),
    );
  });
});
