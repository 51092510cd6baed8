/**
 * Demo data for the embedded mode: the fixture people become users, through the
 * same use case as in production, and all sign in with DEMO_PASSWORD (embedded
 * mode only; one hash is computed and shared so seeding stays fast).
 */
import { createEnvelope } from "@meander/crypto";
import { scopes, type Db } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import type { DemoData } from "@meander/fixtures";
import { registerUser } from "./application/users.js";
import { createCredentialRepository } from "./db/repositories/credentials.js";
import { eventStore } from "./db/schema/index.js";
import { hashPassword } from "./domain/password.js";

export const DEMO_PASSWORD = "meander-demo";

/**
 * `masterKey`: the phones are stored encrypted under each person's key (issue 24 item 1); without one the demo
 * people get no phone (identity stores no phone it cannot encrypt).
 */
export async function seedDemo(db: Db, data: DemoData, opts: { masterKey?: string } = {}): Promise<void> {
  const uow = createUnitOfWork(db, eventStore);
  const hash = await hashPassword(DEMO_PASSWORD);
  const envelope = opts.masterKey ? createEnvelope({ masterKey: opts.masterKey }) : null;
  for (const p of data.people) {
    await registerUser(
      uow,
      { id: p.id, email: p.email, firstName: p.firstName, lastName: p.lastName, phone: envelope ? p.phone : null },
      null,
      envelope,
    );
  }
  const platform = scopes.platform();
  await uow.run(platform, async (tx) => {
    const creds = createCredentialRepository(tx, platform);
    for (const p of data.people) await creds.setPasswordHash(p.id, hash);
  });
}
