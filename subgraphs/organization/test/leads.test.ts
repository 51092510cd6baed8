import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type EventEnvelope } from "@meander/events";
import { startSubgraph, type SubgraphHarness, waitForEvent } from "@meander/testing";
import { updateLeadStatus } from "../src/application/leads.js";
import { demoBookings, eventStore, leads, mailDeliveries } from "../src/db/schema/index.js";
import { CLIENT_IP_HEADER } from "@meander/auth";
import { createSubgraph } from "../src/server.js";

let h: SubgraphHarness;
const received: EventEnvelope[] = [];
const sales = { userId: randomUUID(), role: "global_admin" as const, organizationId: null };
const orgAdmin = { userId: randomUUID(), role: "org_admin" as const, organizationId: randomUUID() };

const BOOK = `mutation($input: BookDemoInput!) { bookDemo(input: $input) { received firstName organizationName submittedAt } }`;
const CONFIRMATION = `query($ref: String!) { demoBookingConfirmation(maskedRef: $ref) { firstName organizationName status createdAt } }`;
const LEAD = `query($id: ID!) { lead(id: $id) { id email phone status source maskedRef bookingCount createdAt notes organizationSize ipAddress
  demoBookings { preferredDemoTiming notes } } }`;
const UPDATE = `mutation($id: ID!, $status: LeadStatus!) { updateLeadStatus(id: $id, status: $status) { id status maskedRef } }`;
const LEADS = `query($first: Int, $after: String, $search: String, $status: LeadStatus) {
  leads(first: $first, after: $after, search: $search, status: $status) { edges { node { id email status } } pageInfo { hasNextPage endCursor } } }`;

let ipSeq = 0;
/** A fresh client IP per booking, so the rate limit stays out of the way of these tests. */
const nextIp = () => `198.51.100.${++ipSeq}`;
const book = (input: Record<string, unknown>, ip = nextIp()) =>
  h.raw(BOOK, { input }, { signingSecret: h.signingSecret, headers: { [CLIENT_IP_HEADER]: ip } });
const form = (email: string, extra: Record<string, unknown> = {}) => ({
  firstName: "Kari",
  lastName: "Nordmann",
  email,
  organizationName: "Norges Handikapforbund",
  roleTitle: "Koordinator",
  ...extra,
});
const leadByEmail = async (email: string) =>
  (
    await h.db
      .select()
      .from(leads)
      .where(sql`lower(${leads.email}) = lower(${email})`)
  )[0]!;

/** The lead of `email`, booked now unless an earlier test of this file booked it (so that each test runs alone too). */
const ensureLead = async (email: string) => {
  if (!(await leadByEmail(email))) expect((await book(form(email))).errors).toBeUndefined();
  return leadByEmail(email);
};

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { mailPollMs: 0 }));
  await h.bus.subscribe({
    group: "probe",
    topics: ["meander.organization"],
    handler: async (e) => void received.push(e),
  });
});

afterAll(() => h?.stop());

describe("leads: bookDemo (public)", () => {
  it("creates a lead without login, answers with an echo only, and emits lead.created and demo_booking.created", async () => {
    const r = await book(
      form("kari@nhf.no", {
        phone: "912 34 567",
        organizationSize: "LARGE",
        notes: "Excel i dag",
        preferredDemoTiming: "Ukedager etter kl. 13",
      }),
      "203.0.113.5",
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.bookDemo).toMatchObject({
      received: true,
      firstName: "Kari",
      organizationName: "Norges Handikapforbund",
    });
    expect(Object.keys(r.data?.bookDemo)).not.toContain("maskedRef");
    const lead = await leadByEmail("kari@nhf.no");
    expect(lead).toMatchObject({
      status: "new",
      source: "website",
      phone: "+4791234567",
      organizationSize: "large",
      bookingCount: 1,
      ipAddress: "203.0.113.5",
      confirmationSentAt: null,
    });
    expect(lead.maskedRef).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await waitForEvent(() => {
      expect(received.find((e) => e.type === "organization.lead.created" && e.aggregateId === lead.id)).toMatchObject({
        payload: { leadId: lead.id, source: "website" },
        organizationId: null,
      });
      expect(
        received.find((e) => e.type === "organization.demo_booking.created" && e.aggregateId === lead.id),
      ).toMatchObject({ payload: { leadId: lead.id, firstBooking: true } });
    });
    // The mail consumer records the confirmation mail for the worker.
    await waitForEvent(async () =>
      expect(await h.db.select().from(mailDeliveries).where(eq(mailDeliveries.leadId, lead.id))).toHaveLength(1),
    );
  });

  it("names every validation rule and field (BAD_USER_INPUT), and writes nothing", async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [form("not-an-email"), "email_format", "email"],
      [form("x@y.no", { lastName: null }), "required_fields_present", "lastName"],
      [{ ...form("x@y.no"), roleTitle: undefined }, "required_fields_present", "roleTitle"],
      [form(`${"a".repeat(250)}@y.no`), "email_length_limit", "email"],
      [form("x@y.no", { firstName: "x".repeat(101) }), "name_field_length", "firstName"],
      [form("x@y.no", { organizationName: "x".repeat(201) }), "organization_name_length", "organizationName"],
      [form("x@y.no", { phone: "123" }), "phone_format_if_provided", "phone"],
      [form("x@y.no", { notes: "x".repeat(2001) }), "notes_length_limit", "notes"],
    ];
    for (const [input, rule, field] of cases) {
      const r = await book(input);
      expect(r.errors?.[0]?.extensions, rule).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
    }
    const r = await book(form("not-an-email", { notes: "x".repeat(2001) }));
    expect(
      (r.errors?.[0]?.extensions?.violations as Array<{ field: string; rule: string }>).map(
        (v) => `${v.field}:${v.rule}`,
      ),
    ).toEqual(["email:email_format", "notes:notes_length_limit"]);
    expect(
      await h.db
        .select()
        .from(leads)
        .where(sql`lower(${leads.email}) = 'x@y.no'`),
    ).toEqual([]);
  });

  it("unique_email_per_lead: the same e-mail in any case updates the lead, keeps created_at and masked_ref, counts bookings", async () => {
    await book(form("Ola.Hansen@HLF.no", { notes: "første", preferredDemoTiming: "mandag" }));
    const first = await leadByEmail("ola.hansen@hlf.no");
    const r = await book(
      form("ola.hansen@hlf.no", { firstName: "Ola", notes: "andre", preferredDemoTiming: "tirsdag" }),
    );
    expect(r.errors).toBeUndefined();
    const rows = await h.db
      .select()
      .from(leads)
      .where(sql`lower(${leads.email}) = 'ola.hansen@hlf.no'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: first.id,
      maskedRef: first.maskedRef,
      createdAt: first.createdAt,
      bookingCount: 2,
      firstName: "Ola",
      notes: "andre",
      email: "Ola.Hansen@HLF.no",
    });
    expect(rows[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    const bookings = await h.db
      .select()
      .from(demoBookings)
      .where(eq(demoBookings.leadId, first.id))
      .orderBy(demoBookings.createdAt);
    expect(bookings.map((b) => [b.preferredDemoTiming, b.notes])).toEqual([
      ["mandag", "første"],
      ["tirsdag", "andre"],
    ]);
    const lead = await h.call(LEAD, { id: first.id }, sales);
    expect(lead.data?.lead).toMatchObject({ bookingCount: 2, demoBookings: [{ notes: "første" }, { notes: "andre" }] });
    await waitForEvent(() =>
      expect(
        received
          .filter((e) => e.type === "organization.demo_booking.created" && e.aggregateId === first.id)
          .map((e) => (e.payload as { firstBooking: boolean }).firstBooking),
      ).toEqual([true, false]),
    );
    expect(received.filter((e) => e.type === "organization.lead.created" && e.aggregateId === first.id)).toHaveLength(
      1,
    );
  });

  it("unique_email_per_lead holds under concurrent bookings of one address", async () => {
    const results = await Promise.all(
      ["Per@Blind.no", "per@blind.no", "PER@BLIND.NO", "per@Blind.no"].map((email) => book(form(email))),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const rows = await h.db
      .select()
      .from(leads)
      .where(sql`lower(${leads.email}) = 'per@blind.no'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.bookingCount).toBe(4);
  });
});

describe("leads: confirmation lookup (public)", () => {
  it("returns only non-sensitive fields by masked_ref, null for an unknown one", async () => {
    const lead = await ensureLead("kari@nhf.no");
    const r = await h.call(CONFIRMATION, { ref: lead.maskedRef });
    expect(r.errors).toBeUndefined();
    expect(r.data?.demoBookingConfirmation).toEqual({
      firstName: "Kari",
      organizationName: "Norges Handikapforbund",
      status: "NEW",
      createdAt: lead.createdAt.toISOString(),
    });
    expect((await h.call(CONFIRMATION, { ref: "AAAAAAAAAAAAAAAAAAAAAA" })).data?.demoBookingConfirmation).toBeNull();
    expect((await h.call(CONFIRMATION, { ref: "'; drop table leads; --" })).data?.demoBookingConfirmation).toBeNull();
    const sneaky = await h.call(`query($ref: String!) { demoBookingConfirmation(maskedRef: $ref) { email } }`, {
      ref: lead.maskedRef,
    });
    expect(sneaky.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("leads: sales staff", () => {
  it("lets only global administrators list, read and update leads", async () => {
    // The file's three leads, oldest first (booked by the tests above when they ran).
    const lead = await ensureLead("kari@nhf.no");
    await ensureLead("ola.hansen@hlf.no");
    await ensureLead("per@blind.no");
    for (const as of [undefined, orgAdmin]) {
      for (const [q, v] of [
        [LEADS, {}],
        [LEAD, { id: lead.id }],
        [UPDATE, { id: lead.id, status: "CONTACTED" }],
      ] as const) {
        const r = await h.call(q, v, as);
        expect(r.errors?.[0]?.extensions?.code).toBe(as ? "FORBIDDEN" : "UNAUTHENTICATED");
      }
    }
    const page = await h.call(LEADS, { first: 2, search: "NHF.NO" }, sales);
    expect(page.errors).toBeUndefined();
    expect(page.data?.leads.edges.map((e: any) => e.node.email)).toEqual(["kari@nhf.no"]);
    const all: string[] = [];
    let after: string | null = null;
    do {
      const p: any = await h.call(LEADS, { first: 1, after }, sales);
      all.push(...p.data.leads.edges.map((e: any) => e.node.email));
      after = p.data.leads.pageInfo.hasNextPage ? p.data.leads.pageInfo.endCursor : null;
    } while (after);
    // Per's four concurrent bookings above differ only in case: whichever won is the stored spelling. Each lead once.
    expect(all.map((e) => e.toLowerCase())).toEqual(["per@blind.no", "ola.hansen@hlf.no", "kari@nhf.no"]);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(3);
  });

  it("status_transition_ordering: forward only, by sales staff; masked_ref never changes", async () => {
    const lead = await ensureLead("kari@nhf.no");
    const move = (status: string) => h.call(UPDATE, { id: lead.id, status }, sales);
    for (const status of ["CONTACTED", "QUALIFIED", "DEMO_SCHEDULED"]) {
      const r = await move(status);
      expect(r.errors).toBeUndefined();
      expect(r.data?.updateLeadStatus).toEqual({ id: lead.id, status, maskedRef: lead.maskedRef });
    }
    for (const status of ["NEW", "CONTACTED", "DEMO_SCHEDULED"]) {
      expect((await move(status)).errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "status_transition_ordering",
        field: "status",
      });
    }
    expect((await move("CONVERTED")).data?.updateLeadStatus.status).toBe("CONVERTED");
    expect((await move("LOST")).errors?.[0]?.extensions).toMatchObject({ rule: "status_transition_ordering" });
    const filtered = await h.call(LEADS, { status: "CONVERTED" }, sales);
    expect(filtered.data?.leads.edges.map((e: any) => e.node.id)).toEqual([lead.id]);
    await waitForEvent(() =>
      expect(
        received
          .filter((e) => e.type === "organization.lead.status_changed" && e.aggregateId === lead.id)
          .map((e) => (e.payload as { to: string }).to),
      ).toEqual(["contacted", "qualified", "demo_scheduled", "converted"]),
    );
    // A repeat booking leaves status and masked_ref alone.
    await book(form("KARI@nhf.no"));
    const after = await leadByEmail("kari@nhf.no");
    expect(after).toMatchObject({ maskedRef: lead.maskedRef, status: "converted", createdAt: lead.createdAt });
    expect((await h.call(UPDATE, { id: randomUUID(), status: "CONTACTED" }, sales)).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
  });

  it("status_enum_constraint: the use case refuses an unknown status by name", async () => {
    const lead = await ensureLead("ola.hansen@hlf.no");
    const uow = createUnitOfWork(h.db, eventStore);
    await expect(updateLeadStatus(uow, sales, lead.id, "reopened")).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", rule: "status_enum_constraint", field: "status" },
    });
    const bad = await h.call(UPDATE, { id: lead.id, status: "REOPENED" }, sales);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("masked_ref_immutability: the database refuses any change of masked_ref", async () => {
    const lead = await ensureLead("ola.hansen@hlf.no");
    await expect(h.db.update(leads).set({ maskedRef: "changed" }).where(eq(leads.id, lead.id))).rejects.toThrow();
    expect((await leadByEmail("ola.hansen@hlf.no")).maskedRef).toBe(lead.maskedRef);
  });
});
