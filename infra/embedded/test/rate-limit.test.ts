/**
 * The public demo booking through the gateway: the 6th attempt from one client
 * address within an hour is refused with HTTP 429 and Retry-After before
 * anything is written, and a forged X-Forwarded-For does not reset the count.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { queryRows } from "@meander/db";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, gql, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";

let db: TestDatabase;
let platform: Platform;
beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    port: 0,
    keyDir: null,
    log: createLogger("rl", "silent"),
  });
});
afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

const BOOK = `mutation($input: BookDemoInput!) { bookDemo(input: $input) { firstName organizationName } }`;
const input = (n: number) => ({
  firstName: "Siri",
  lastName: "Dahl",
  email: `siri${n}@example.no`,
  organizationName: "Foreningen for X",
  roleTitle: "Daglig leder",
});
const rows = async () =>
  (
    await queryRows<{ n: number }>(
      db.handle.db,
      sql`select (select count(*) from organization.leads)::int + (select count(*) from organization.demo_bookings)::int as n`,
    )
  )[0]!.n;

describe("demo booking rate limit through the gateway", () => {
  it("answers the 6th attempt within an hour with 429 and Retry-After, writing nothing, forged X-Forwarded-For or not", async () => {
    for (let i = 1; i <= 5; i++) {
      const r = await gql(platform.url, BOOK, { input: input(i) });
      expect(r.errors, `attempt ${i}`).toBeUndefined();
      expect(r.status).toBe(200);
    }
    const before = await rows();
    const sixth = await gql(platform.url, BOOK, { input: input(6) });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(sixth.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    const forged = await gql(
      platform.url,
      BOOK,
      { input: input(7) },
      { headers: { "x-forwarded-for": "198.51.100.23" } },
    );
    expect(forged.status).toBe(429);
    expect(await rows()).toBe(before);
  });
});
