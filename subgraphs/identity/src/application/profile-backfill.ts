/**
 * Backfill of the profiles topic (issue 24 item 2): users from before `identity.profile.changed` existed never had
 * their profile published, so the domains that copy names and addresses from that topic (engagement, finance,
 * reporting) would never learn them. At every start identity publishes the profile of each user whose
 * `profile_published_at` is null, through the outbox, PROFILE_BACKFILL_BATCH users per transaction (the marker is
 * set in the same transaction: a stop or a crash resumes where it left off, a finished backfill costs one indexed
 * query). A user with a profile row already in identity's kept outbox (published before the marker existed, an
 * erased person's null profile included) is only marked: no second, possibly stale, profile.
 */
import { scopes } from "@meander/db";
import type { Envelope } from "@meander/crypto";
import type { UnitOfWork } from "@meander/events";
import { createUserRepository } from "../db/repositories/users.js";
import { openUserField } from "./subject-keys.js";
import { emitProfile } from "./users.js";

export const PROFILE_BACKFILL_BATCH = 200;

/** One batch: publishes (or only marks) up to `batch` users; returns how many it published and how many it saw. */
async function backfillBatch(
  uow: UnitOfWork,
  envelope: Envelope | null,
  batch: number,
): Promise<{ published: number; seen: number }> {
  // A system job over every user: the platform scope.
  const scope = scopes.platform();
  return uow.run(scope, async (tx, events) => {
    const users = createUserRepository(tx, scope);
    const rows = await users.lockUnpublishedProfiles(batch);
    let published = 0;
    for (const r of rows) {
      if (r.published) continue;
      // The phone as readers see it (under the user's key, or still the legacy plain column; null once erased).
      const phone = await openUserField(tx, envelope, r.id, "users:phone", { enc: r.phoneEnc, legacy: r.phoneLegacy });
      await emitProfile(events, r, phone, null);
      published++;
    }
    await users.markProfilesPublished(rows.map((r) => r.id));
    return { published, seen: rows.length };
  });
}

/** Runs batches until no user is left unmarked (or `shouldStop`); returns how many profiles it published. */
export async function backfillProfiles(
  uow: UnitOfWork,
  envelope: Envelope | null,
  opts: { batch?: number; shouldStop?: () => boolean } = {},
): Promise<number> {
  const batch = opts.batch ?? PROFILE_BACKFILL_BATCH;
  let total = 0;
  while (!opts.shouldStop?.()) {
    const { published, seen } = await backfillBatch(uow, envelope, batch);
    total += published;
    if (seen < batch) break;
  }
  return total;
}

/** The start-up job (a worker): runs the backfill in the background; stop waits for the batch in flight. */
export function profileBackfill(uow: UnitOfWork, envelope: Envelope | null, onError: (err: unknown) => void) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  return {
    start() {
      stopped = false;
      running = backfillProfiles(uow, envelope, { shouldStop: () => stopped }).catch(onError);
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}
