/** User use cases: one transaction each, state change plus its event. */
import { randomUUID } from "node:crypto";
import { refuseIfAny, conflictBy } from "@meander/validation";
import type { Envelope } from "@meander/crypto";
import { scopes, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { createUserRepository, type UserRow } from "../db/repositories/users.js";
import { sealUserField } from "./subject-keys.js";
import { displayName, normalizeEmail, validateNewUser, type NewUser } from "../domain/user.js";

/**
 * Inside a caller's transaction (invitation acceptance): validates, inserts and records identity.user.registered.
 * A phone is stored encrypted under the user's key (issue 24 item 1): it needs the master key (`envelope`). The
 * address must be free among everyone: the platform scope.
 */
export async function registerUserInTx(
  tx: Tx,
  events: Emitter,
  input: NewUser & { id?: string },
  actorId: string | null,
  envelope: Envelope | null,
  now: Date,
): Promise<UserRow> {
  refuseIfAny(validateNewUser(input));
  const email = normalizeEmail(input.email);
  const repo = createUserRepository(tx, scopes.platform(actorId));
  if (await repo.emailTaken(email)) throw conflictBy("email_unique", "A user with this e-mail already exists");
  const id = input.id ?? randomUUID();
  const phone = input.phone?.trim() || null;
  const user = await repo.insert({
    id,
    email,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    phoneEnc: await sealUserField(tx, envelope, id, "users:phone", phone),
    profilePublishedAt: now, // the profile event below: the backfill has nothing to do for this user
  });
  await events.emit({
    type: "identity.user.registered",
    aggregateId: user.id,
    organizationId: null,
    actorId,
    payload: { userId: user.id, preferredLanguage: user.preferredLanguage },
  });
  // The contact details other domains copy travel apart, on the compacted profiles topic (issue 24 item 2).
  await emitProfile(events, user, phone, actorId);
  return user;
}

/** identity.profile.changed with the user's contact details as other domains copy them (the phone in clear). */
export async function emitProfile(
  events: Emitter,
  user: Pick<UserRow, "id" | "email" | "firstName" | "lastName">,
  phone: string | null,
  actorId: string | null,
): Promise<void> {
  await events.emit({
    type: "identity.profile.changed",
    aggregateId: user.id,
    organizationId: null,
    actorId,
    payload: { userId: user.id, profile: { email: user.email, displayName: displayName(user), phone } },
  });
}

/** Outside any request (seed, tests): the platform scope, the system's clock. */
export async function registerUser(
  uow: UnitOfWork,
  input: NewUser & { id?: string },
  actorId: string | null,
  envelope: Envelope | null = null,
): Promise<UserRow> {
  refuseIfAny(validateNewUser(input));
  return uow.run(scopes.platform(), (tx, events) => registerUserInTx(tx, events, input, actorId, envelope, new Date()));
}
