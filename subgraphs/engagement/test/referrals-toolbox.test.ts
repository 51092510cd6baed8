import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { featureFlagsEvent, makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { as, joined } from "./support.js";

let h: SubgraphHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const laA = randomUUID();
const adminA = as(randomUUID(), orgA, laA, "org_admin");
const coordinatorA = as(randomUUID(), orgA, laA, "coordinator");
const adminB = as(randomUUID(), orgB, randomUUID(), "org_admin");
const globalAdmin = { userId: randomUUID(), organizationId: null, localAssociationId: null, role: "global_admin" } as unknown as ReturnType<typeof as>;
const mentor = () => joined(h, as(randomUUID(), orgA, laA, "peer_mentor"));

const LINK = `id code referrer { id } funnel { clicks installs registrations firstLogins activations conversionRate }`;
const STEP = `mutation($c: String!, $s: ReferralStep!, $sub: String) { recordReferralEvent(code: $c, step: $s, subject: $sub) }`;

const accepted = (organizationId: string, userId: string, referralCode: string) =>
  makeEvent(
    "identity.invitation.accepted",
    { invitationId: randomUUID(), userId, email: "ny@example.no", localAssociationId: laA, role: "peer_mentor", referralCode },
    { organizationId, actorId: userId },
  );
const opened = (organizationId: string, userId: string) =>
  makeEvent("identity.session.opened", { sessionId: randomUUID(), userId, method: "password" }, { organizationId, actorId: userId });
const activity = (organizationId: string, userId: string, activityId = randomUUID()) =>
  makeEvent(
    "activity.activity.registered",
    { activityId, userId, localAssociationId: laA, activityType: "home_visit", activityDate: "2026-03-01T10:00:00+01:00", durationMinutes: 60, status: "pending_review" },
    { organizationId, aggregateId: activityId, actorId: userId },
  );

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { scheduleEveryMs: 3_600_000 }));
  // Referrals are off by default: these organizations switched them on.
  await h.bus.publish([featureFlagsEvent(orgA), featureFlagsEvent(orgB)]);
  await h.bus.idle();
});

afterAll(() => h?.stop());

describe("engagement: referrals", () => {
  it("gives each personal link a unique, unambiguous code", async () => {
    const m = (await mentor());
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const r = await h.call(`mutation { createReferralLink { ${LINK} } }`, {}, m);
      expect(r.errors).toBeUndefined();
      expect(r.data?.createReferralLink.code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
      codes.add(r.data!.createReferralLink.code);
    }
    expect(codes.size).toBe(5);
    const mine = await h.call(`{ myReferralLinks { code referrer { id } } }`, {}, m);
    expect(mine.data?.myReferralLinks).toHaveLength(5);
    expect(mine.data?.myReferralLinks.every((l: { referrer: { id: string } }) => l.referrer.id === m.userId)).toBe(true);
  });

  it("attributes funnel steps to the link, once per subject, before anyone signs in, and computes conversion per link and organization", async () => {
    const m = (await mentor());
    const other = (await mentor());
    const link = (await h.call(`mutation { createReferralLink { code } }`, {}, m)).data!.createReferralLink.code as string;
    const second = (await h.call(`mutation { createReferralLink { code } }`, {}, other)).data!.createReferralLink.code as string;
    const steps: Array<[string, string, string]> = [
      [link, "CLICK", "visitor-1"],
      [link, "CLICK", "visitor-1"], // the same visitor again: counted once
      [link.toLowerCase(), "CLICK", "visitor-2"], // codes are case-insensitive
      [link, "CLICK", "visitor-3"],
      [link, "CLICK", "visitor-4"],
      [link, "INSTALL", "device-1"],
      [second, "CLICK", "visitor-9"],
    ];
    for (const [c, s, sub] of steps) {
      const r = await h.call(STEP, { c, s, sub }); // anonymous
      expect(r.errors).toBeUndefined();
      expect(r.data?.recordReferralEvent).toBe(true);
    }
    const unknown = await h.call(STEP, { c: "NOSUCHCODE", s: "CLICK" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    // The person who arrived through the link: registration, first sign-in and activation from their own events.
    const newcomer = randomUUID();
    const stranger = randomUUID();
    await h.bus.publish([
      accepted(orgA, newcomer, link.toLowerCase()),
      opened(orgA, newcomer),
      opened(orgA, newcomer), // a second sign-in is not a first one
      activity(orgA, newcomer),
      activity(orgA, newcomer),
      accepted(orgB, randomUUID(), link), // a link of another organization counts nothing
      opened(orgA, stranger), // nor does someone who did not arrive through a link
      activity(orgA, stranger),
    ]);
    await h.bus.idle();

    const mine = await h.call(`{ myReferralLinks { code funnel { clicks installs registrations firstLogins activations conversionRate } } }`, {}, m);
    expect(mine.data?.myReferralLinks).toEqual([
      { code: link, funnel: { clicks: 4, installs: 1, registrations: 1, firstLogins: 1, activations: 1, conversionRate: 0.25 } },
    ]);
    const summary = await h.call(`{ referralSummary { clicks activations conversionRate } referralLinks { code } }`, {}, coordinatorA);
    expect(summary.errors).toBeUndefined();
    expect(summary.data?.referralSummary).toEqual({ clicks: 5, activations: 1, conversionRate: 0.2 });
    expect(summary.data?.referralLinks.map((l: { code: string }) => l.code)).toEqual(expect.arrayContaining([link, second]));
    expect((await h.call(`{ referralSummary { clicks } }`, {}, m)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const b = await h.call(`{ referralSummary { clicks conversionRate } referralLinks { code } }`, {}, adminB);
    expect(b.data).toEqual({ referralSummary: { clicks: 0, conversionRate: null }, referralLinks: [] });
  });

  it("refuses registration, first sign-in and activation from callers, signed in or not, and counts nothing", async () => {
    const m = await mentor();
    const link = (await h.call(`mutation { createReferralLink { code } }`, {}, m)).data!.createReferralLink.code as string;
    for (const s of ["REGISTRATION", "FIRST_LOGIN", "ACTIVATION"]) {
      for (const who of [undefined, m]) {
        const r = await h.call(STEP, { c: link, s, sub: "visitor-1" }, who);
        expect(r.errors?.[0]?.extensions?.code, s).toBe("FORBIDDEN");
      }
    }
    const mine = await h.call(`{ myReferralLinks { funnel { registrations firstLogins activations } } }`, {}, m);
    expect(mine.data?.myReferralLinks).toEqual([{ funnel: { registrations: 0, firstLogins: 0, activations: 0 } }]);
  });
});

describe("engagement: toolbox and FAQ", () => {
  const CARD = `mutation($i: CreateToolboxCardInput!) { createToolboxCard(input: $i) { id product topic title sortOrder } }`;
  const FAQ = `mutation($i: CreateFaqItemInput!) { createFaqItem(input: $i) { id question forAllOrganizations } }`;

  it("keeps conversation cards per organization and product, in their order; names the broken rule", async () => {
    await h.call(CARD, { i: { product: "mentor-app", title: "Hva gleder du deg til?", body: "Spør om neste uke.", sortOrder: 2 } }, coordinatorA);
    await h.call(CARD, { i: { product: "mentor-app", topic: "Første møte", title: "Fortell om deg selv", body: "Start med noe lett.", sortOrder: 1 } }, coordinatorA);
    await h.call(CARD, { i: { product: "web", title: "Bare på web", body: "Tekst" } }, coordinatorA);
    await h.call(CARD, { i: { product: "mentor-app", title: "Annen organisasjon", body: "Tekst" } }, adminB);
    const cards = await h.call(`{ toolboxCards(product: "mentor-app") { title topic } }`, {}, (await mentor()));
    expect(cards.data?.toolboxCards).toEqual([
      { title: "Fortell om deg selv", topic: "Første møte" },
      { title: "Hva gleder du deg til?", topic: null },
    ]);
    expect((await h.call(`{ toolboxCards { title } }`, {}, (await mentor()))).data?.toolboxCards).toHaveLength(3);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ product: "Mentor App", title: "x", body: "y" }, "product_format", "product"],
      [{ product: "web", title: " ", body: "y" }, "title_length", "title"],
      [{ product: "web", title: "x", body: "" }, "body_length", "body"],
    ];
    for (const [i, rule, field] of cases) expect((await h.call(CARD, { i }, coordinatorA)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
    const rules = (x: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => (x.errors?.[0]?.extensions?.violations as Array<{ field: string; rule: string }>).map((v) => `${v.field}:${v.rule}`);
    expect(rules(await h.call(CARD, { i: { product: "Mentor App", title: " ", body: "y" } }, coordinatorA))).toEqual(["product:product_format", "title:title_length"]);
    expect((await h.call(CARD, { i: { product: "web", title: "x", body: "y" } }, (await mentor()))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("answers the FAQ of a product with the organization's and everyone's items, searchable in Norwegian", async () => {
    const global = await h.call(FAQ, { i: { product: "mentor-app", question: "Hvordan registrerer jeg en aktivitet?", answer: "Trykk på pluss og velg aktivitetstype.", forAllOrganizations: true } }, globalAdmin);
    expect(global.errors).toBeUndefined();
    expect(global.data?.createFaqItem.forAllOrganizations).toBe(true);
    await h.call(FAQ, { i: { product: "mentor-app", question: "Når får jeg refusjon for reiser?", answer: "Utlegg betales ut hver måned." } }, adminA);
    await h.call(FAQ, { i: { product: "mentor-app", question: "Hemmelig spørsmål fra B", answer: "Aktiviteter i B." } }, adminB);
    await h.call(FAQ, { i: { product: "web", question: "Webspørsmål", answer: "Aktiviteter på web." } }, adminA);
    const all = await h.call(`{ faq(product: "mentor-app") { question forAllOrganizations } }`, {}, (await mentor()));
    expect(all.data?.faq.map((f: { question: string }) => f.question)).toEqual(["Hvordan registrerer jeg en aktivitet?", "Når får jeg refusjon for reiser?"]);
    const search = await h.call(`{ faq(product: "mentor-app", search: "registrere") { question } }`, {}, (await mentor())); // stemmed: registrere ~ registrerer
    expect(search.data?.faq).toEqual([{ question: "Hvordan registrerer jeg en aktivitet?" }]);
    const travel = await h.call(`{ faq(product: "mentor-app", search: "reisene") { question } }`, {}, (await mentor())); // reisene ~ reiser
    expect(travel.data?.faq).toEqual([{ question: "Når får jeg refusjon for reiser?" }]);
    const none = await h.call(`{ faq(product: "mentor-app", search: "BankID") { question } }`, {}, (await mentor()));
    expect(none.data?.faq).toEqual([]);
    const forAll = await h.call(FAQ, { i: { product: "web", question: "x", answer: "y", forAllOrganizations: true } }, adminA);
    expect(forAll.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await h.call(FAQ, { i: { product: "web", question: "", answer: "y" } }, adminA);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "question_length", field: "question" });
    const two = await h.call(FAQ, { i: { product: "web", question: "", answer: "" } }, adminA);
    expect((two.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual(["question_length", "answer_length"]);
    expect((await h.call(`{ faq(product: "mentor-app") { id } }`, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
