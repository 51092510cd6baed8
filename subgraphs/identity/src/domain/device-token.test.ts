import { describe, expect, it } from "vitest";
import { normalizeToken, validateDeviceToken } from "./device-token.js";

const apns = "a1".repeat(32);
const fcm = `dXk3:APA91b${"x".repeat(140)}`;
const rules = (...a: Parameters<typeof validateDeviceToken>) => validateDeviceToken(...a).map((v) => v.rule);

describe("device token rules", () => {
  it("accepts an APNs token on iOS and an FCM token on Android", () => {
    expect(rules("ios", apns, "Kari's iPhone")).toEqual([]);
    expect(rules("android", fcm, "Pixel 8")).toEqual([]);
  });

  it("refuses a token of the wrong shape for its platform", () => {
    expect(rules("ios", fcm, "iPhone")).toEqual(["apns_token_format"]);
    expect(rules("ios", "abc", "iPhone")).toEqual(["apns_token_format"]);
    expect(rules("android", apns, "Pixel")).toEqual(["fcm_token_format"]);
    expect(rules("android", `${fcm} `, "Pixel")).toEqual(["fcm_token_format"]);
  });

  it("names the device", () => {
    expect(rules("ios", apns, " ")).toEqual(["device_name_length"]);
    expect(rules("ios", apns, "x".repeat(101))).toEqual(["device_name_length"]);
  });

  it("lower-cases APNs tokens only", () => {
    expect(normalizeToken("ios", "AB".repeat(32))).toBe("ab".repeat(32));
    expect(normalizeToken("android", "AbC")).toBe("AbC");
  });
});
