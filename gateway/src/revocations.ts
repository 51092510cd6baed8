/**
 * Revoked sessions (DESIGN.md section 7, issue 4 item 4). identity publishes
 * `identity.session.revoked` when a session ends early (logout, revocation by
 * the user or an admin, refresh token reuse, deactivation); the gateway records
 * the session id until the session's last access token expires and refuses
 * tokens of that session at once instead of waiting for their expiry.
 *
 * Two stores: in memory (the embedded mode: one gateway in one process) and
 * Redis (services mode: every gateway instance reads the same keys, so one
 * consumer group is enough to reach all of them).
 */
import { Redis, type RedisOptions } from "ioredis";
import {
  envelopeSchema,
  topicOf,
  validatePayload,
  type EventBus,
  type EventEnvelope,
  type PayloadOf,
} from "@meander/events";
import type { Logger } from "@meander/subgraph-kit";

export interface RevocationStore {
  /** Records a revoked session until `until` (its last access token's expiry); a time in the past records nothing. */
  revoke(sessionId: string, until: Date): Promise<void>;
  isRevoked(sessionId: string): Promise<boolean>;
  /** Releases connections (the Redis store); the owner of the store calls it, not the gateway. */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// In memory

export interface MemoryRevocationStoreOptions {
  /** The clock (tests). */
  now?: () => number;
}

/** Revoked sessions in a Map; entries are forgotten at their `until` (checked on read, swept as the map grows). */
export function createMemoryRevocationStore(
  opts: MemoryRevocationStoreOptions = {},
): RevocationStore & { readonly size: number } {
  const now = opts.now ?? Date.now;
  const until = new Map<string, number>();
  let sweepAt = 1024;
  const sweep = () => {
    const t = now();
    for (const [sid, u] of until) if (u <= t) until.delete(sid);
    sweepAt = Math.max(1024, until.size * 2);
  };
  return {
    get size() {
      return until.size;
    },
    async revoke(sessionId, date) {
      const u = date.getTime();
      if (!(u > now())) return;
      // A replayed, older event never shortens a revocation.
      until.set(sessionId, Math.max(u, until.get(sessionId) ?? 0));
      if (until.size >= sweepAt) sweep();
    },
    async isRevoked(sessionId) {
      const u = until.get(sessionId);
      if (u === undefined) return false;
      if (u > now()) return true;
      until.delete(sessionId);
      return false;
    },
    async close() {
      until.clear();
    },
  };
}

// ---------------------------------------------------------------------------
// Redis

export const DEFAULT_REVOCATION_KEY_PREFIX = "meander:revoked:";

export interface RedisRevocationStoreOptions {
  /** redis://host:port/db; ignored when `client` is given. */
  url?: string;
  /** An existing client (its owner closes it; `close()` then leaves it open). */
  client?: Redis;
  /** Key prefix, `meander:revoked:` by default; tests use a random one. */
  keyPrefix?: string;
  /** Upper bound for one Redis command, so a Redis outage fails a request instead of hanging it. Default 2000 ms. */
  commandTimeoutMs?: number;
  now?: () => number;
  /** Connection errors of the store's own client are logged here (ioredis reconnects by itself). */
  log?: Logger;
}

/**
 * SET <prefix><sid> 1 PX <ms until expiry>, unless the key already lives longer
 * (a replayed, older event never shortens a revocation). PTTL is -2 for a
 * missing key, so a new key is always written.
 */
const REVOKE_SCRIPT = `
local ttl = redis.call('PTTL', KEYS[1])
if ttl == -1 or ttl >= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
return 1
`;

export function createRedisRevocationStore(
  opts: RedisRevocationStoreOptions,
): RevocationStore & { readonly client: Redis } {
  const prefix = opts.keyPrefix ?? DEFAULT_REVOCATION_KEY_PREFIX;
  const now = opts.now ?? Date.now;
  const redisOptions: RedisOptions = {
    commandTimeout: opts.commandTimeoutMs ?? 2000,
    maxRetriesPerRequest: 1,
    // Connect on first use: creating the store never throws, a down Redis shows in the first check.
    lazyConnect: true,
  };
  const owned = !opts.client;
  const client = opts.client ?? (opts.url ? new Redis(opts.url, redisOptions) : new Redis(redisOptions));
  if (owned) {
    // Without a listener ioredis prints every failed reconnect as an unhandled error event.
    let lastLogged = 0;
    client.on("error", (err: Error) => {
      if (Date.now() - lastLogged < 10_000) return;
      lastLogged = Date.now();
      opts.log?.error({ err }, "revocation store: Redis connection error");
    });
  }
  const key = (sid: string) => `${prefix}${sid}`;
  return {
    client,
    async revoke(sessionId, until) {
      const ms = Math.ceil(until.getTime() - now());
      if (!(ms > 0)) return;
      await client.eval(REVOKE_SCRIPT, 1, key(sessionId), String(ms));
    },
    async isRevoked(sessionId) {
      return (await client.exists(key(sessionId))) === 1;
    },
    async close() {
      if (!owned) return;
      if (client.status === "wait" || client.status === "end") {
        client.disconnect();
        return;
      }
      await client.quit().catch(() => client.disconnect());
    },
  };
}

// ---------------------------------------------------------------------------
// The consumer

export const SESSION_REVOKED = "identity.session.revoked" as const;
export const REVOCATION_GROUP = "gateway.revocations";

export interface RevocationConsumerOptions {
  bus: EventBus;
  store: RevocationStore;
  /** Consumer group; `gateway.revocations` by default (right for the shared Redis store). */
  group?: string;
  log?: Logger;
  /** Tries per event before it is dead-lettered (the store may be briefly down). Default 6. */
  attempts?: number;
  /** First wait between tries, doubled each time. Default 100 ms (six tries stay within the Kafka session timeout). */
  backoffMs?: number;
}

/**
 * Subscribes to the identity topic and records every `identity.session.revoked`
 * in the store. The envelope and payload are validated with the catalog; an
 * invalid revocation is dead-lettered with the reason. Other identity events are
 * not the gateway's and are skipped. The handler never throws (the Kafka
 * transport expects that): a store that keeps failing dead-letters the event.
 * Recording is idempotent, so redelivery changes nothing.
 */
export async function startRevocationConsumer(opts: RevocationConsumerOptions): Promise<{ stop(): Promise<void> }> {
  const group = opts.group ?? REVOCATION_GROUP;
  const attempts = opts.attempts ?? 6;
  const backoff = opts.backoffMs ?? 100;

  const deadLetter = async (raw: unknown, reason: string) => {
    opts.log?.error({ consumer: group, reason }, "revocation event dead-lettered");
    try {
      await opts.bus.deadLetter({ consumer: group, reason, event: raw, failedAt: new Date().toISOString() });
    } catch (err) {
      opts.log?.error({ err }, "dead-lettering a revocation event failed");
    }
  };

  async function handle(raw: unknown): Promise<void> {
    if (typeof raw !== "object" || raw === null || (raw as { type?: unknown }).type !== SESSION_REVOKED) return;
    let event: EventEnvelope<PayloadOf<typeof SESSION_REVOKED>>;
    try {
      const envelope = envelopeSchema.parse(raw);
      validatePayload(envelope.type, envelope.version, envelope.payload);
      event = envelope as EventEnvelope<PayloadOf<typeof SESSION_REVOKED>>;
    } catch (err) {
      await deadLetter(raw, `invalid ${SESSION_REVOKED}: ${(err as Error).message}`);
      return;
    }
    const { sessionId, expiresAt, reason } = event.payload;
    for (let attempt = 1; ; attempt++) {
      try {
        await opts.store.revoke(sessionId, new Date(expiresAt));
        opts.log?.info({ sessionId, reason, expiresAt }, "session revoked");
        return;
      } catch (err) {
        opts.log?.warn({ err, sessionId, attempt }, "recording a revoked session failed");
        if (attempt >= attempts) {
          await deadLetter(raw, `recording the revocation failed ${attempts} times: ${(err as Error).message}`);
          return;
        }
        await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 1)));
      }
    }
  }

  return opts.bus.subscribe({ group, topics: [topicOf(SESSION_REVOKED)], handler: handle });
}
