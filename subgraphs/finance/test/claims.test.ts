/**
 * Issue 7, items 1, 3 and 4: expense-type configuration, the mileage rate table by date, passengers,
 * mutual exclusivity, has_reimbursement; receipts; automatic and manual approval. One subgraph for all (CI time).
 */
import { scopes } from "@meander/db";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { createLocalStore } from "@meander/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { dataOf, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createApprovalRepository } from "../src/db/repositories/approvals.js";
import { outbox } from "../src/db/schema/index.js";
import { RECEIPT_POLICY } from "../src/application/receipts.js";
import { createSubgraph } from "../src/server.js";
import { activities, arrange, as, ids, laA, orgA, registered, SUBMIT } from "./arrange.js";

let h: SubgraphHarness;
const trips = {
  feb: randomUUID(),
  osloMarch: randomUUID(),
  old: randomUUID(),
  a: randomUUID(),
  b: randomUUID(),
  race: randomUUID(),
  coordinatorOwn: randomUUID(),
  lonely: randomUUID(),
};

const CONFIGURE = `mutation($input: ConfigureExpenseTypeInput!) { configureExpenseType(input: $input) {
  key name exclusiveWith passengersAddToRate autoApproveMaxOre maxAmountOre requiresReceiptAboveOre mileageRateOrePerKm isActive } }`;
const ADD_RATE = `mutation($input: AddMileageRateInput!) { addMileageRate(input: $input) { validFrom rateOrePerKm passengerRateOrePerKm } }`;
const RATES = `{ mileageRates { validFrom rateOrePerKm passengerRateOrePerKm } }`;

type Who = (typeof as)[keyof typeof as];
const submit = (input: Record<string, unknown>, who: Who = as.kari) => h.call(SUBMIT, { input }, who);
const submitOk = async (input: Record<string, unknown>, who: Who = as.kari): Promise<{ id: string; status: string }> =>
  dataOf(await submit(input, who)).submitExpense;
const parking = (amountOre: number, activityId = activities.kari) =>
  submitOk({ activityId, expenseTypeKey: "parking", amountOre });
const APPROVE = `mutation($id: ID!, $note: String) { approveExpense(id: $id, note: $note) { id status } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectExpense(id: $id, reason: $reason) { id status } }`;
const READ = `query($id: ID!) { expense(id: $id) { status rejectionReason receiptRequired
  approval { decision automatic rule note decidedAt decidedBy { id } } } }`;
const read = async (id: string, who: Who = as.kari) => dataOf(await h.call(READ, { id }, who)).expense;
const eventsOf = (type: string, aggregateId: string) =>
  h.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.type, type), eq(outbox.aggregateId, aggregateId)))
    .orderBy(asc(outbox.position));

const configure = (input: Record<string, unknown>, who: Who = as.admin) => h.call(CONFIGURE, { input }, who);

async function expectRule(
  r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>; data?: unknown },
  rule: string,
  field: string,
) {
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
  expect(r.data ?? null).toBeNull();
}

const storeRoot = mkdtempSync(join(tmpdir(), "finance-receipts-"));
const store = createLocalStore({ root: storeRoot });

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { store }));
  await arrange(h);
  await h.bus.publish([
    registered(trips.feb, ids.kari, orgA, laA, "2026-02-15T09:00:00.000Z"),
    // 23:30 UTC on 28 February is 00:30 on 1 March in Norway: the March rate applies.
    registered(trips.osloMarch, ids.kari, orgA, laA, "2026-02-28T23:30:00.000Z"),
    registered(trips.old, ids.kari, orgA, laA, "2025-06-01T09:00:00.000Z"),
    registered(trips.a, ids.kari, orgA, laA),
    registered(trips.b, ids.kari, orgA, laA),
    registered(trips.race, ids.kari, orgA, laA),
    registered(trips.coordinatorOwn, ids.coordinator, orgA, laA),
    registered(trips.lonely, ids.kari, orgA, laA),
  ]);
  await h.bus.idle();
  // Mileage is paid from the rate table only (no fallback rate on the type); passengers add to it.
  dataOf(
    await configure({
      key: "mileage",
      name: "Kilometergodtgjørelse",
      maxAmountOre: 500_000,
      passengersAddToRate: true,
    }),
  );
  dataOf(
    await configure({
      key: "public_transit",
      name: "Kollektivtransport",
      exclusiveWith: ["mileage"],
      requiresReceiptAboveOre: 0,
    }),
  );
  // Parking: automatic up to NOK 100, a receipt above NOK 200. Toll: automatic up to NOK 50, but always with a receipt.
  dataOf(
    await configure({
      key: "parking",
      name: "Parkering",
      maxAmountOre: 50_000,
      autoApproveMaxOre: 10_000,
      requiresReceiptAboveOre: 20_000,
    }),
  );
  dataOf(await configure({ key: "toll", name: "Bompenger", autoApproveMaxOre: 5_000, requiresReceiptAboveOre: 0 }));
  dataOf(
    await h.call(
      ADD_RATE,
      { input: { validFrom: "2026-01-01", rateOrePerKm: 350, passengerRateOrePerKm: 100 } },
      as.admin,
    ),
  );
  dataOf(
    await h.call(
      ADD_RATE,
      { input: { validFrom: "2026-03-01", rateOrePerKm: 400, passengerRateOrePerKm: 120 } },
      as.admin,
    ),
  );
});

afterAll(async () => {
  await h?.stop();
  rmSync(storeRoot, { recursive: true, force: true });
});

describe("finance: expense-type configuration", () => {
  it("configures a type by key (create, then reconfigure) and lists it", async () => {
    const created = dataOf(
      await configure({ key: "other", name: " Annet ", maxAmountOre: 100_000, autoApproveMaxOre: 20_000 }),
    );
    expect(created.configureExpenseType).toEqual({
      key: "other",
      name: "Annet",
      exclusiveWith: [],
      passengersAddToRate: false,
      autoApproveMaxOre: 20_000,
      maxAmountOre: 100_000,
      requiresReceiptAboveOre: null,
      mileageRateOrePerKm: null,
      isActive: true,
    });
    const changed = dataOf(await configure({ key: "other", name: "Annet", maxAmountOre: 80_000, isActive: false }));
    expect(changed.configureExpenseType).toMatchObject({
      maxAmountOre: 80_000,
      autoApproveMaxOre: null,
      isActive: false,
    });
    const list = dataOf(await h.call(`{ expenseTypes(includeInactive: true) { key exclusiveWith } }`, {}, as.kari));
    expect(list.expenseTypes.map((t: { key: string }) => t.key)).toEqual([
      "mileage",
      "other",
      "parking",
      "public_transit",
      "taxi",
      "toll",
    ]);
    expect(list.expenseTypes).toContainEqual({ key: "public_transit", exclusiveWith: ["mileage"] });
  });

  it("lets only organization administrators configure types and rates", async () => {
    for (const who of [as.coordinator, as.kari, as.global]) {
      expect((await configure({ key: "other", name: "x" }, who)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const r = await h.call(ADD_RATE, { input: { validFrom: "2027-01-01", rateOrePerKm: 500 } }, who);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("validates a type's configuration, each rule by name", async () => {
    await expectRule(await configure({ key: "Bad Key", name: "x" }), "type_key_format", "key");
    await expectRule(await configure({ key: "other", name: "  " }), "type_name_length", "name");
    await expectRule(
      await configure({ key: "other", name: "x", maxAmountOre: -1 }),
      "amount_non_negative",
      "maxAmountOre",
    );
    await expectRule(
      await configure({ key: "other", name: "x", requiresReceiptAboveOre: -1 }),
      "amount_non_negative",
      "requiresReceiptAboveOre",
    );
    await expectRule(
      await configure({ key: "other", name: "x", maxAmountOre: 1_000, autoApproveMaxOre: 1_001 }),
      "auto_approve_within_max",
      "autoApproveMaxOre",
    );
    await expectRule(
      await configure({ key: "other", name: "x", exclusiveWith: ["other"] }),
      "exclusive_with_self",
      "exclusiveWith",
    );
    await expectRule(
      await configure({ key: "other", name: "x", exclusiveWith: ["helicopter"] }),
      "exclusive_with_known",
      "exclusiveWith",
    );
    await expectRule(
      await configure({ key: "other", name: "x", mileageRateOrePerKm: 0 }),
      "rate_positive",
      "mileageRateOrePerKm",
    );
    // Every fault at once: the configuration's own faults and each unknown exclusive type, in one answer.
    const all = await configure({ key: "Bad Key", name: " ", exclusiveWith: ["helicopter"] });
    expect((all.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "type_key_format",
      "type_name_length",
      "exclusive_with_known",
    ]);
    const rate = await h.call(ADD_RATE, { input: { validFrom: "2026-13-45", rateOrePerKm: 0 } }, as.admin);
    expect((rate.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "valid_from_date",
      "rate_positive",
    ]);
  });

  it("keeps a rate table per organization: one rate per date, validated, invisible to other organizations", async () => {
    expect(dataOf(await h.call(RATES, {}, as.kari)).mileageRates).toEqual([
      { validFrom: "2026-01-01", rateOrePerKm: 350, passengerRateOrePerKm: 100 },
      { validFrom: "2026-03-01", rateOrePerKm: 400, passengerRateOrePerKm: 120 },
    ]);
    expect(dataOf(await h.call(RATES, {}, as.outsider)).mileageRates).toEqual([]);
    const dup = await h.call(ADD_RATE, { input: { validFrom: "2026-03-01", rateOrePerKm: 410 } }, as.admin);
    expect(dup.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await expectRule(
      await h.call(ADD_RATE, { input: { validFrom: "2026-13-45", rateOrePerKm: 410 } }, as.admin),
      "valid_from_date",
      "validFrom",
    );
    await expectRule(
      await h.call(ADD_RATE, { input: { validFrom: "2027-01-01", rateOrePerKm: 0 } }, as.admin),
      "rate_positive",
      "rateOrePerKm",
    );
    await expectRule(
      await h.call(
        ADD_RATE,
        { input: { validFrom: "2027-01-01", rateOrePerKm: 400, passengerRateOrePerKm: -5 } },
        as.admin,
      ),
      "amount_non_negative",
      "passengerRateOrePerKm",
    );
  });
});

describe("finance: mileage rate by date and passengers", () => {
  const mileage = (activityId: string, distanceMeters: number, amountOre: number, passengers = 0) =>
    submit({ activityId, expenseTypeKey: "mileage", distanceMeters, amountOre, passengers });

  it("pays a trip at the rate valid on its activity's date (Norwegian calendar day)", async () => {
    await expectRule(await mileage(trips.feb, 10_000, 4_000), "mileage_amount", "amountOre");
    expect(dataOf(await mileage(trips.feb, 10_000, 3_500)).submitExpense).toMatchObject({
      amountOre: 3_500,
      rateOrePerKm: 350,
    });
    await expectRule(await mileage(trips.osloMarch, 10_000, 3_500), "mileage_amount", "amountOre");
    expect(dataOf(await mileage(trips.osloMarch, 10_000, 4_000)).submitExpense).toMatchObject({
      amountOre: 4_000,
      rateOrePerKm: 400,
    });
  });

  it("mileage_rate_missing: no rate valid on the trip's date", async () => {
    await expectRule(await mileage(trips.old, 10_000, 3_500), "mileage_rate_missing", "expenseTypeKey");
  });

  it("adds the passenger rate per passenger, rounded to the øre", async () => {
    // 12.345 km × (400 + 2 × 120) øre/km = 7,900.8 øre → 7,901.
    await expectRule(await mileage(activities.kari, 12_345, 4_938, 2), "mileage_amount", "amountOre");
    const r = dataOf(await mileage(activities.kari, 12_345, 7_901, 2)).submitExpense;
    expect(r).toMatchObject({ amountOre: 7_901, passengers: 2, rateOrePerKm: 640, distanceMeters: 12_345 });
  });

  it("passengers_range and passengers_not_allowed", async () => {
    await expectRule(await mileage(activities.kari, 10_000, 4_000, 9), "passengers_range", "passengers");
    await expectRule(await mileage(activities.kari, 10_000, 4_000, -1), "passengers_range", "passengers");
    await expectRule(
      await submit({ activityId: activities.kari, expenseTypeKey: "parking", amountOre: 1_000, passengers: 1 }),
      "passengers_not_allowed",
      "passengers",
    );
  });
});

describe("finance: mutual exclusivity on one trip", () => {
  it("refuses public transit on a trip with mileage, and mileage on a trip with public transit (either side's list)", async () => {
    dataOf(await submit({ activityId: trips.a, expenseTypeKey: "mileage", distanceMeters: 10_000, amountOre: 4_000 }));
    await expectRule(
      await submit({ activityId: trips.a, expenseTypeKey: "public_transit", amountOre: 5_000 }),
      "mutual_exclusivity",
      "expenseTypeKey",
    );
    dataOf(await submit({ activityId: trips.b, expenseTypeKey: "public_transit", amountOre: 5_000 }));
    await expectRule(
      await submit({ activityId: trips.b, expenseTypeKey: "mileage", distanceMeters: 10_000, amountOre: 4_000 }),
      "mutual_exclusivity",
      "expenseTypeKey",
    );
    // Types that do not exclude each other combine; the same type twice is allowed (two parking tickets).
    dataOf(await submit({ activityId: trips.a, expenseTypeKey: "parking", amountOre: 2_000 }));
    dataOf(await submit({ activityId: trips.a, expenseTypeKey: "parking", amountOre: 2_500 }));
  });

  it("holds under concurrency: of mileage and transit filed at once on one trip, exactly one is stored", async () => {
    const [m, t] = await Promise.all([
      submit({ activityId: trips.race, expenseTypeKey: "mileage", distanceMeters: 10_000, amountOre: 4_000 }),
      submit({ activityId: trips.race, expenseTypeKey: "public_transit", amountOre: 5_000 }, as.coordinator),
    ]);
    const outcomes = [m, t].map((r) => (r.errors ? r.errors[0]?.extensions?.rule : "ok")).sort();
    expect(outcomes).toEqual(["mutual_exclusivity", "ok"]);
  });

  it("publishes finance.activity_reimbursement.changed once, with the activity's first claim", async () => {
    // A trip of this test alone, with two claims (it runs alone with -t, in any order).
    const trip = randomUUID();
    await h.bus.publish([registered(trip, ids.kari, orgA, laA)]);
    await h.bus.idle();
    dataOf(await submit({ activityId: trip, expenseTypeKey: "parking", amountOre: 2_000 }));
    dataOf(await submit({ activityId: trip, expenseTypeKey: "parking", amountOre: 2_500 }));
    const rows = await h.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.type, "finance.activity_reimbursement.changed"), eq(outbox.aggregateId, trip)));
    expect(rows.map((r) => r.payload)).toEqual([{ activityId: trip, hasReimbursement: true }]);
  });
});

describe("finance: automatic approval", () => {
  it("approves exactly at the type's limit, recorded as automatic with the rule; one øre above waits for a coordinator", async () => {
    const at = await parking(10_000);
    expect(at.status).toBe("APPROVED");
    const approval = (await read(at.id)).approval;
    expect(approval).toMatchObject({ decision: "APPROVED", automatic: true, decidedBy: null, note: null });
    expect(approval.rule).toBe("auto_approve_max_ore: parking ≤ 10000 øre");
    const [event] = await eventsOf("finance.expense.approved", at.id);
    expect(event?.payload).toMatchObject({ expenseId: at.id, automatic: true, decidedBy: null, amountOre: 10_000 });
    const above = await parking(10_001);
    expect(above.status).toBe("SUBMITTED");
    expect((await read(above.id)).approval).toBeNull();
    expect(await eventsOf("finance.expense.approved", above.id)).toHaveLength(0);
  });

  it("never approves automatically a claim whose type requires a receipt it does not have", async () => {
    const toll = await submitOk({ activityId: activities.kari, expenseTypeKey: "toll", amountOre: 3_000 });
    expect(toll.status).toBe("SUBMITTED");
    expect((await read(toll.id)).receiptRequired).toBe(true);
  });
});

describe("finance: manual decisions", () => {
  it("records a coordinator's approval: decider, time, note; event and audit entry", async () => {
    const e = await parking(15_000);
    const before = Date.now();
    expect(dataOf(await h.call(APPROVE, { id: e.id, note: " Ok " }, as.coordinator)).approveExpense).toEqual({
      id: e.id,
      status: "APPROVED",
    });
    const approval = (await read(e.id)).approval;
    expect(approval).toMatchObject({
      decision: "APPROVED",
      automatic: false,
      rule: null,
      note: "Ok",
      decidedBy: { id: ids.coordinator },
    });
    expect(new Date(approval.decidedAt).getTime()).toBeGreaterThanOrEqual(before - 5_000);
    const [event] = await eventsOf("finance.expense.approved", e.id);
    // Ids only in the kept event (issue 24 item 2, version 2): the note is read from finance (approval above).
    expect(event).toMatchObject({ version: 2, payload: { automatic: false, decidedBy: ids.coordinator } });
    expect(event?.payload).not.toHaveProperty("note");
    const audits = await eventsOf("finance.audit.recorded", e.id);
    expect(audits.map((a) => a.payload)).toContainEqual(
      expect.objectContaining({
        action: "expense.approved",
        actorId: ids.coordinator,
        actorRole: "coordinator",
        fields: ["approveExpense"],
      }),
    );
  });

  it("rejects with a reason the mentor sees (reason_required when blank)", async () => {
    const e = await parking(12_000);
    const blank = await h.call(REJECT, { id: e.id, reason: "   " }, as.coordinator);
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "reason_required",
      field: "reason",
    });
    dataOf(await h.call(REJECT, { id: e.id, reason: "Parkeringen var ikke knyttet til besøket" }, as.admin));
    const seen = await read(e.id, as.kari);
    expect(seen).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Parkeringen var ikke knyttet til besøket",
      approval: { decision: "REJECTED", decidedBy: { id: ids.admin } },
    });
    const [event] = await eventsOf("finance.expense.rejected", e.id);
    // Ids only in the kept event (version 2): the mentor reads the reason from finance (rejectionReason above).
    expect(event).toMatchObject({ version: 2, payload: { expenseId: e.id, decidedBy: ids.admin } });
    expect(JSON.stringify(event?.payload)).not.toContain("Parkeringen");
  });

  it("keeps one decision per expense: a second decision is a CONFLICT, also when two race", async () => {
    const e = await parking(11_000);
    dataOf(await h.call(APPROVE, { id: e.id }, as.coordinator));
    expect((await h.call(APPROVE, { id: e.id }, as.admin)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await h.call(REJECT, { id: e.id, reason: "Nei" }, as.admin)).errors?.[0]?.extensions?.code).toBe(
      "CONFLICT",
    );
    const race = await parking(11_500);
    const results = await Promise.all([
      h.call(APPROVE, { id: race.id }, as.coordinator),
      h.call(REJECT, { id: race.id, reason: "Nei" }, as.admin),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(1);
    const approvals = await createApprovalRepository(h.db, scopes.organization(orgA)).byExpenseIds([race.id]);
    expect(approvals).toHaveLength(1);
  });

  it("receipt_required: no approval above the type's receipt threshold without a receipt", async () => {
    const e = await parking(30_000);
    expect((await read(e.id)).receiptRequired).toBe(true);
    const r = await h.call(APPROVE, { id: e.id }, as.coordinator);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "receipt_required",
      field: "receipts",
    });
    expect((await read(e.id)).status).toBe("SUBMITTED");
    const atThreshold = await parking(20_000);
    expect((await read(atThreshold.id)).receiptRequired).toBe(false);
    dataOf(await h.call(APPROVE, { id: atThreshold.id }, as.coordinator));
  });

  it("who decides: not a mentor, not on one's own expense, not across organizations", async () => {
    const e = await parking(13_000);
    expect((await h.call(APPROVE, { id: e.id }, as.kari)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await h.call(APPROVE, { id: e.id }, as.outsider)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const own = await submitOk(
      { activityId: trips.coordinatorOwn, expenseTypeKey: "parking", amountOre: 13_000 },
      as.coordinator,
    );
    expect((await h.call(APPROVE, { id: own.id }, as.coordinator)).errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      rule: "no_self_approval",
    });
    dataOf(await h.call(APPROVE, { id: own.id }, as.admin));
    expect((await h.call(APPROVE, { id: own.id }, as.admin)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "expense_already_decided",
    });
  });

  it("tells activity when an activity's last live claim is rejected (has_reimbursement false)", async () => {
    const e = await parking(14_000, trips.lonely);
    dataOf(await h.call(REJECT, { id: e.id, reason: "Duplikat" }, as.coordinator));
    const rows = await eventsOf("finance.activity_reimbursement.changed", trips.lonely);
    expect(rows.map((r) => r.payload)).toEqual([
      { activityId: trips.lonely, hasReimbursement: true },
      { activityId: trips.lonely, hasReimbursement: false },
    ]);
  });
});

/** A minimal valid PDF. */
const pdf = (padding = 0) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n%${"x".repeat(padding)}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

/** A 2×2 PNG carrying a text chunk with a location, as a phone might write it. */
function pngWithLocation(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const pixels = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("tEXt", Buffer.from("Comment\0GPS 59.9139N 10.7522E", "latin1")),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const UPLOAD = `mutation($input: UploadReceiptInput!) { uploadReceipt(input: $input) { id fileName contentType sizeBytes sha256 width height uploadedBy { id } } }`;
const upload = (
  expenseId: string,
  bytes: Buffer,
  contentType: string | null,
  who: Who = as.kari,
  fileName = "kvittering.pdf",
) => h.call(UPLOAD, { input: { expenseId, fileName, contentType, contentBase64: bytes.toString("base64") } }, who);
const storedFiles = (): number => {
  try {
    return readdirSync(join(storeRoot, "objects"), { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
      .length;
  } catch {
    return 0;
  }
};

describe("finance: receipts", () => {
  it("stores a PDF unchanged with its metadata row, readable back through the expense", async () => {
    const e = await parking(25_000);
    const bytes = pdf();
    const r = dataOf(await upload(e.id, bytes, "application/pdf")).uploadReceipt;
    expect(r).toMatchObject({
      fileName: "kvittering.pdf",
      contentType: "application/pdf",
      sizeBytes: bytes.length,
      width: null,
      uploadedBy: { id: ids.kari },
    });
    const read = dataOf(
      await h.call(
        `query($id: ID!) { expense(id: $id) { receipts { id sha256 contentBase64 } } }`,
        { id: e.id },
        as.coordinator,
      ),
    ).expense;
    expect(read.receipts).toHaveLength(1);
    expect(Buffer.from(read.receipts[0].contentBase64, "base64").equals(bytes)).toBe(true);
    // With its receipt, the claim above the receipt threshold can now be approved.
    dataOf(await h.call(APPROVE, { id: e.id }, as.coordinator));
  });

  it("takes a receipt the size of a phone photo (3 MB), within the policy's limit", async () => {
    const e = await parking(1_050, trips.feb);
    const bytes = pdf(3_000_000);
    const r = dataOf(await upload(e.id, bytes, "application/pdf")).uploadReceipt;
    expect(r.sizeBytes).toBe(bytes.length);
    expect(RECEIPT_POLICY.maxBytes).toBeGreaterThan(bytes.length);
  });

  it("re-encodes an image without its location text", async () => {
    const e = await parking(1_100, trips.feb);
    const png = pngWithLocation();
    expect(png.includes(Buffer.from("GPS 59.9139N"))).toBe(true);
    const r = dataOf(await upload(e.id, png, "image/png", as.kari, "foto.png")).uploadReceipt;
    expect(r).toMatchObject({ contentType: "image/png", width: 2, height: 2 });
    const read = dataOf(
      await h.call(`query($id: ID!) { expense(id: $id) { receipts { contentBase64 } } }`, { id: e.id }, as.kari),
    ).expense;
    const stored = Buffer.from(read.receipts[0].contentBase64, "base64");
    expect(stored.subarray(0, 8).equals(png.subarray(0, 8))).toBe(true);
    expect(stored.includes(Buffer.from("GPS"))).toBe(false);
  });

  it("approves automatically once the receipt a type requires arrives (under the limit)", async () => {
    const toll = await submitOk({ activityId: activities.kari2, expenseTypeKey: "toll", amountOre: 4_000 });
    expect(toll.status).toBe("SUBMITTED");
    dataOf(await upload(toll.id, pdf(), null));
    const after = await read(toll.id);
    expect(after).toMatchObject({
      status: "APPROVED",
      approval: { automatic: true, rule: "auto_approve_max_ore: toll ≤ 5000 øre" },
    });
  });

  it("refuses a forged content type, an unknown type and an oversize file, and stores nothing", async () => {
    const e = await parking(1_200, trips.feb);
    const before = storedFiles();
    const cases: Array<[Buffer, string | null, string]> = [
      [pdf(), "image/jpeg", "upload_type_mismatch"],
      [Buffer.from("just some text, not a PDF at all"), "application/pdf", "upload_type_not_allowed"],
      [pdf(RECEIPT_POLICY.maxBytes + 1), "application/pdf", "upload_too_large"],
    ];
    for (const [bytes, type, rule] of cases) {
      const r = await upload(e.id, bytes, type);
      const code = rule === "upload_too_large" ? "PAYLOAD_TOO_LARGE" : "BAD_USER_INPUT";
      expect(r.errors?.[0]?.extensions).toMatchObject({ code, rule, field: "contentBase64" });
    }
    const r = await upload(e.id, Buffer.from("x"), null);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const notBase64 = await h.call(
      UPLOAD,
      { input: { expenseId: e.id, fileName: "k.pdf", contentType: null, contentBase64: "%%% not base64 %%%" } },
      as.kari,
    );
    expect(notBase64.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "upload_encoding",
      field: "contentBase64",
    });
    expect(storedFiles()).toBe(before);
    expect(
      dataOf(await h.call(`query($id: ID!) { expense(id: $id) { receipts { id } } }`, { id: e.id }, as.kari)).expense
        .receipts,
    ).toEqual([]);
  });

  it("attaches only to expenses the uploader may see", async () => {
    const e = await parking(1_300, trips.feb);
    expect((await upload(e.id, pdf(), null, as.ola)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await upload(e.id, pdf(), null, as.outsider)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    dataOf(await upload(e.id, pdf(), null, as.coordinator));
  });
});
