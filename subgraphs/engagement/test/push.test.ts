import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type UnitOfWork } from "@meander/events";
import { startSpan, startTracing, traceHeaders, type Tracing } from "@meander/observability";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { deliverDue } from "../src/application/deliveries.js";
import { runReminders } from "../src/application/reminders.js";
import { eventStore } from "../src/db/schema/index.js";
import { apnsProvider } from "../src/delivery/apns.js";
import type { Channels } from "../src/delivery/channels.js";
import { fcmProvider } from "../src/delivery/fcm.js";
import { pushChannel } from "../src/delivery/push.js";
import { createSubgraph } from "../src/server.js";
import { startFakeApns, startFakeFcm, type FakeApns, type FakeFcm } from "./push-servers.js";
import { as } from "./support.js";

let h: SubgraphHarness;
let jobs: UnitOfWork;
let fcm: FakeFcm;
let apns: FakeApns;
let channels: Channels & { push: ReturnType<typeof pushChannel> };
// Tracing on (spans kept in memory): each send is a span the person on call finds (issue 23).
const spans = new InMemorySpanExporter();
let tracing: Tracing | null = null;
const orgA = randomUUID();
const orgB = randomUUID();
const laA = randomUUID();
const mentor = (org = orgA) => as(randomUUID(), org, laA, "peer_mentor");
type Who = ReturnType<typeof mentor>;

const androidToken = () => `fcm_${randomUUID().replace(/-/g, "")}:APA91b${"x".repeat(120)}`;
const iosToken = () => randomUUID().replace(/-/g, "").repeat(2);
const DEVICES = `{ myPushDevices { id platform token active deactivationReason } }`;
const REGISTER = `mutation($p: PushPlatform!, $t: String!) { registerPushDevice(platform: $p, token: $t) { id platform token active } }`;
const DELIVERIES = `{ notifications { id title body deliveries { status attempts lastError } } }`;

async function register(who: Who, platform: "ANDROID" | "IOS", token: string) {
  const r = await h.call(REGISTER, { p: platform, t: token }, who);
  expect(r.errors).toBeUndefined();
  return r.data!.registerPushDevice as { id: string; platform: string; token: string; active: boolean };
}
const devices = async (who: Who) =>
  (await h.call(DEVICES, {}, who)).data!.myPushDevices as Array<{
    id: string;
    token: string;
    active: boolean;
    deactivationReason: string | null;
  }>;
const deliveries = async (who: Who) =>
  (await h.call(DELIVERIES, {}, who)).data!.notifications as Array<{
    id: string;
    title: string;
    body: string;
    deliveries: Array<{ status: string; attempts: number; lastError: string | null }>;
  }>;

/** A no-contact reminder with push for the user: a contact 11 days before `now`, then the engine runs. */
async function notify(who: Who, now: Date) {
  const r = await h.call(
    `mutation { setNotificationPreference(category: NO_CONTACT, enabled: true, channels: [PUSH]) { enabled } }`,
    {},
    who,
  );
  expect(r.errors).toBeUndefined();
  const activityId = randomUUID();
  const day = new Date(now.getTime() - 11 * 86_400_000).toISOString();
  const event = makeEvent(
    "activity.activity.registered",
    {
      activityId,
      userId: who.userId,
      localAssociationId: laA,
      activityType: "home_visit",
      activityDate: day,
      durationMinutes: 60,
      status: "pending_review",
    },
    { organizationId: who.organizationId, aggregateId: activityId, actorId: who.userId },
  );
  await h.bus.publish([{ ...event, payload: { ...event.payload, contactId: randomUUID() } }]);
  await h.bus.idle();
  await runReminders(jobs, now);
}

beforeAll(async () => {
  tracing = startTracing({ serviceName: "engagement", exporter: spans, sampler: "always_on" });
  [fcm, apns] = await Promise.all([startFakeFcm(), startFakeApns()]);
  channels = {
    push: pushChannel({
      android: fcmProvider({ serviceAccount: fcm.serviceAccount, baseUrl: fcm.baseUrl }),
      ios: apnsProvider({ key: apns.key, keyId: apns.keyId, teamId: apns.teamId, topic: apns.topic, host: apns.host }),
    }),
  };
  h = await startSubgraph((deps) => createSubgraph(deps, { scheduleEveryMs: 3_600_000, channels }));
  jobs = createUnitOfWork(h.db, eventStore);
});

afterAll(async () => {
  await h?.stop();
  await channels?.push.close();
  await Promise.all([fcm?.close(), apns?.close()]);
  await tracing?.shutdown();
});

describe("engagement: push device registration", () => {
  it("registers a token once however often the app sends it, per user and organization, and unregisters only one's own", async () => {
    const m = mentor();
    const token = androidToken();
    const first = await register(m, "ANDROID", token);
    const again = await register(m, "ANDROID", token);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ platform: "ANDROID", token, active: true });
    const ios = await register(m, "IOS", "AB".repeat(32));
    expect(ios.token).toBe("ab".repeat(32));
    expect((await devices(m)).map((d) => d.token).sort()).toEqual([token, "ab".repeat(32)].sort());

    expect(await devices(mentor(orgB))).toEqual([]); // another organization's user sees nothing
    expect(await devices(mentor())).toEqual([]); // nor another user
    const stranger = await h.call(`mutation($t: String!) { unregisterPushDevice(token: $t) }`, { t: token }, mentor());
    expect(stranger.data?.unregisterPushDevice).toBe(false);
    expect((await devices(m)).every((d) => d.active)).toBe(true);

    const off = await h.call(`mutation($t: String!) { unregisterPushDevice(token: $t) }`, { t: "AB".repeat(32) }, m);
    expect(off.data?.unregisterPushDevice).toBe(true);
    expect((await devices(m)).find((d) => d.token === "ab".repeat(32))).toMatchObject({
      active: false,
      deactivationReason: "unregistered",
    });
    expect((await register(m, "IOS", "ab".repeat(32))).id).toBe(ios.id); // registering again revives the same row

    // The phone changed hands: the token now reaches its new user only.
    const next = mentor();
    expect((await register(next, "ANDROID", token)).id).toBe(first.id);
    expect((await devices(m)).map((d) => d.token)).toEqual(["ab".repeat(32)]);
  });

  it("refuses bad tokens and platforms, unauthenticated callers; nothing is stored", async () => {
    const m = mentor();
    for (const [p, t] of [
      ["ANDROID", "short"],
      ["IOS", "not-hex-" + "a".repeat(60)],
      ["IOS", "a".repeat(64) + "/../x"],
    ]) {
      const r = await h.call(REGISTER, { p, t }, m);
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "push_token_format",
        field: "token",
      });
    }
    const platform = await h.call(REGISTER, { p: "WINDOWS", t: androidToken() }, m);
    expect(platform.errors?.[0]?.message).toMatch(/PushPlatform/);
    expect((await h.call(REGISTER, { p: "ANDROID", t: androidToken() })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await devices(m)).toEqual([]);
  });
});

describe("engagement: push through FCM and APNs", () => {
  it("reaches an Android device through FCM and an iOS device through APNs with the title, body and data", async () => {
    const m = mentor();
    const a = androidToken();
    const i = iosToken();
    await register(m, "ANDROID", a);
    await register(m, "IOS", i);
    const elsewhere = androidToken(); // the same person's device registered in another organization: not for this one's notifications
    await register(as(m.userId, orgB, randomUUID(), "peer_mentor"), "ANDROID", elsewhere);
    const now = new Date("2027-11-12T11:00:00Z");
    await notify(m, now);
    expect(await deliverDue(jobs, channels, now)).toMatchObject({ sent: 1, failed: 0, retried: 0 });
    const [n] = await deliveries(m);
    expect(n!.deliveries).toEqual([{ status: "SENT", attempts: 1, lastError: null }]);

    const toFcm = fcm.sent.filter((s) => s.message.token === a);
    expect(toFcm).toHaveLength(1);
    expect(toFcm[0]!.path).toBe("/v1/projects/meander-test/messages:send");
    expect(toFcm[0]!.authorization).toMatch(/^Bearer ya29\.test-\d+$/);
    expect(toFcm[0]!.message.notification).toEqual({ title: n!.title, body: n!.body });
    expect(toFcm[0]!.message.data).toMatchObject({ notificationId: n!.id, contactId: expect.any(String) });

    const toApns = apns.sent.filter((s) => s.path === `/3/device/${i}`);
    expect(toApns).toHaveLength(1);
    expect(toApns[0]).toMatchObject({ topic: "no.meander.mentor", pushType: "alert", priority: "10" });
    expect(toApns[0]!.payload).toMatchObject({
      aps: { alert: { title: n!.title, body: n!.body } },
      notificationId: n!.id,
      contactId: expect.any(String),
    });
    expect(fcm.sent.filter((s) => s.message.token === elsewhere)).toEqual([]);
    expect(fcm.refusedAssertions + apns.refused).toBe(0);
  });

  it("fetches the OAuth token once for several sends and reuses the APNs provider token, renewing both before they expire", async () => {
    const [f, a] = await Promise.all([startFakeFcm("reuse-test"), startFakeApns()]);
    let clock = Date.now();
    const push = pushChannel({
      android: fcmProvider({ serviceAccount: f.serviceAccount, baseUrl: f.baseUrl, now: () => clock }),
      ios: apnsProvider({
        key: a.key,
        keyId: a.keyId,
        teamId: a.teamId,
        topic: a.topic,
        host: a.host,
        now: () => clock,
      }),
    });
    try {
      const message = (n: number) => ({
        notificationId: randomUUID(),
        userId: randomUUID(),
        email: null,
        phone: null,
        title: `t${n}`,
        body: "b",
        data: {},
        devices: [
          { id: randomUUID(), platform: "android" as const, token: androidToken() },
          { id: randomUUID(), platform: "ios" as const, token: iosToken() },
        ],
      });
      await Promise.all([push.send(message(1)), push.send(message(2))]); // at the same moment: still one token request
      await push.send(message(3));
      expect(f.sent).toHaveLength(3);
      expect(f.tokenRequests).toBe(1);
      expect(new Set(a.sent.map((s) => s.jwt)).size).toBe(1);

      clock += 56 * 60_000; // the access token (1 h) is within 5 minutes of expiring; the provider token is 56 minutes old
      await push.send(message(4));
      expect(f.tokenRequests).toBe(2);
      expect(new Set(a.sent.map((s) => s.jwt)).size).toBe(2);
      expect(f.sent.at(-1)!.authorization).toBe("Bearer ya29.test-2");
    } finally {
      await push.close();
      await Promise.all([f.close(), a.close()]);
    }
  });

  it("deactivates a device whose token the provider calls dead and never uses it again", async () => {
    const m = mentor();
    const deadAndroid = androidToken();
    const liveIos = iosToken();
    fcm.answers.set(deadAndroid, {
      status: 404,
      body: { error: { code: 404, status: "NOT_FOUND", details: [{ errorCode: "UNREGISTERED" }] } },
    });
    await register(m, "ANDROID", deadAndroid);
    await register(m, "IOS", liveIos);
    await notify(m, new Date("2027-11-12T11:00:00Z"));
    await deliverDue(jobs, channels, new Date("2027-11-12T11:00:00Z"));
    expect((await deliveries(m))[0]!.deliveries).toMatchObject([{ status: "SENT" }]); // the iPhone accepted
    expect((await devices(m)).find((d) => d.token === deadAndroid)).toMatchObject({
      active: false,
      deactivationReason: "FCM 404 UNREGISTERED",
    });

    await notify(m, new Date("2027-12-12T11:00:00Z"));
    await deliverDue(jobs, channels, new Date("2027-12-12T11:00:00Z"));
    expect(fcm.sent.filter((s) => s.message.token === deadAndroid)).toHaveLength(1);
    expect(apns.sent.filter((s) => s.path === `/3/device/${liveIos}`)).toHaveLength(2);

    // An iPhone alone with a dead token (APNs 410): not sent, deactivated, then "no push device" until FAILED.
    const lone = mentor();
    const gone = iosToken();
    apns.answers.set(gone, { status: 410, body: { reason: "Unregistered", timestamp: 1_790_000_000_000 } });
    await register(lone, "IOS", gone);
    let now = new Date("2027-11-12T11:00:00Z");
    await notify(lone, now);
    await deliverDue(jobs, channels, now);
    expect((await devices(lone))[0]).toMatchObject({ active: false, deactivationReason: "APNs 410 Unregistered" });
    for (let k = 0; k < 4; k++) await deliverDue(jobs, channels, (now = new Date(now.getTime() + 3_600_000)));
    expect(apns.sent.filter((s) => s.path === `/3/device/${gone}`)).toHaveLength(1);
    expect((await deliveries(lone))[0]!.deliveries).toEqual([
      { status: "FAILED", attempts: 4, lastError: "no push device" },
    ]);
  });

  it("retries a provider's 500 with backoff and then records the delivery FAILED; the device stays active", async () => {
    const m = mentor();
    const token = androidToken();
    fcm.answers.set(token, { status: 500, body: { error: { code: 500, status: "INTERNAL" } } });
    await register(m, "ANDROID", token);
    let now = new Date("2028-01-12T11:00:00Z");
    await notify(m, now);
    spans.reset();
    expect(await deliverDue(jobs, channels, now)).toMatchObject({ retried: 1 });
    expect((await deliveries(m))[0]!.deliveries).toEqual([
      { status: "QUEUED", attempts: 1, lastError: "FCM answered 500 INTERNAL" },
    ]);
    // The failed send's span: channel, organization id and the failure's kind; not the token, not the text.
    const send = spans.getFinishedSpans().filter((s) => s.name === "engagement deliver push");
    expect(send).toHaveLength(1);
    expect(send[0]!.attributes).toMatchObject({
      "meander.delivery.channel": "push",
      "meander.organization_id": m.organizationId,
    });
    expect(send[0]!.status).toMatchObject({ code: 2, message: "DeliveryFailure" });
    expect(JSON.stringify(send[0]!.attributes)).not.toContain(token);
    await deliverDue(jobs, channels, new Date(now.getTime() + 1_000)); // backoff not over
    expect(fcm.sent.filter((s) => s.message.token === token)).toHaveLength(1);
    for (let k = 0; k < 5; k++) await deliverDue(jobs, channels, (now = new Date(now.getTime() + 3_600_000)));
    expect(fcm.sent.filter((s) => s.message.token === token)).toHaveLength(4);
    expect((await deliveries(m))[0]!.deliveries).toEqual([
      { status: "FAILED", attempts: 4, lastError: "FCM answered 500 INTERNAL" },
    ]);
    expect((await devices(m))[0]).toMatchObject({ active: true });
  });

  it("sends an event's notification in that event's trace: the delivery keeps the traceparent that queued it", async () => {
    const m = mentor();
    const token = androidToken();
    await register(m, "ANDROID", token);
    expect(
      (
        await h.call(
          `mutation { setNotificationPreference(category: REIMBURSEMENT_PAID, enabled: true, channels: [PUSH]) { enabled } }`,
          {},
          m,
        )
      ).errors,
    ).toBeUndefined();
    // The request that caused the event (finance marking a batch paid): its trace travels in the event's headers.
    const cause = startSpan("finance mutation MarkExportPaid", {})!;
    const reimbursementId = randomUUID();
    const now = new Date("2028-03-12T11:00:00Z");
    const event = makeEvent(
      "finance.reimbursement.paid",
      { reimbursementId, userId: m.userId, totalOre: 12_300, exportId: randomUUID(), paidAt: now.toISOString() },
      { organizationId: m.organizationId, aggregateId: reimbursementId },
    );
    await h.bus.publish([{ ...event, occurredAt: now.toISOString(), headers: traceHeaders(cause) }]);
    cause.end();
    await h.bus.idle();
    spans.reset();
    expect(await deliverDue(jobs, channels, now)).toMatchObject({ sent: 1 });
    expect(fcm.sent.filter((s) => s.message.token === token)).toHaveLength(1);
    const send = spans.getFinishedSpans().filter((s) => s.name === "engagement deliver push");
    expect(send).toHaveLength(1);
    expect(send[0]!.spanContext().traceId).toBe(cause.spanContext().traceId);
    expect(send[0]!.parentSpanContext?.spanId).not.toBe(cause.spanContext().spanId); // the consumer's span, in between
  });

  it('a user without a push device: the delivery fails after its retries with "no push device"', async () => {
    const m = mentor();
    let now = new Date("2028-02-12T11:00:00Z");
    await notify(m, now);
    for (let k = 0; k < 5; k++) await deliverDue(jobs, channels, (now = new Date(now.getTime() + 3_600_000)));
    expect((await deliveries(m))[0]!.deliveries).toEqual([
      { status: "FAILED", attempts: 4, lastError: "no push device" },
    ]);
  });
});
