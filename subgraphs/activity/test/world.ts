/**
 * The shared arrangement for the integration tests: two organizations, their
 * memberships (published as organization's events), the catalog (provisioned by
 * organization.organization.created) and a few contacts.
 */
import { randomUUID } from "node:crypto";
import { createUnitOfWork } from "@meander/events";
import { featureFlagsEvent, makeEvent, type MintOptions, type SubgraphHarness } from "@meander/testing";
import { addActivityTypes, addContact } from "../src/application/catalog.js";
import { eventStore } from "../src/db/schema/index.js";

export type World = Awaited<ReturnType<typeof arrangeWorld>>;

export async function arrangeWorld(h: SubgraphHarness) {
  const org = { a: randomUUID(), b: randomUUID() };
  const la = { a1: randomUUID(), a2: randomUUID(), b1: randomUUID() };
  const user = {
    admin: randomUUID(),
    coord: randomUUID(),
    kari: randomUUID(),
    ola: randomUUID(),
    per: randomUUID(),
    coordB: randomUUID(),
    nina: randomUUID(),
  };
  const memberships: Array<[string, string, string, MintOptions["role"]]> = [
    [user.admin, org.a, la.a1, "org_admin"],
    [user.coord, org.a, la.a1, "coordinator"],
    [user.kari, org.a, la.a1, "peer_mentor"],
    [user.ola, org.a, la.a1, "peer_mentor"],
    [user.per, org.a, la.a2, "peer_mentor"],
    [user.coordB, org.b, la.b1, "coordinator"],
    [user.nina, org.b, la.b1, "peer_mentor"],
  ];
  await h.bus.publish([
    makeEvent(
      "organization.organization.created",
      { organizationId: org.a, name: "Norges Handikapforbund", shortName: "NHF" },
      { organizationId: org.a },
    ),
    makeEvent(
      "organization.organization.created",
      { organizationId: org.b, name: "Hørselshemmedes Landsforbund", shortName: "HLF" },
      { organizationId: org.b },
    ),
    // Every capability on (encrypted assignments are off by default).
    featureFlagsEvent(org.a),
    featureFlagsEvent(org.b),
    ...memberships.map(([userId, organizationId, localAssociationId, role]) =>
      makeEvent(
        "organization.membership.added",
        { membershipId: randomUUID(), userId, localAssociationId, role, isPrimary: true },
        { organizationId },
      ),
    ),
  ]);
  await h.bus.idle();
  await addActivityTypes(h.db, org.a, [
    { key: "retired_visit", name: "Utgått besøkstype", bufdirCategory: "outreach_in_person", isActive: false },
  ]);

  const uow = createUnitOfWork(h.db, eventStore);
  const contact = {
    a1: await addContact(uow, org.a, {
      localAssociationId: la.a1,
      firstName: "Astrid",
      lastName: "Berg",
      municipality: "Bergen",
    }),
    a2: await addContact(uow, org.a, {
      localAssociationId: la.a2,
      firstName: "Bjørn",
      lastName: "Dahl",
      municipality: "Voss",
    }),
    b1: await addContact(uow, org.b, {
      localAssociationId: la.b1,
      firstName: "Cecilie",
      lastName: "Eide",
      municipality: "Tromsø",
    }),
  };

  const as = (userId: string): MintOptions => {
    const [, organizationId, localAssociationId, role] = memberships.find(([u]) => u === userId)!;
    return { userId, organizationId, localAssociationId, role };
  };
  return { org, la, user, contact, as };
}

export const REGISTER = `mutation($input: RegisterActivityInput!) {
  registerActivity(input: $input) { id userId organizationId localAssociationId activityType title status durationMinutes
    participantCount isProxyRegistration proxySubmittedBy activityDate contactId metadata }
}`;

/** Registers through GraphQL and returns the new activity's id (fails the test on errors). */
export async function register(h: SubgraphHarness, as: MintOptions, input: Record<string, unknown>): Promise<string> {
  const r = await h.call(REGISTER, { input: { activityTypeKey: "home_visit", ...input } }, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.registerActivity.id as string;
}

export const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
