import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { demoBookings, leads } from "../src/db/schema/index.js";
import { CLIENT_IP_HEADER } from "@meander/auth";
import { createBookingRateLimiter, type BookingRateLimiter } from "../src/leads/rate-limit.js";
import { createSubgraph } from "../src/server.js";

const REDIS_URL = "redis://127.0.0.1:6379";
let h: SubgraphHarness;
const prefix = `test:${randomUUID()}`;
const BOOK = `mutation($input: BookDemoInput!) { bookDemo(input: $input) { received } }`;
const form = (n: number) => ({
  firstName: "Kari",
  lastName: "Nordmann",
  email: `kari${n}@nhf.no`,
  organizationName: "NHF",
  roleTitle: "Koordinator",
});
let seq = 0;
const book = (headers: Record<string, string>, input: Record<string, unknown> = form(++seq)) =>
  h.raw(BOOK, { input }, { signingSecret: h.signingSecret, headers });
const counts = async () => {
  const [l] = await h.db.select({ n: sql<number>`count(*)::int` }).from(leads);
  const [b] = await h.db.select({ n: sql<number>`count(*)::int` }).from(demoBookings);
  return { leads: l!.n, demoBookings: b!.n };
};

beforeAll(async () => {
  // The service counts in the real Redis, under a key prefix of this test file's own.
  h = await startSubgraph((deps) =>
    createSubgraph(deps, { redisUrl: REDIS_URL, rateLimitKeyPrefix: prefix, mailPollMs: 0 }),
  );
});

afterAll(() => h?.stop());

describe("leads: rate_limit_per_ip", () => {
  it("refuses the 6th booking from one IP within an hour with RATE_LIMITED and retryAfter, before any write", async () => {
    const ip = { [CLIENT_IP_HEADER]: "203.0.113.10" };
    for (let i = 0; i < 5; i++) expect((await book(ip)).errors).toBeUndefined();
    const before = await counts();
    const sixth = await book(ip);
    expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", rule: "rate_limit_per_ip" });
    const retryAfter = sixth.errors?.[0]?.extensions?.retryAfter as number;
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await counts()).toEqual(before);
  });

  it("does not limit a different IP", async () => {
    expect((await book({ [CLIENT_IP_HEADER]: "203.0.113.11" })).errors).toBeUndefined();
  });

  it("ignores a forged X-Forwarded-For: only the gateway's header counts", async () => {
    const before = await counts();
    for (const forged of ["198.51.100.1", "198.51.100.2, 10.0.0.1"]) {
      const r = await book({
        [CLIENT_IP_HEADER]: "203.0.113.10",
        "x-forwarded-for": forged,
        "x-real-ip": forged,
        forwarded: `for=${forged}`,
      });
      expect(r.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    }
    expect(await counts()).toEqual(before);
    // Without the gateway's header, a forged X-Forwarded-For does not pick the key either: the socket address does.
    const direct = async (forged: string) => (await book({ "x-forwarded-for": forged })).errors?.[0]?.extensions?.code;
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(await direct(`192.0.2.${i}`));
    expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, "RATE_LIMITED"]);
  });

  it("counts attempts, not successes: invalid bookings use the hour too", async () => {
    const ip = { [CLIENT_IP_HEADER]: "2001:db8::1" };
    for (let i = 0; i < 5; i++)
      expect((await book(ip, { email: "bad" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await book(ip)).errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });
});

describe("leads: the rate limit across instances", () => {
  let a: BookingRateLimiter;
  let b: BookingRateLimiter;
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it("two RateLimiterRedis instances sharing one Redis share the count", async () => {
    const keyPrefix = `test:${randomUUID()}`;
    a = createBookingRateLimiter({ redisUrl: REDIS_URL, keyPrefix });
    b = createBookingRateLimiter({ redisUrl: REDIS_URL, keyPrefix });
    await a.start();
    await b.start();
    const ip = "203.0.113.77";
    const answers = [];
    for (const limiter of [a, b, a, b, a, b, a]) answers.push((await limiter.consume(ip)).allowed);
    expect(answers).toEqual([true, true, true, true, true, false, false]);
    expect(await b.consume("203.0.113.78")).toEqual({ allowed: true });
  });

  it("slides: an attempt leaves the count one window after it was made", async () => {
    const keyPrefix = `test:${randomUUID()}`;
    const short = createBookingRateLimiter({ redisUrl: REDIS_URL, keyPrefix, points: 2, durationSeconds: 1 });
    await short.start();
    try {
      expect((await short.consume("x")).allowed).toBe(true);
      await new Promise((r) => setTimeout(r, 600));
      expect((await short.consume("x")).allowed).toBe(true);
      const refused = await short.consume("x");
      expect(refused).toMatchObject({ allowed: false });
      // The first attempt leaves after 1 s; the second is still inside: one more fits, then refused again.
      await new Promise((r) => setTimeout(r, 500));
      expect((await short.consume("x")).allowed).toBe(true);
      expect((await short.consume("x")).allowed).toBe(false);
    } finally {
      await short.stop();
    }
  });

  it("counts in memory without Redis (the embedded mode)", async () => {
    const memory = createBookingRateLimiter({});
    await memory.start();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await memory.consume("203.0.113.1")).allowed);
    expect(answers).toEqual([true, true, true, true, true, false]);
    await memory.stop();
  });
});
