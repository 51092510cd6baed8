/**
 * rate_limit_per_ip (seed 004): at most 5 demo bookings per client IP in a
 * rolling hour, checked before anything is written.
 *
 * rate-limiter-flexible does the bookkeeping: RateLimiterRedis when a Redis URL
 * is configured (every instance sharing that Redis shares the count), with a
 * RateLimiterMemory as its insurance limiter while Redis is unreachable;
 * RateLimiterMemory alone otherwise (the embedded mode: one process).
 *
 * The library's stock Redis script counts in a fixed window opened by the first
 * attempt; a client could then fit 5 at the end of one window and 5 at the start
 * of the next. The Redis limiter here therefore gets a custom increment script
 * (the library's documented `customIncrTtlLuaScript` hook) that keeps a sliding
 * log per IP in a sorted set: an attempt counts when fewer than 5 accepted
 * attempts lie in the last hour, refused attempts are not logged (so
 * retryAfter stays true: the time until the oldest logged attempt leaves the hour).
 * The memory limiter keeps the library's fixed window (single process, demo use).
 */
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Worker } from "@meander/subgraph-kit";

export const BOOKINGS_PER_IP = 5;
export const WINDOW_SECONDS = 3600;

/** KEYS[1]: the IP's key; ARGV: points to consume, window seconds, the limit, the configured duration. Returns {count, ms}. */
export const SLIDING_WINDOW_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2]) * 1000
local n = tonumber(ARGV[1])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local accepted = count + n <= limit
if accepted then
  for i = 1, n do
    redis.call('ZADD', KEYS[1], now, now .. ':' .. count .. ':' .. i)
  end
  redis.call('PEXPIRE', KEYS[1], window)
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local ms = window
if oldest[2] then ms = tonumber(oldest[2]) + window - now end
return {count + n, ms}
`;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface BookingRateLimiter extends Worker {
  /** Counts one attempt for `ip`; refused when the IP already made 5 in the last hour. */
  consume(ip: string): Promise<RateDecision>;
}

export interface RateLimitOptions {
  /** redis://127.0.0.1:6379; unset: in memory (one process only). */
  redisUrl?: string;
  /** Key prefix in Redis (tests use a random one). */
  keyPrefix?: string;
  points?: number;
  durationSeconds?: number;
  onError?: (err: unknown) => void;
}

export function createBookingRateLimiter(opts: RateLimitOptions = {}): BookingRateLimiter {
  const points = opts.points ?? BOOKINGS_PER_IP;
  const duration = opts.durationSeconds ?? WINDOW_SECONDS;
  const keyPrefix = opts.keyPrefix ?? "meander:organization:lead_booking";
  const memory = new RateLimiterMemory({ keyPrefix, points, duration });
  let redis: Redis | null = null;
  let limiter: RateLimiterAbstract = memory;
  if (opts.redisUrl) {
    // No offline queue: while Redis is down, consume() fails fast and the insurance limiter answers.
    redis = new Redis(opts.redisUrl, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
    redis.on("error", (err) => opts.onError?.(err));
    limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix,
      points,
      duration,
      customIncrTtlLuaScript: SLIDING_WINDOW_SCRIPT,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${keyPrefix}:insurance`, points, duration }),
    });
  }
  return {
    async start() {
      if (redis && redis.status === "wait") {
        await redis.connect().catch((err: unknown) => opts.onError?.(err));
      }
    },
    async stop() {
      if (redis) {
        await redis.quit().catch(() => redis?.disconnect());
      }
    },
    async consume(ip) {
      try {
        await limiter.consume(ip);
        return { allowed: true };
      } catch (res) {
        if (res instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
        throw res;
      }
    },
  };
}
