import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { demoBookings, leads } from "../src/db/schema/index.js";
import { CLIENT_IP_HEADER } from "@meander/auth";
import { createBookingRateLimiter, WINDOW_SECONDS, type BookingRateLimiter } from "../src/leads/rate-limit.js";
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
    // The gateway's address for this client has used its hour (its own, so that this test runs alone too).
    const gatewaySays = { [CLIENT_IP_HEADER]: "203.0.113.12" };
    for (let i = 0; i < 5; i++) expect((await book(gatewaySays)).errors).toBeUndefined();
    const before = await counts();
    for (const forged of ["198.51.100.1", "198.51.100.2, 10.0.0.1"]) {
      const r = await book({
        ...gatewaySays,
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
    // The test moves the window, not the wall clock: the production hour, and an attempt made "an hour ago" by moving
    // its entry in the IP's log back by the window (the script drops what lies a window behind Redis' TIME).
    const keyPrefix = `test:${randomUUID()}`;
    const limiter = createBookingRateLimiter({ redisUrl: REDIS_URL, keyPrefix, points: 2 });
    const redis = new Redis(REDIS_URL);
    const key = `${keyPrefix}:x`;
    /** Moves the oldest attempt in the log one window (plus a second) into the past. */
    const ageOldest = async () => {
      const [member, score] = await redis.zrange(key, 0, 0, "WITHSCORES");
      expect(member).toBeDefined();
      await redis.zadd(key, "XX", Number(score) - (WINDOW_SECONDS + 1) * 1000, member!);
    };
    await limiter.start();
    try {
      expect((await limiter.consume("x")).allowed).toBe(true);
      expect((await limiter.consume("x")).allowed).toBe(true);
      const refused = await limiter.consume("x");
      expect(refused).toMatchObject({ allowed: false });
      // Refused attempts are not logged: the log holds the two accepted ones.
      expect(await redis.zcard(key)).toBe(2);
      // The first attempt leaves the window; the second is still inside: one more fits, then refused again.
      await ageOldest();
      expect((await limiter.consume("x")).allowed).toBe(true);
      expect((await limiter.consume("x")).allowed).toBe(false);
      // retryAfter is the time until the oldest attempt still inside leaves: just under the hour.
      const again = await limiter.consume("x");
      expect(again.allowed).toBe(false);
      expect(again.allowed === false && again.retryAfterSeconds).toBeGreaterThan(WINDOW_SECONDS - 60);
    } finally {
      await limiter.stop();
      await redis.quit();
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
