/**
 * Push notifications, the pure part: registration rules, the FCM and APNs
 * payloads, and what a provider's answer means (accepted, a dead token, or a
 * failure to retry).
 */
import type { RuleViolation } from "./violation.js";

export const PUSH_PLATFORMS = ["android", "ios"] as const;
export type PushPlatform = (typeof PUSH_PLATFORMS)[number];

/** FCM registration tokens: URL-safe characters, length undocumented (about 150 to 200 today). */
const FCM_TOKEN = /^[A-Za-z0-9_:.-]{32,4096}$/;
/** APNs device tokens: hex, 32 bytes today; Apple warns they may grow, so up to 100 bytes. Only hex may reach the URL path. */
const APNS_TOKEN = /^(?:[0-9a-f]{2}){32,100}$/;

/** A registration's rules: `platform_enum`, `push_token_format`. Returns the token as stored (trimmed; APNs lower-case). */
export function checkPushRegistration(input: { platform: string; token: string }): {
  token: string;
  violations: RuleViolation[];
} {
  const violations: RuleViolation[] = [];
  if (!(PUSH_PLATFORMS as readonly string[]).includes(input.platform)) {
    violations.push({ rule: "platform_enum", field: "platform", message: "The platform is ANDROID or IOS" });
    return { token: input.token, violations };
  }
  const token = input.platform === "ios" ? input.token.trim().toLowerCase() : input.token.trim();
  const ok = input.platform === "ios" ? APNS_TOKEN.test(token) : FCM_TOKEN.test(token);
  if (!ok) {
    violations.push({
      rule: "push_token_format",
      field: "token",
      message:
        input.platform === "ios"
          ? "An APNs device token is 64 to 200 hexadecimal digits"
          : "An FCM registration token is 32 to 4096 letters, digits and _ : . -",
    });
  }
  return { token, violations };
}

export interface PushNotification {
  notificationId: string;
  title: string;
  body: string;
  data: Record<string, string>;
}

/** Keys FCM refuses in `data` (its own): "from", "notification", "message_type", and google/gcm prefixes. */
const FCM_RESERVED = (key: string) =>
  key === "from" || key === "notification" || key === "message_type" || /^(google|gcm)/i.test(key);

/** The data every push carries: the notification's data plus its id (the app de-duplicates by it: delivery is at least once). */
export function pushData(n: PushNotification): Record<string, string> {
  return { ...n.data, notificationId: n.notificationId };
}

/** The body of FCM HTTP v1 `messages:send`. */
export function fcmMessage(token: string, notification: PushNotification) {
  const n = fitPushLimit(notification);
  const data = Object.fromEntries(Object.entries(pushData(n)).filter(([k]) => !FCM_RESERVED(k)));
  return { message: { token, notification: { title: n.title, body: n.body }, data } };
}

/** The APNs payload: the alert in `aps`, the data as custom top-level keys (never overriding `aps`). */
export function apnsPayload(notification: PushNotification): Record<string, unknown> {
  const n = fitPushLimit(notification);
  return { ...pushData(n), aps: { alert: { title: n.title, body: n.body } } };
}

/** Both providers refuse a payload over 4 KB (APNs: the JSON payload; FCM: notification and data together). */
export const PUSH_PAYLOAD_LIMIT_BYTES = 4096;

/** The larger of the two providers' payloads (APNs: the whole JSON; FCM: notification and data, the token aside). */
const payloadBytes = (n: PushNotification) =>
  Math.max(
    Buffer.byteLength(JSON.stringify({ ...pushData(n), aps: { alert: { title: n.title, body: n.body } } }), "utf8"),
    Buffer.byteLength(JSON.stringify({ notification: { title: n.title, body: n.body }, data: pushData(n) }), "utf8"),
  );

/** The longest prefix of `text` (whole characters, then "…") for which `fits` holds; "" when none does. */
function cut(text: string, fits: (t: string) => boolean): string {
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${chars.slice(0, mid).join("")}…`)) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : `${chars.slice(0, lo).join("")}…`;
}

/**
 * `push_payload_limit`: a notification cut to fit the providers' 4 KB, so that a long message is shortened rather
 * than refused by the provider (and retried for nothing): the body first, then the title; data keys other than
 * the notification's id (the app opens the whole notification by it) are dropped when they alone are too big.
 */
export function fitPushLimit(n: PushNotification, limit = PUSH_PAYLOAD_LIMIT_BYTES): PushNotification {
  if (payloadBytes(n) <= limit) return n;
  const base = payloadBytes({ ...n, title: "", body: "" }) > limit ? { ...n, data: {} } : n;
  if (payloadBytes({ ...base, body: "" }) <= limit)
    return { ...base, body: cut(base.body, (body) => payloadBytes({ ...base, body }) <= limit) };
  return { ...base, body: "", title: cut(base.title, (title) => payloadBytes({ ...base, body: "", title }) <= limit) };
}

/**
 * A provider's answer for one device: `accepted`; `dead` (the token will never
 * work again: deactivate the device); `failed` (try again later;
 * `credentialsRejected` when our own access/provider token was refused).
 */
export type PushVerdict =
  | { kind: "accepted" }
  | { kind: "dead"; reason: string }
  | { kind: "failed"; reason: string; credentialsRejected?: boolean };

interface FcmErrorBody {
  error?: {
    status?: string;
    message?: string;
    details?: Array<{ "@type"?: string; errorCode?: string; fieldViolations?: Array<{ field?: string }> }>;
  };
}

/** FCM HTTP v1: 404/UNREGISTERED, 400 INVALID_ARGUMENT about the token, 403 SENDER_ID_MISMATCH are dead tokens. */
export function classifyFcm(status: number, body: unknown): PushVerdict {
  if (status >= 200 && status < 300) return { kind: "accepted" };
  const error = (body as FcmErrorBody | null)?.error ?? {};
  const details = error.details ?? [];
  const code = details.find((d) => d.errorCode)?.errorCode ?? error.status ?? String(status);
  const aboutToken =
    details.some((d) => d.fieldViolations?.some((v) => v.field === "message.token")) ||
    /registration token/i.test(error.message ?? "");
  if (status === 404 || code === "UNREGISTERED") return { kind: "dead", reason: `FCM ${status} ${code}` };
  if (status === 400 && code === "INVALID_ARGUMENT" && aboutToken)
    return { kind: "dead", reason: `FCM ${status} ${code} (token)` };
  if (code === "SENDER_ID_MISMATCH") return { kind: "dead", reason: `FCM ${status} ${code}` };
  return {
    kind: "failed",
    reason: `FCM answered ${status} ${code}`,
    ...(status === 401 ? { credentialsRejected: true } : {}),
  };
}

/** APNs: 410 (Unregistered), 400 BadDeviceToken or DeviceTokenNotForTopic are dead tokens. */
export function classifyApns(status: number, body: unknown): PushVerdict {
  if (status === 200) return { kind: "accepted" };
  const reason = (body as { reason?: string } | null)?.reason ?? String(status);
  if (status === 410) return { kind: "dead", reason: `APNs ${status} ${reason}` };
  if (status === 400 && (reason === "BadDeviceToken" || reason === "DeviceTokenNotForTopic"))
    return { kind: "dead", reason: `APNs ${status} ${reason}` };
  const credentialsRejected =
    status === 403 && (reason === "ExpiredProviderToken" || reason === "InvalidProviderToken");
  return {
    kind: "failed",
    reason: `APNs answered ${status} ${reason}`,
    ...(credentialsRejected ? { credentialsRejected: true } : {}),
  };
}

/**
 * The delivery's outcome over all of the user's devices: sent when at least
 * one device accepted; otherwise a failure (retried by the sender). Devices
 * with dead tokens are reported either way.
 */
export interface DeadDevice {
  deviceId: string;
  reason: string;
}

export function pushOutcome(results: Array<{ deviceId: string; verdict: PushVerdict }>): {
  sent: boolean;
  deadDevices: DeadDevice[];
  error: string | null;
} {
  const deadDevices = results.flatMap((r) =>
    r.verdict.kind === "dead" ? [{ deviceId: r.deviceId, reason: r.verdict.reason }] : [],
  );
  if (results.length === 0) return { sent: false, deadDevices, error: "no push device" };
  if (results.some((r) => r.verdict.kind === "accepted")) return { sent: true, deadDevices, error: null };
  const reasons = [...new Set(results.map((r) => (r.verdict.kind === "accepted" ? "" : r.verdict.reason)))];
  return { sent: false, deadDevices, error: reasons.join("; ") };
}
