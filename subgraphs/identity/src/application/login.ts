/**
 * Password login. One answer for every failure (unknown e-mail, wrong password,
 * no password, deactivated user) after the same work: an unknown address is
 * checked against a dummy hash. Failures count per address (domain/throttle.ts).
 */
import { forbiddenBy, unauthenticated } from "@meander/validation";
import { scopes } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createCredentialRepository, createThrottleRepository } from "../db/repositories/credentials.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { dummyHash, verifyPassword } from "../domain/password.js";
import { validateDevice } from "../domain/session.js";
import { afterFailure, isLocked } from "../domain/throttle.js";
import { normalizeEmail } from "../domain/user.js";
import { auditSignInRefused } from "./audit.js";
import type { AuthSettings } from "./auth-settings.js";
import { openSession, type AuthResult } from "./sessions.js";

export interface LoginInput {
  email: string;
  password: string;
  device: { name: string; platform: string };
}

export const LOGIN_FAILED = "E-mail or password is wrong";
export const LOCKED_OUT = "Too many failed sign-ins; try again later";

export async function loginWithPassword(
  uow: UnitOfWork,
  settings: AuthSettings,
  input: LoginInput,
  client: { ip: string | null },
  now: Date,
): Promise<AuthResult> {
  const email = normalizeEmail(input.email).slice(0, 254);
  // Nobody is signed in yet: the address is looked up among everyone (the platform scope); the session opened is the user's own.
  const scope = scopes.platform();
  // A refused attempt commits its throttle count and its audit entry (auth.sign_in_failed, _locked_out, _refused_locked).
  const outcome = await uow.run(scope, async (tx, events) => {
    const creds = createCredentialRepository(tx, scope);
    const throttles = createThrottleRepository(tx, scope);
    const refused = (kind: "failed" | "locked_out" | "refused_locked", userId: string | null) =>
      auditSignInRefused(createMembershipRepository(tx, scope), events, kind, userId);
    // Row lock: attempts on one address run one after the other, so the count is exact.
    const throttle = await throttles.lock(email);
    if (isLocked(throttle, now)) {
      await refused("refused_locked", (await creds.userByEmail(email))?.id ?? null);
      return { kind: "locked" as const };
    }
    const found = await creds.userByEmail(email);
    const matches = await verifyPassword(input.password, found?.passwordHash ?? (await dummyHash()));
    if (!found || !found.passwordHash || !matches || found.status !== "active") {
      const next = afterFailure(throttle, now);
      await throttles.save(email, next);
      await refused("failed", found?.id ?? null);
      if (isLocked(next, now)) await refused("locked_out", found?.id ?? null);
      return { kind: "failed" as const };
    }
    await throttles.save(email, { failures: 0, windowStartedAt: now, lockedUntil: null });
    const { passwordHash: _hash, ...user } = found;
    const result = await openSession(
      tx,
      events,
      settings,
      { user, device: validateDevice(input.device), ip: client.ip, method: "password" },
      now,
    );
    return result ? { kind: "ok" as const, result } : { kind: "no_membership" as const };
  });
  if (outcome.kind === "locked") throw unauthenticated(LOCKED_OUT);
  if (outcome.kind === "failed") throw unauthenticated(LOGIN_FAILED);
  if (outcome.kind === "no_membership")
    throw forbiddenBy("membership_required", "This account has no membership to sign in to");
  return outcome.result;
}
