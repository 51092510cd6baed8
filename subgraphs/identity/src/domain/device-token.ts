/**
 * Push token rules: FCM registration tokens (Android) and APNs device tokens
 * (iOS). APNs tokens are hex (32 bytes today, so 64 characters; Apple says the
 * length may grow, so 64 to 200 even-length hex is accepted). FCM tokens are
 * opaque URL-safe strings, in practice about 150 to 250 characters.
 */
import type { RuleViolation } from "./user.js";

export const PLATFORMS = ["android", "ios"] as const;
export type PushPlatform = (typeof PLATFORMS)[number];

const APNS = /^(?:[0-9a-fA-F]{2}){32,100}$/;
const FCM = /^[A-Za-z0-9_:.-]{100,4096}$/;

export function validateDeviceToken(platform: PushPlatform, token: string, deviceName: string): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (platform === "ios" && !APNS.test(token))
    v.push({
      rule: "apns_token_format",
      field: "token",
      message: "An APNs device token is 64 to 200 hexadecimal characters",
    });
  if (platform === "android" && !FCM.test(token))
    v.push({
      rule: "fcm_token_format",
      field: "token",
      message: "An FCM registration token is 100 to 4096 URL-safe characters",
    });
  const name = deviceName.trim();
  if (name.length === 0 || name.length > 100)
    v.push({ rule: "device_name_length", field: "deviceName", message: "The device name must be 1 to 100 characters" });
  return v;
}

/** APNs tokens are case-insensitive hex: stored lower-cased so the same device is one row. */
export function normalizeToken(platform: PushPlatform, token: string): string {
  return platform === "ios" ? token.toLowerCase() : token;
}
