import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData, type DemoData } from "@meander/fixtures";
import { dataOf, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { eq } from "drizzle-orm";
import { accountingReferences, outbox } from "../src/db/schema/index.js";
import { seedDemo } from "../src/seed.js";
import { createSubgraph } from "../src/server.js";
import { registered } from "./arrange.js";
import { randomUUID } from "node:crypto";
import { enterOrganization } from "@meander/privacy/access-export";
import { financeExportPart } from "../src/application/privacy/access-export-part.js";

let h: SubgraphHarness;
let data: DemoData;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  data = generateDemoData({
    regionsPerOrganization: 1,
    associationsPerRegion: 1,
    mentorsPerAssociation: 3,
    activitiesPerMentor: 8,
    referenceDate: new Date("2026-06-01T00:00:00Z"),
  });
  // Activity's events have reached finance for half of the expenses' activities only.
  const early = data.expenses
    .filter((_, i) => i % 2 === 0)
    .map((e) => data.activities.find((a) => a.id === e.activityId)!);
  await h.bus.publish(early.map((a) => registered(a.id, a.userId, a.organizationId, a.localAssociationId)));
  await h.bus.idle();
  await seedDemo(h.db, data);
});

afterAll(() => h?.stop());

describe("finance: demo seed", () => {
  it("writes the expense types and every fixture expense, known activity or not, each with its event", async () => {
    expect(data.expenses.length).toBeGreaterThan(2);
    const admin = data.memberships.find((m) => m.role === "org_admin")!;
    const as = {
      userId: admin.userId,
      organizationId: admin.organizationId,
      localAssociationId: admin.localAssociationId,
      role: "org_admin" as const,
    };
    const types = dataOf(await h.call(`{ expenseTypes { key mileageRateOrePerKm } }`, {}, as));
    expect(types.expenseTypes).toEqual([
      { key: "mileage", mileageRateOrePerKm: 350 },
      { key: "parking", mileageRateOrePerKm: null },
      { key: "public_transit", mileageRateOrePerKm: null },
      { key: "toll", mileageRateOrePerKm: null },
    ]);
    const list = dataOf(
      await h.call(`{ expenses(first: 100) { edges { node { id amountOre distanceMeters user { id } } } } }`, {}, as),
    );
    const byId = new Map(list.expenses.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
    expect(byId.size).toBe(data.expenses.length);
    for (const e of data.expenses) {
      expect(byId.get(e.id)).toEqual({
        id: e.id,
        amountOre: e.amountOre,
        distanceMeters: e.distanceMeters,
        user: { id: e.userId },
      });
    }
    const events = await h.db.select().from(outbox).where(eq(outbox.type, "finance.expense.submitted"));
    expect(events.map((r) => r.aggregateId).sort()).toEqual(data.expenses.map((e) => e.id).sort());
    // Every mentor with claims has an employee number for the accounting export.
    const refs = await h.db.select().from(accountingReferences);
    expect(refs.map((r) => `${r.organizationId}/${r.userId}`).sort()).toEqual(
      [...new Set(data.expenses.map((e) => `${e.organizationId}/${e.userId}`))].sort(),
    );
    expect(refs.every((r) => /^ANS-\d{4}$/.test(r.reference))).toBe(true);
  });
});

describe("finance: its part of a subject access export (issue 24 item 3)", () => {
  it("holds a demo mentor's expenses (with the type's name) and every money category", async () => {
    const mentorId = data.expenses[0]!.userId;
    const organizationId = data.memberships.find((m) => m.userId === mentorId)!.organizationId;
    const build = (subject: { contactId: string | null; userId: string | null }) =>
      h.db.transaction(async (tx) => {
        await enterOrganization(tx, organizationId);
        return financeExportPart(tx, { requestId: randomUUID(), organizationId, subject });
      });
    const part = await build({ contactId: null, userId: mentorId });
    const theirs = data.expenses.filter((e) => e.userId === mentorId);
    expect(part.categories.expenses!.map((e) => e.id).sort()).toEqual(theirs.map((e) => e.id).sort());
    expect(part.categories.expenses!.every((e) => typeof e.expenseTypeName === "string" && e.userId === mentorId)).toBe(
      true,
    );
    for (const key of ["expenseApprovals", "receipts", "payouts", "payoutApprovals", "honorariums", "payee"])
      expect(part.categories).toHaveProperty(key);
    const contact = await build({ contactId: randomUUID(), userId: null });
    expect(Object.values(contact.categories).every((c) => c.length === 0)).toBe(true);
  });
});
