/** Push tokens of the caller's devices. Nobody ever reads another user's tokens through the API. */
import { scopeOf, type Viewer } from "@meander/auth";
import { refuseIfAny } from "@meander/validation";
import { scopes, type Executor } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createDeviceTokenRepository, type DeviceTokenRow } from "../db/repositories/devices.js";
import { selfScope } from "../db/repositories/scope.js";
import { normalizeToken, validateDeviceToken, type PushPlatform } from "../domain/device-token.js";

export function myDeviceTokens(db: Executor, viewer: Viewer): Promise<DeviceTokenRow[]> {
  return createDeviceTokenRepository(db, selfScope(viewer.userId)).ofUser(viewer.userId);
}

/** A token moves to whoever registers it, from whichever user held it: the platform scope (it writes only the caller's id). */
export async function registerDeviceToken(
  uow: UnitOfWork,
  viewer: Viewer,
  platform: PushPlatform,
  token: string,
  deviceName: string,
  now: Date,
): Promise<DeviceTokenRow> {
  refuseIfAny(validateDeviceToken(platform, token, deviceName));
  return uow.run(scopeOf(viewer), (tx) =>
    createDeviceTokenRepository(tx, scopes.platform(viewer.userId)).register(
      { token: normalizeToken(platform, token), userId: viewer.userId, platform, deviceName: deviceName.trim() },
      now,
    ),
  );
}

/** Only the caller's own token is removed; another user's token answers false, like an unknown one. */
export async function removeDeviceToken(uow: UnitOfWork, viewer: Viewer, token: string): Promise<boolean> {
  return uow.run(scopeOf(viewer), async (tx) => {
    const repo = createDeviceTokenRepository(tx, selfScope(viewer.userId));
    return (await repo.remove(viewer.userId, token)) || (await repo.remove(viewer.userId, token.toLowerCase()));
  });
}
