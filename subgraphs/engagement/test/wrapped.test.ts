/** reporting.wrapped.ready becomes one notification to the mentor, in Norwegian bokmål (issue #21 item 5). */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    const ready = makeEvent("reporting.wrapped.ready", { userId: mentor.userId, year: 2025, activities: 42, minutes: 3870 }, { organizationId: orgA, aggregateId: mentor.userId });
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
