/** Setting a password (seed, tests, invitations) and changing one's own. */
import { badInput, unauthenticated } from "@meander/validation";
import type { UnitOfWork } from "@meander/events";
import { createCredentialRepository } from "../db/repositories/credentials.js";
import { userById } from "../db/repositories/users.js";
import { hashPassword, validatePassword, verifyPassword } from "../domain/password.js";
import { afterFailure, isLocked } from "../domain/throttle.js";
import { LOCKED_OUT } from "./login.js";
import { scopes, type Tx } from "@meander/db";

function checkPolicy(password: string, field: string) {
  const violation = validatePassword(password)[0];
  if (violation) throw badInput(violation.rule, field, violation.message);
}

/** Inside a caller's transaction (invitation acceptance). */
export async function setPasswordInTx(tx: Tx, userId: string, password: string): Promise<void> {
  checkPolicy(password, "password");
  await createCredentialRepository(tx).setPasswordHash(userId, await hashPassword(password));
}

export async function setPassword(uow: UnitOfWork, userId: string, password: string): Promise<void> {
  checkPolicy(password, "password");
  const hash = await hashPassword(password);
  await uow.run(scopes.platform(), (tx) => createCredentialRepository(tx).setPasswordHash(userId, hash));
}

/** The current password is checked under the same per-address throttle as login, so a stolen access token cannot guess it. */
export async function changePassword(uow: UnitOfWork, userId: string, current: string, next: string): Promise<boolean> {
  checkPolicy(next, "next");
  const hash = await hashPassword(next);
  const outcome = await uow.run(scopes.platform(), async (tx) => {
    const creds = createCredentialRepository(tx);
    const user = await userById(tx, userId);
    if (!user) return "wrong" as const;
    const now = new Date();
    const throttle = await creds.lockThrottle(user.email);
    if (isLocked(throttle, now)) return "locked" as const;
    if (!(await verifyPassword(current, (await creds.passwordHash(userId)) ?? "none"))) {
      await creds.saveThrottle(user.email, afterFailure(throttle, now));
      return "wrong" as const;
    }
    await creds.setPasswordHash(userId, hash);
    return "changed" as const;
  });
  if (outcome === "locked") throw unauthenticated(LOCKED_OUT);
  if (outcome === "wrong") throw unauthenticated("The current password is wrong");
  return true;
}
