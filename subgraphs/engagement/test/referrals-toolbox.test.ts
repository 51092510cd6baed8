import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { featureFlagsEvent, makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { as, auditsOf, joined } from "./support.js";

let h: SubgraphHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const laA = randomUUID();
const adminA = as(randomUUID(), orgA, laA, "org_admin");
const coordinatorA = as(randomUUID(), orgA, laA, "coordinator");
const adminB = as(randomUUID(), orgB, randomUUID(), "org_admin");
const globalAdmin = {
  userId: randomUUID(),
  organizationId: null,
  localAssociationId: null,
  role: "global_admin",
} as unknown as ReturnType<typeof as>;
const mentor = () => joined(h, as(randomUUID(), orgA, laA, "peer_mentor"));

const LINK = `id code referrer { id } funnel { clicks installs registrations firstLogins activations conversionRate }`;
const STEP = `mutation($c: String!, $s: ReferralStep!, $sub: String) { recordReferralEvent(code: $c, step: $s, subject: $sub) }`;

const accepted = (organizationId: string, userId: string, referralCode: string) =>
  makeEvent(
    "identity.invitation.accepted",
    { invitationId: randomUUID(), userId, localAssociationId: laA, role: "peer_mentor", referralCode },
    { organizationId, actorId: userId },
  );
const opened = (organizationId: string, userId: string) =>
  makeEvent(
    "identity.session.opened",
    { sessionId: randomUUID(), userId, method: "password" },
    { organizationId, actorId: userId },
  );
const activity = (organizationId: string, userId: string, activityId = randomUUID()) =>
  makeEvent(
    "activity.activity.registered",
    {
      activityId,
      userId,
      localAssociationId: laA,
      activityType: "home_visit",
      activityDate: "2026-03-01T10:00:00+01:00",
      durationMinutes: 60,
      status: "pending_review",
    },
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
    const m = await mentor();
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
    expect(mine.data?.myReferralLinks.every((l: { referrer: { id: string } }) => l.referrer.id === m.userId)).toBe(
      true,
    );
  });

  it("attributes funnel steps to the link, once per subject, before anyone signs in, and computes conversion per link and organization", async () => {
    const m = await mentor();
    const other = await mentor();
    const link = (await h.call(`mutation { createReferralLink { code } }`, {}, m)).data!.createReferralLink
      .code as string;
    const second = (await h.call(`mutation { createReferralLink { code } }`, {}, other)).data!.createReferralLink
      .code as string;
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
    // Identity's and activity's events reach engagement through separate consumers, in no fixed order between them:
    // the first sign-in and the first activity may come before the registration, and still count once it is known.
    await h.bus.publish([opened(orgA, newcomer), activity(orgA, newcomer)]);
    await h.bus.idle();
    const early = await h.call(`{ myReferralLinks { funnel { registrations firstLogins activations } } }`, {}, m);
    expect(early.data?.myReferralLinks).toEqual([{ funnel: { registrations: 0, firstLogins: 0, activations: 0 } }]);
    await h.bus.publish([accepted(orgA, newcomer, link.toLowerCase())]);
    await h.bus.idle();
    const registered = await h.call(`{ myReferralLinks { funnel { registrations firstLogins activations } } }`, {}, m);
    expect(registered.data?.myReferralLinks).toEqual([
      { funnel: { registrations: 1, firstLogins: 1, activations: 1 } },
    ]);
    await h.bus.publish([
      opened(orgA, newcomer),
      opened(orgA, newcomer), // a second sign-in is not a first one
      activity(orgA, newcomer),
      activity(orgA, newcomer),
      accepted(orgB, randomUUID(), link), // a link of another organization counts nothing
      opened(orgA, stranger), // nor does someone who did not arrive through a link
      activity(orgA, stranger),
    ]);
    await h.bus.idle();

    const mine = await h.call(
      `{ myReferralLinks { code funnel { clicks installs registrations firstLogins activations conversionRate } } }`,
      {},
      m,
    );
    expect(mine.data?.myReferralLinks).toEqual([
      {
        code: link,
        funnel: { clicks: 4, installs: 1, registrations: 1, firstLogins: 1, activations: 1, conversionRate: 0.25 },
      },
    ]);
    const summary = await h.call(
      `{ referralSummary { clicks activations conversionRate } referralLinks { code } }`,
      {},
      coordinatorA,
    );
    expect(summary.errors).toBeUndefined();
    expect(summary.data?.referralSummary).toEqual({ clicks: 5, activations: 1, conversionRate: 0.2 });
    expect(summary.data?.referralLinks.map((l: { code: string }) => l.code)).toEqual(
      expect.arrayContaining([link, second]),
    );
    expect((await h.call(`{ referralSummary { clicks } }`, {}, m)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const b = await h.call(`{ referralSummary { clicks conversionRate } referralLinks { code } }`, {}, adminB);
    expect(b.data).toEqual({ referralSummary: { clicks: 0, conversionRate: null }, referralLinks: [] });
  });

  it("refuses registration, first sign-in and activation from callers, signed in or not, and counts nothing", async () => {
    const m = await mentor();
    const link = (await h.call(`mutation { createReferralLink { code } }`, {}, m)).data!.createReferralLink
      .code as string;
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
    await h.call(
      CARD,
      { i: { product: "mentor-app", title: "Hva gleder du deg til?", body: "Spør om neste uke.", sortOrder: 2 } },
      coordinatorA,
    );
    await h.call(
      CARD,
      {
        i: {
          product: "mentor-app",
          topic: "Første møte",
          title: "Fortell om deg selv",
          body: "Start med noe lett.",
          sortOrder: 1,
        },
      },
      coordinatorA,
    );
    await h.call(CARD, { i: { product: "web", title: "Bare på web", body: "Tekst" } }, coordinatorA);
    await h.call(CARD, { i: { product: "mentor-app", title: "Annen organisasjon", body: "Tekst" } }, adminB);
    const cards = await h.call(`{ toolboxCards(product: "mentor-app") { title topic } }`, {}, await mentor());
    expect(cards.data?.toolboxCards).toEqual([
      { title: "Fortell om deg selv", topic: "Første møte" },
      { title: "Hva gleder du deg til?", topic: null },
    ]);
    expect((await h.call(`{ toolboxCards { title } }`, {}, await mentor())).data?.toolboxCards).toHaveLength(3);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ product: "Mentor App", title: "x", body: "y" }, "product_format", "product"],
      [{ product: "web", title: " ", body: "y" }, "title_length", "title"],
      [{ product: "web", title: "x", body: "" }, "body_length", "body"],
    ];
    for (const [i, rule, field] of cases)
      expect((await h.call(CARD, { i }, coordinatorA)).errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        rule,
        field,
      });
    const rules = (x: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
      (x.errors?.[0]?.extensions?.violations as Array<{ field: string; rule: string }>).map(
        (v) => `${v.field}:${v.rule}`,
      );
    expect(rules(await h.call(CARD, { i: { product: "Mentor App", title: " ", body: "y" } }, coordinatorA))).toEqual([
      "product:product_format",
      "title:title_length",
    ]);
    expect(
      (await h.call(CARD, { i: { product: "web", title: "x", body: "y" } }, await mentor())).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
  });

  it("answers the FAQ of a product with the organization's and everyone's items, searchable in Norwegian", async () => {
    const global = await h.call(
      FAQ,
      {
        i: {
          product: "mentor-app",
          question: "Hvordan registrerer jeg en aktivitet?",
          answer: "Trykk på pluss og velg aktivitetstype.",
          forAllOrganizations: true,
        },
      },
      globalAdmin,
    );
    expect(global.errors).toBeUndefined();
    expect(global.data?.createFaqItem.forAllOrganizations).toBe(true);
    await h.call(
      FAQ,
      {
        i: {
          product: "mentor-app",
          question: "Når får jeg refusjon for reiser?",
          answer: "Utlegg betales ut hver måned.",
        },
      },
      adminA,
    );
    await h.call(
      FAQ,
      { i: { product: "mentor-app", question: "Hemmelig spørsmål fra B", answer: "Aktiviteter i B." } },
      adminB,
    );
    await h.call(FAQ, { i: { product: "web", question: "Webspørsmål", answer: "Aktiviteter på web." } }, adminA);
    const all = await h.call(`{ faq(product: "mentor-app") { question forAllOrganizations } }`, {}, await mentor());
    expect(all.data?.faq.map((f: { question: string }) => f.question)).toEqual([
      "Hvordan registrerer jeg en aktivitet?",
      "Når får jeg refusjon for reiser?",
    ]);
    const search = await h.call(
      `{ faq(product: "mentor-app", search: "registrere") { question } }`,
      {},
      await mentor(),
    ); // stemmed: registrere ~ registrerer
    expect(search.data?.faq).toEqual([{ question: "Hvordan registrerer jeg en aktivitet?" }]);
    const travel = await h.call(`{ faq(product: "mentor-app", search: "reisene") { question } }`, {}, await mentor()); // reisene ~ reiser
    expect(travel.data?.faq).toEqual([{ question: "Når får jeg refusjon for reiser?" }]);
    const none = await h.call(`{ faq(product: "mentor-app", search: "BankID") { question } }`, {}, await mentor());
    expect(none.data?.faq).toEqual([]);
    const forAll = await h.call(
      FAQ,
      { i: { product: "web", question: "x", answer: "y", forAllOrganizations: true } },
      adminA,
    );
    expect(forAll.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await h.call(FAQ, { i: { product: "web", question: "", answer: "y" } }, adminA);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "question_length",
      field: "question",
    });
    const two = await h.call(FAQ, { i: { product: "web", question: "", answer: "" } }, adminA);
    expect((two.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "question_length",
      "answer_length",
    ]);
    expect((await h.call(`{ faq(product: "mentor-app") { id } }`, {})).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("keeps toolbox cards: edits, reorders and archives them (hidden from the list, shown to coordinators who ask), audited (issue 20 finding 8)", async () => {
    const ids: string[] = [];
    for (const title of ["Kort 1", "Kort 2", "Kort 3"])
      ids.push(
        (
          await h.call(
            CARD,
            { i: { product: "kort", title, body: "Tekst", mediaUrl: "https://example.no/a.png" } },
            coordinatorA,
          )
        ).data!.createToolboxCard.id,
      );
    const [one, two, three] = ids as [string, string, string];
    const EDIT = `mutation($id: ID!, $i: UpdateToolboxCardInput!) { updateToolboxCard(id: $id, input: $i) { title topic body mediaUrl } }`;
    const edited = await h.call(
      EDIT,
      { id: one, i: { title: " Fortell om uka ", topic: "Samtale", mediaUrl: null } },
      coordinatorA,
    );
    expect(edited.data?.updateToolboxCard).toEqual({
      title: "Fortell om uka",
      topic: "Samtale",
      body: "Tekst",
      mediaUrl: null,
    });
    expect((await h.call(EDIT, { id: one, i: { title: " " } }, coordinatorA)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "title_length",
      field: "title",
    });
    expect((await h.call(EDIT, { id: one, i: { title: "x" } }, await mentor())).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await h.call(EDIT, { id: one, i: { title: "x" } }, adminB)).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    const REORDER = `mutation($ids: [ID!]!) { reorderToolboxCards(ids: $ids) { id sortOrder } }`;
    expect((await h.call(REORDER, { ids: [three, one, two] }, coordinatorA)).data?.reorderToolboxCards).toEqual([
      { id: three, sortOrder: 0 },
      { id: one, sortOrder: 1 },
      { id: two, sortOrder: 2 },
    ]);
    expect((await h.call(REORDER, { ids: [one, one] }, coordinatorA)).errors?.[0]?.extensions).toMatchObject({
      rule: "ids_unique",
      field: "ids",
    });
    expect((await h.call(REORDER, { ids: [one, randomUUID()] }, coordinatorA)).errors?.[0]?.extensions).toMatchObject({
      rule: "card_unknown",
      field: "ids",
    });
    const ARCHIVE = `mutation($id: ID!, $a: Boolean) { archiveToolboxCard(id: $id, archived: $a) { id archivedAt } }`;
    expect((await h.call(ARCHIVE, { id: two }, coordinatorA)).data?.archiveToolboxCard.archivedAt).toBeTruthy();
    const list = async (who: ReturnType<typeof as>, archived = false) =>
      h.call(
        `query($a: Boolean) { toolboxCards(product: "kort", includeArchived: $a) { title archivedAt } }`,
        { a: archived },
        who,
      );
    expect((await list(await mentor())).data?.toolboxCards.map((c: { title: string }) => c.title)).toEqual([
      "Kort 3",
      "Fortell om uka",
    ]);
    expect((await list(coordinatorA, true)).data?.toolboxCards.map((c: { title: string }) => c.title)).toEqual([
      "Kort 3",
      "Fortell om uka",
      "Kort 2",
    ]);
    expect((await list(await mentor(), true)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await h.call(ARCHIVE, { id: two, a: false }, coordinatorA)).data?.archiveToolboxCard.archivedAt).toBeNull();
    expect((await list(await mentor())).data?.toolboxCards).toHaveLength(3);
    expect((await auditsOf(h, one)).map((a) => [a.action, a.fields])).toEqual([
      ["toolbox_card.updated", ["topic", "title", "mediaUrl"]],
    ]);
    expect((await auditsOf(h, two)).map((a) => a.action)).toEqual(["toolbox_card.archived", "toolbox_card.restored"]);
    expect((await auditsOf(h, orgA)).map((a) => a.action)).toContain("toolbox_card.reordered");
  });

  it("keeps FAQ items: edits, reorders and archives them; items for every organization only by global administrators (issue 20 finding 8)", async () => {
    const make = async (question: string) =>
      (await h.call(FAQ, { i: { product: "hjelp", question, answer: "Svar." } }, adminA)).data!.createFaqItem
        .id as string;
    const [a, b] = [await make("A: Hvordan logger jeg inn?"), await make("B: Hvor finner jeg kursene?")];
    const global = (
      await h.call(
        FAQ,
        { i: { product: "hjelp", question: "C: Felles", answer: "Svar.", forAllOrganizations: true } },
        globalAdmin,
      )
    ).data!.createFaqItem.id as string;
    const EDIT = `mutation($id: ID!, $i: UpdateFaqItemInput!) { updateFaqItem(id: $id, input: $i) { question answer } }`;
    expect(
      (await h.call(EDIT, { id: a, i: { answer: "Med BankID eller passord." } }, adminA)).data?.updateFaqItem,
    ).toEqual({ question: "A: Hvordan logger jeg inn?", answer: "Med BankID eller passord." });
    expect((await h.call(EDIT, { id: a, i: { question: "" } }, adminA)).errors?.[0]?.extensions).toMatchObject({
      rule: "question_length",
      field: "question",
    });
    expect((await h.call(EDIT, { id: a, i: { answer: "x" } }, coordinatorA)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await h.call(EDIT, { id: global, i: { answer: "x" } }, adminA)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const REORDER = `mutation($ids: [ID!]!) { reorderFaqItems(ids: $ids) { id sortOrder } }`;
    expect((await h.call(REORDER, { ids: [b, a] }, adminA)).errors).toBeUndefined();
    const questions = async (who: ReturnType<typeof as>, archived = false) =>
      (
        await h.call(
          `query($a: Boolean) { faq(product: "hjelp", includeArchived: $a) { question } }`,
          { a: archived },
          who,
        )
      ).data?.faq.map((f: { question: string }) => f.question[0]);
    expect(await questions(await mentor())).toEqual(["B", "C", "A"]); // the organization's items by their new order; C (for everyone) keeps 0
    expect(
      (await h.call(`mutation($id: ID!) { archiveFaqItem(id: $id) { archivedAt } }`, { id: b }, adminA)).data
        ?.archiveFaqItem.archivedAt,
    ).toBeTruthy();
    expect(await questions(await mentor())).toEqual(["C", "A"]);
    expect(await questions(adminA, true)).toEqual(["B", "C", "A"]);
    expect(
      (await h.call(`{ faq(product: "hjelp", includeArchived: true) { id } }`, {}, coordinatorA)).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await auditsOf(h, a)).map((x) => x.action)).toEqual(["faq_item.updated"]);
    expect((await auditsOf(h, b)).map((x) => x.action)).toEqual(["faq_item.archived"]);
  });
});
