import { describe, expect, it } from "vitest";
import {
  apnsPayload,
  checkPushRegistration,
  classifyApns,
  classifyFcm,
  fcmMessage,
  fitPushLimit,
  PUSH_PAYLOAD_LIMIT_BYTES,
  pushOutcome,
} from "./push.js";

const n = {
  notificationId: "n-1",
  title: "Hei",
  body: "Ring Ola",
  data: { contactId: "c-1", from: "x", google_x: "y", aps: "evil" },
};
const fcmToken = "fcm-token_ABC:" + "x".repeat(140);

describe("push registration rules", () => {
  it("accepts FCM and APNs tokens, lower-cases APNs hex and trims", () => {
    expect(checkPushRegistration({ platform: "android", token: ` ${fcmToken} ` })).toEqual({
      token: fcmToken,
      violations: [],
    });
    expect(checkPushRegistration({ platform: "ios", token: "AB".repeat(32) })).toEqual({
      token: "ab".repeat(32),
      violations: [],
    });
  });

  it("push_token_format: short, non-hex APNs, path characters, too long", () => {
    for (const [platform, token] of [
      ["android", "short"],
      ["android", "x".repeat(40) + "/../"],
      ["android", "x".repeat(4097)],
      ["ios", "g".repeat(64)],
      ["ios", "a".repeat(63)],
      ["ios", "a".repeat(202)],
      ["ios", "a".repeat(64) + "/x"],
    ] as const) {
      expect(
        checkPushRegistration({ platform, token }).violations.map((v) => [v.rule, v.field]),
        `${platform} ${token.slice(0, 10)}`,
      ).toEqual([["push_token_format", "token"]]);
    }
  });

  it("platform_enum", () => {
    expect(checkPushRegistration({ platform: "windows", token: fcmToken }).violations.map((v) => v.rule)).toEqual([
      "platform_enum",
    ]);
  });
});

describe("push payloads", () => {
  it("FCM v1: token, notification title/body, string data with the notification id, FCM's reserved keys left out", () => {
    expect(fcmMessage("tok", n)).toEqual({
      message: {
        token: "tok",
        notification: { title: "Hei", body: "Ring Ola" },
        data: { contactId: "c-1", aps: "evil", notificationId: "n-1" },
      },
    });
  });

  it("APNs: the alert in aps, data as top-level keys that never replace aps", () => {
    expect(apnsPayload(n)).toEqual({
      contactId: "c-1",
      from: "x",
      google_x: "y",
      notificationId: "n-1",
      aps: { alert: { title: "Hei", body: "Ring Ola" } },
    });
  });
});

describe("push_payload_limit", () => {
  const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), "utf8");
  it("leaves a notification that fits as it is", () => {
    expect(fitPushLimit(n)).toBe(n);
  });

  it("cuts a long body (whole characters, ending in …) so both payloads fit in 4 KB, keeping the title and data", () => {
    const long = { ...n, body: "Å møte Ærlige Øystein på kafé 👋 ".repeat(400) };
    const fitted = fitPushLimit(long);
    expect(fitted.body.endsWith("…")).toBe(true);
    expect(long.body.startsWith(fitted.body.slice(0, -1))).toBe(true);
    expect(fitted.title).toBe(n.title);
    expect(fitted.data).toEqual(n.data);
    expect(bytes(apnsPayload(long))).toBeLessThanOrEqual(PUSH_PAYLOAD_LIMIT_BYTES);
    const { notification, data } = fcmMessage("tok", long).message;
    expect(bytes({ notification, data })).toBeLessThanOrEqual(PUSH_PAYLOAD_LIMIT_BYTES);
    expect(bytes(apnsPayload(long))).toBeGreaterThan(PUSH_PAYLOAD_LIMIT_BYTES - 50); // cut no more than needed
  });

  it("cuts the title too when it alone is too long, and drops oversized data but never the notification id", () => {
    const huge = { ...n, title: "T".repeat(5000), body: "B".repeat(5000), data: { blob: "x".repeat(5000) } };
    const payload = apnsPayload(huge);
    expect(bytes(payload)).toBeLessThanOrEqual(PUSH_PAYLOAD_LIMIT_BYTES);
    expect(payload).toMatchObject({ notificationId: "n-1" });
    expect(payload).not.toHaveProperty("blob");
    expect((payload.aps as { alert: { title: string } }).alert.title.startsWith("TTT")).toBe(true);
  });
});

describe("provider answers", () => {
  const fcmError = (status: string, errorCode?: string, field?: string, message = "") => ({
    error: {
      status,
      message,
      details: [
        ...(errorCode ? [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", errorCode }] : []),
        ...(field ? [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ field }] }] : []),
      ],
    },
  });

  it("FCM: dead tokens", () => {
    expect(classifyFcm(200, { name: "projects/p/messages/1" })).toEqual({ kind: "accepted" });
    expect(classifyFcm(404, fcmError("NOT_FOUND", "UNREGISTERED")).kind).toBe("dead");
    expect(classifyFcm(400, fcmError("INVALID_ARGUMENT", "INVALID_ARGUMENT", "message.token")).kind).toBe("dead");
    expect(
      classifyFcm(
        400,
        fcmError(
          "INVALID_ARGUMENT",
          "INVALID_ARGUMENT",
          undefined,
          "The registration token is not a valid FCM registration token",
        ),
      ).kind,
    ).toBe("dead");
    expect(classifyFcm(403, fcmError("PERMISSION_DENIED", "SENDER_ID_MISMATCH")).kind).toBe("dead");
  });

  it("FCM: failures to retry (payload errors, throttling, outages), 401 refreshes our access token", () => {
    expect(classifyFcm(400, fcmError("INVALID_ARGUMENT", "INVALID_ARGUMENT", "message.data"))).toEqual({
      kind: "failed",
      reason: "FCM answered 400 INVALID_ARGUMENT",
    });
    expect(classifyFcm(429, fcmError("RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED")).kind).toBe("failed");
    expect(classifyFcm(500, null)).toEqual({ kind: "failed", reason: "FCM answered 500 500" });
    expect(classifyFcm(503, fcmError("UNAVAILABLE", "UNAVAILABLE")).kind).toBe("failed");
    expect(classifyFcm(401, fcmError("UNAUTHENTICATED", "THIRD_PARTY_AUTH_ERROR"))).toMatchObject({
      kind: "failed",
      credentialsRejected: true,
    });
  });

  it("APNs: 410 and bad tokens are dead; 429/5xx fail; a refused provider token is renewed", () => {
    expect(classifyApns(200, null)).toEqual({ kind: "accepted" });
    expect(classifyApns(410, { reason: "Unregistered", timestamp: 1 })).toEqual({
      kind: "dead",
      reason: "APNs 410 Unregistered",
    });
    expect(classifyApns(400, { reason: "BadDeviceToken" }).kind).toBe("dead");
    expect(classifyApns(400, { reason: "DeviceTokenNotForTopic" }).kind).toBe("dead");
    expect(classifyApns(400, { reason: "PayloadTooLarge" }).kind).toBe("failed");
    expect(classifyApns(429, { reason: "TooManyRequests" }).kind).toBe("failed");
    expect(classifyApns(500, { reason: "InternalServerError" })).toEqual({
      kind: "failed",
      reason: "APNs answered 500 InternalServerError",
    });
    expect(classifyApns(403, { reason: "ExpiredProviderToken" })).toMatchObject({
      kind: "failed",
      credentialsRejected: true,
    });
  });

  it("a delivery is sent when one device accepted; no device, or none accepting, is a failure; dead devices are reported", () => {
    const dead = { kind: "dead", reason: "APNs 410 Unregistered" } as const;
    const failed = { kind: "failed", reason: "FCM answered 500 500" } as const;
    expect(pushOutcome([])).toEqual({ sent: false, deadDevices: [], error: "no push device" });
    expect(
      pushOutcome([
        { deviceId: "a", verdict: { kind: "accepted" } },
        { deviceId: "b", verdict: dead },
      ]),
    ).toEqual({ sent: true, deadDevices: [{ deviceId: "b", reason: "APNs 410 Unregistered" }], error: null });
    expect(
      pushOutcome([
        { deviceId: "a", verdict: failed },
        { deviceId: "b", verdict: dead },
      ]),
    ).toEqual({
      sent: false,
      deadDevices: [{ deviceId: "b", reason: "APNs 410 Unregistered" }],
      error: "FCM answered 500 500; APNs 410 Unregistered",
    });
  });
});
