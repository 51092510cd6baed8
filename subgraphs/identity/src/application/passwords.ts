/** Setting a password (seed, tests, invitations) and changing one's own. */
import { badInput, unauthenticated } from "@meander/validation";
import type { UnitOfWork } from "@meander/events";
import { scopes } from "@meander/db";
import { createCredentialRepository, createThrottleRepository } from "../db/repositories/credentials.js";
import { selfScope } from "../db/repositories/scope.js";
import { createUserRepository } from "../db/repositories/users.js";
import { hashPassword, validatePassword, verifyPassword } from "../domain/password.js";
import { afterFailure, isLocked } from "../domain/throttle.js";
import { LOCKED_OUT } from "./login.js";

function checkPolicy(password: string, field: string) {
  const violation = validatePassword(password)[0];
  if (violation) throw badInput(violation.rule, field, violation.message);
}

/** Outside any request (seed, tests): the platform scope. */
export async function setPassword(uow: UnitOfWork, userId: string, password: string): Promise<void> {
  checkPolicy(password, "password");
  const hash = await hashPassword(password);
  const scope = scopes.platform();
  await uow.run(scope, (tx) => createCredentialRepository(tx, scope).setPasswordHash(userId, hash));
}

/**
 * The caller's own password (`selfScope`). The current password is checked under the same per-address throttle as
 * login, so a stolen access token cannot guess it.
 */
export async function changePassword(
  uow: UnitOfWork,
  userId: string,
  current: string,
  next: string,
  now: Date,
): Promise<boolean> {
  checkPolicy(next, "next");
  const hash = await hashPassword(next);
  const self = selfScope(userId);
  const outcome = await uow.run(scopes.platform(), async (tx) => {
    const creds = createCredentialRepository(tx, self);
    const throttles = createThrottleRepository(tx, self);
    const user = await createUserRepository(tx, self).byId(userId);
    if (!user) return "wrong" as const;
    const throttle = await throttles.lock(user.email);
    if (isLocked(throttle, now)) return "locked" as const;
    if (!(await verifyPassword(current, (await creds.passwordHash(userId)) ?? "none"))) {
      await throttles.save(user.email, afterFailure(throttle, now));
      return "wrong" as const;
    }
    await creds.setPasswordHash(userId, hash);
    return "changed" as const;
  });
  if (outcome === "locked") throw unauthenticated(LOCKED_OUT);
  if (outcome === "wrong") throw unauthenticated("The current password is wrong");
  return true;
}
