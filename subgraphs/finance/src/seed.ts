/**
 * Demo data for the embedded mode: each organization's expense types (plain
 * catalog rows, through the repository) and the fixture expenses. An expense
 * whose activity is already in the projection goes through submitExpense, as
 * in production; activity's events may reach finance only after this seed
 * runs, so the others are recorded through importExpense (repository insert
 * plus the same finance.expense.submitted event, no projection check). The
 * showcase, when the data has one, then decides, reimburses and exports
 * (seed-showcase.ts).
 */
import { randomUUID } from "node:crypto";
import { scopes, type Db } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import type { DemoData } from "@meander/fixtures";
import { importExpense, submitExpense } from "./application/expenses.js";
import { createActivityRepository } from "./db/repositories/activities.js";
import { createExpenseTypeRepository } from "./db/repositories/expense-types.js";
import { createMileageRateRepository } from "./db/repositories/mileage-rates.js";
import { createPayeeRepository } from "./db/repositories/payees.js";
import { eventStore } from "./db/schema/index.js";
import { MILEAGE_KEY } from "./domain/expense.js";
import { seedShowcase } from "./seed-showcase.js";

/** The state's tax-free mileage rate, NOK 3.50 per km; the fixture's mileage amounts are computed with it. */
export const DEMO_MILEAGE_RATE_ORE_PER_KM = 350;
/** The demo rate table: NOK 3.50/km plus NOK 1.00/km per passenger (the state's passenger supplement), since 2020. */
export const DEMO_MILEAGE_RATE = {
  validFrom: "2020-01-01",
  rateOrePerKm: DEMO_MILEAGE_RATE_ORE_PER_KM,
  passengerRateOrePerKm: 100,
};

export async function seedDemo(db: Db, data: DemoData): Promise<void> {
  const uow = createUnitOfWork(db, eventStore);
  await createExpenseTypeRepository(db, scopes.platform()).insert(
    data.expenseTypes.map((t) => ({
      id: t.id,
      organizationId: t.organizationId,
      key: t.key,
      name: t.name,
      requiresReceiptAboveOre: t.requiresReceiptAboveOre,
      maxAmountOre: null,
      mileageRateOrePerKm: t.key === MILEAGE_KEY ? DEMO_MILEAGE_RATE_ORE_PER_KM : null,
      // Mileage and public transit cannot both be claimed for one trip; passengers add to the mileage rate.
      exclusiveWith: t.key === "public_transit" ? [MILEAGE_KEY] : [],
      passengersAddToRate: t.key === MILEAGE_KEY,
    })),
  );
  const rates = createMileageRateRepository(db, scopes.platform());
  for (const organizationId of new Set(data.expenseTypes.map((t) => t.organizationId))) {
    await rates.insert({ id: randomUUID(), organizationId, ...DEMO_MILEAGE_RATE });
  }
  const activities = new Map(data.activities.map((a) => [a.id, a]));
  for (const e of data.expenses) {
    const known = await createActivityRepository(db, scopes.organization(e.organizationId)).byId(e.activityId);
    const claim = {
      activityId: e.activityId,
      expenseTypeKey: e.expenseTypeKey,
      amountOre: e.amountOre,
      distanceMeters: e.distanceMeters,
    };
    if (known) {
      await submitExpense(uow, { userId: e.userId, role: "peer_mentor", organizationId: e.organizationId }, claim, {
        id: e.id,
      });
    } else {
      await importExpense(uow, {
        id: e.id,
        organizationId: e.organizationId,
        localAssociationId: activities.get(e.activityId)?.localAssociationId ?? null,
        activityId: e.activityId,
        userId: e.userId,
        expenseType: e.expenseTypeKey,
        amountOre: e.amountOre,
        distanceMeters: e.distanceMeters,
        description: null,
        submittedBy: e.userId,
      });
    }
  }
  // Every demo mentor with claims gets an employee number (ANS-0001, ... per organization), so a demo export can pay them.
  const numbered = new Map<string, number>();
  for (const e of data.expenses) {
    const key = `${e.organizationId}/${e.userId}`;
    if (numbered.has(key)) continue;
    const n = [...numbered.keys()].filter((k) => k.startsWith(`${e.organizationId}/`)).length + 1;
    numbered.set(key, n);
    await createPayeeRepository(db, scopes.organization(e.organizationId)).setReference(
      e.userId,
      `ANS-${String(n).padStart(4, "0")}`,
      e.userId,
    );
  }
  if (data.showcase) await seedShowcase(uow, data.showcase);
}
