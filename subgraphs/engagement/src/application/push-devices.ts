/** A user's app registers and unregisters its push token (per organization: row-level security applies). */
import { refuseIfAny, forbiddenBy } from "@meander/validation";
import type { Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createPushDeviceRepository, type PushDeviceRow } from "../db/repositories/push-devices.js";
import { checkPushRegistration, type PushPlatform } from "../domain/push.js";

function orgOf(scope: Scope): string {
  if (!scope.organizationId)
    throw forbiddenBy("organization_context_required", "Push devices belong to an organization: act within one");
  return scope.organizationId;
}

/** Idempotent on the token: registering it again keeps one row, active, the caller's. */
export async function registerPushDevice(
  uow: UnitOfWork,
  scope: Scope,
  userId: string,
  input: { platform: string; token: string },
): Promise<PushDeviceRow> {
  const organizationId = orgOf(scope);
  const { token, violations } = checkPushRegistration(input);
  refuseIfAny(violations);
  return uow.run(scope, (tx) =>
    createPushDeviceRepository(tx, scope).register({
      organizationId,
      userId,
      platform: input.platform as PushPlatform,
      token,
    }),
  );
}

/** The caller's own registration of the token stops receiving pushes; false when there was none active. */
export async function unregisterPushDevice(
  uow: UnitOfWork,
  scope: Scope,
  userId: string,
  token: string,
): Promise<boolean> {
  orgOf(scope);
  const trimmed = token.trim();
  return uow.run(scope, async (tx) => {
    const repo = createPushDeviceRepository(tx, scope);
    // APNs tokens are stored lower-case.
    return (
      (await repo.unregister(userId, trimmed)) ||
      (trimmed !== trimmed.toLowerCase() && (await repo.unregister(userId, trimmed.toLowerCase())))
    );
  });
}
