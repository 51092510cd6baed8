/** Shared arrangement: two organizations, their expense types, and activities learned from activity's events. */
import { scopes } from "@meander/db";
import { randomUUID } from "node:crypto";
import { featureFlagsEvent, makeEvent, type SubgraphHarness } from "@meander/testing";
import { createExpenseTypeRepository } from "../src/db/repositories/expense-types.js";

export const orgA = randomUUID();
export const orgB = randomUUID();
export const laA = randomUUID();
export const laB = randomUUID();
export const ids = {
  admin: randomUUID(),
  coordinator: randomUUID(),
  kari: randomUUID(),
  ola: randomUUID(),
  outsider: randomUUID(),
};
export const activities = { kari: randomUUID(), kari2: randomUUID(), ola: randomUUID(), outsider: randomUUID() };

export const as = {
  admin: { userId: ids.admin, organizationId: orgA, localAssociationId: laA, role: "org_admin" as const },
  coordinator: { userId: ids.coordinator, organizationId: orgA, localAssociationId: laA, role: "coordinator" as const },
  kari: { userId: ids.kari, organizationId: orgA, localAssociationId: laA, role: "peer_mentor" as const },
  ola: { userId: ids.ola, organizationId: orgA, localAssociationId: laA, role: "peer_mentor" as const },
  outsider: { userId: ids.outsider, organizationId: orgB, localAssociationId: laB, role: "org_admin" as const },
  global: { userId: randomUUID(), organizationId: null, role: "global_admin" as const },
};

export function registered(
  activityId: string,
  userId: string,
  organizationId: string,
  localAssociationId: string,
  activityDate = "2026-03-02T10:00:00.000Z",
) {
  return makeEvent(
    "activity.activity.registered",
    {
      activityId,
      userId,
      localAssociationId,
      activityType: "home_visit",
      activityDate,
      durationMinutes: 60,
      status: "pending_review",
    },
    { organizationId, aggregateId: activityId, actorId: userId },
  );
}

export async function arrange(h: SubgraphHarness): Promise<void> {
  const types = (organizationId: string) => [
    {
      id: randomUUID(),
      organizationId,
      key: "mileage",
      name: "Kilometergodtgjørelse",
      requiresReceiptAboveOre: null,
      maxAmountOre: 500_000,
      mileageRateOrePerKm: 350,
    },
    {
      id: randomUUID(),
      organizationId,
      key: "parking",
      name: "Parkering",
      requiresReceiptAboveOre: 0,
      maxAmountOre: 50_000,
      mileageRateOrePerKm: null,
    },
    {
      id: randomUUID(),
      organizationId,
      key: "toll",
      name: "Bompenger",
      requiresReceiptAboveOre: 0,
      maxAmountOre: null,
      mileageRateOrePerKm: null,
    },
    {
      id: randomUUID(),
      organizationId,
      key: "taxi",
      name: "Drosje",
      requiresReceiptAboveOre: 0,
      maxAmountOre: null,
      mileageRateOrePerKm: null,
      isActive: false,
    },
  ];
  // Plain catalog rows: written through the repository, as the seed does.
  await createExpenseTypeRepository(h.db, scopes.platform()).insert([...types(orgA), ...types(orgB)]);
  const events = [
    // Every capability on (accounting export is off by default).
    featureFlagsEvent(orgA),
    featureFlagsEvent(orgB),
    makeEvent(
      "organization.local_association.created",
      { localAssociationId: laA, regionId: null, name: "Bergen" },
      { organizationId: orgA, aggregateId: laA },
    ),
    makeEvent(
      "organization.local_association.created",
      { localAssociationId: laB, regionId: null, name: "Tromsø" },
      { organizationId: orgB, aggregateId: laB },
    ),
    registered(activities.kari, ids.kari, orgA, laA),
    registered(activities.kari2, ids.kari, orgA, laA),
    registered(activities.ola, ids.ola, orgA, laA),
    registered(activities.outsider, ids.outsider, orgB, laB),
  ];
  await h.bus.publish(events);
  await h.bus.publish(events); // redelivery is harmless
  await h.bus.idle();
}

export const SUBMIT = `mutation($input: SubmitExpenseInput!) {
  submitExpense(input: $input) {
    id amountOre distanceMeters passengers rateOrePerKm description status expenseTypeKey createdAt
    activity { id } user { id } submittedBy { id }
    expenseType { key name mileageRateOrePerKm maxAmountOre requiresReceiptAboveOre isActive }
  }
}`;
