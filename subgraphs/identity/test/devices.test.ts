import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSubgraph, type MintOptions, type SubgraphHarness } from "@meander/testing";
import { and, eq } from "drizzle-orm";
import { outbox } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { memberships, person, type Person } from "./arrange.js";

let h: SubgraphHarness;
const org = randomUUID();
const la = randomUUID();
let kari: Person;
let ola: Person;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  kari = await person(h, "kari@devices.example.no", null);
  ola = await person(h, "ola@devices.example.no", null);
  await memberships(h, [
    { userId: kari.id, organizationId: org, localAssociationId: la, role: "peer_mentor", isPrimary: true },
    { userId: ola.id, organizationId: org, localAssociationId: la, role: "coordinator", isPrimary: true },
  ]);
});

afterAll(() => h?.stop());

const asKari = () => ({ userId: kari.id, organizationId: org, localAssociationId: la, role: "peer_mentor" as const });
const asOla = () => ({ userId: ola.id, organizationId: org, localAssociationId: la, role: "coordinator" as const });
const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

const SETTINGS = `{ mySettings { language largerText highContrast reducedMotion screenReaderHints } }`;
const UPDATE_SETTINGS = `mutation($i: UserSettingsInput!) { updateMySettings(input: $i) { language largerText highContrast reducedMotion screenReaderHints } }`;

describe("identity: settings", () => {
  it("answers defaults, then keeps what was changed and leaves the rest", async () => {
    expect((await h.call(SETTINGS, {}, asKari())).data?.mySettings).toEqual({
      language: "NB",
      largerText: false,
      highContrast: false,
      reducedMotion: false,
      screenReaderHints: false,
    });
    const r = await h.call(UPDATE_SETTINGS, { i: { language: "NN", largerText: true, highContrast: true } }, asKari());
    expect(r.data?.updateMySettings).toEqual({
      language: "NN",
      largerText: true,
      highContrast: true,
      reducedMotion: false,
      screenReaderHints: false,
    });
    const again = await h.call(UPDATE_SETTINGS, { i: { highContrast: false, screenReaderHints: true } }, asKari());
    expect(again.data?.updateMySettings).toEqual({
      language: "NN",
      largerText: true,
      highContrast: false,
      reducedMotion: false,
      screenReaderHints: true,
    });
    // The language is the user's preferred language.
    expect((await h.call(`{ me { preferredLanguage } }`, {}, asKari())).data?.me.preferredLanguage).toBe("NN");
    // Published once (engagement writes notifications in it): the second update left the language as it was.
    const changed = await h.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(and(eq(outbox.type, "identity.user.language_changed"), eq(outbox.aggregateId, kari.id)));
    expect(changed.map((r) => r.payload)).toEqual([{ userId: kari.id, language: "nn" }]);
    // Another user's settings are untouched.
    expect((await h.call(SETTINGS, {}, asOla())).data?.mySettings).toMatchObject({ language: "NB", largerText: false });
    expect(code(await h.call(SETTINGS))?.code).toBe("UNAUTHENTICATED");
  });
});

const REGISTER = `mutation($p: DevicePlatform!, $t: String!, $n: String!) { registerDeviceToken(platform: $p, token: $t, deviceName: $n) { token platform deviceName } }`;
const MINE = `{ myDeviceTokens { token platform deviceName } }`;
const REMOVE = `mutation($t: String!) { removeDeviceToken(token: $t) }`;
const apns = () => randomUUID().replace(/-/g, "").repeat(2);
const fcm = () => `${randomUUID()}:APA91b${"f".repeat(120)}`;

describe("identity: device tokens", () => {
  it("registers idempotently per token and lists only the caller's", async () => {
    const ios = apns();
    const android = fcm();
    expect(
      (await h.call(REGISTER, { p: "IOS", t: ios.toUpperCase(), n: "Kari's iPhone" }, asKari())).data
        ?.registerDeviceToken,
    ).toEqual({ token: ios, platform: "IOS", deviceName: "Kari's iPhone" });
    expect((await h.call(REGISTER, { p: "IOS", t: ios, n: "Kari's iPhone 15" }, asKari())).errors).toBeUndefined();
    expect((await h.call(REGISTER, { p: "ANDROID", t: android, n: "Pixel" }, asKari())).errors).toBeUndefined();
    const mine = (await h.call(MINE, {}, asKari())).data?.myDeviceTokens;
    expect(mine).toHaveLength(2);
    expect(mine).toEqual(
      expect.arrayContaining([
        { token: ios, platform: "IOS", deviceName: "Kari's iPhone 15" },
        { token: android, platform: "ANDROID", deviceName: "Pixel" },
      ]),
    );
    expect((await h.call(MINE, {}, asOla())).data?.myDeviceTokens).toEqual([]);
  });

  it("moves a token to the user who registers it on their device", async () => {
    const t = fcm();
    await h.call(REGISTER, { p: "ANDROID", t, n: "Shared tablet" }, asKari());
    await h.call(REGISTER, { p: "ANDROID", t, n: "Shared tablet" }, asOla());
    const tokens = async (as: () => MintOptions) =>
      ((await h.call(MINE, {}, as())).data?.myDeviceTokens as { token: string }[]).map((x) => x.token);
    expect(await tokens(asOla)).toContain(t);
    expect(await tokens(asKari)).not.toContain(t);
  });

  it("removes only the caller's own token", async () => {
    const t = apns();
    await h.call(REGISTER, { p: "IOS", t, n: "iPad" }, asKari());
    expect((await h.call(REMOVE, { t }, asOla())).data?.removeDeviceToken).toBe(false);
    expect(
      ((await h.call(MINE, {}, asKari())).data?.myDeviceTokens as { token: string }[]).map((x) => x.token),
    ).toContain(t);
    expect((await h.call(REMOVE, { t: t.toUpperCase() }, asKari())).data?.removeDeviceToken).toBe(true);
    expect((await h.call(REMOVE, { t }, asKari())).data?.removeDeviceToken).toBe(false);
  });

  it.each([
    ["IOS", "abc", "Kari's iPhone", "apns_token_format", "token"],
    ["IOS", `${"a".repeat(64)}0`, "Kari's iPhone", "apns_token_format", "token"],
    ["ANDROID", "a".repeat(64), "Pixel", "fcm_token_format", "token"],
    ["ANDROID", `${"a".repeat(150)} `, "Pixel", "fcm_token_format", "token"],
    ["IOS", "a".repeat(64), " ", "device_name_length", "deviceName"],
  ])("refuses %s token %s (%s) with %s", async (p, t, n, rule, field) => {
    expect(code(await h.call(REGISTER, { p, t, n }, asKari()))).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
  });

  it("names every fault of a device registration at once", async () => {
    const r = code(await h.call(REGISTER, { p: "IOS", t: "abc", n: " " }, asKari()));
    expect((r!.violations as Array<{ field: string; rule: string }>).map((v) => `${v.field}:${v.rule}`)).toEqual([
      "token:apns_token_format",
      "deviceName:device_name_length",
    ]);
  });

  it("refuses anonymous callers", async () => {
    expect(code(await h.call(MINE))?.code).toBe("UNAUTHENTICATED");
    expect(code(await h.call(REGISTER, { p: "IOS", t: apns(), n: "x" }))?.code).toBe("UNAUTHENTICATED");
  });
});
