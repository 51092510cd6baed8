import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "@meander/fixtures";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { DEMO_PASSWORD, seedDemo } from "../src/seed.js";
import { createSubgraph } from "../src/server.js";
import { login } from "./arrange.js";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { createEnvelope, generateMasterKey } from "@meander/crypto";
import { queryRows } from "@meander/db";
import { enterOrganization } from "@meander/privacy/access-export";
import { identityExportPart } from "../src/application/privacy/access-export-part.js";

let h: SubgraphHarness;
const masterKey = generateMasterKey();
const data = generateDemoData({
  seed: 11,
  organizations: 1,
  regionsPerOrganization: 1,
  associationsPerRegion: 1,
  mentorsPerAssociation: 2,
});

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph({ ...deps, masterKey }));
  await seedDemo(h.db, data, { masterKey });
  await h.bus.publish(
    data.memberships.map((m) =>
      makeEvent(
        "organization.membership.added",
        {
          membershipId: m.id,
          userId: m.userId,
          localAssociationId: m.localAssociationId,
          role: m.role,
          isPrimary: m.isPrimary,
        },
        { organizationId: m.organizationId },
      ),
    ),
  );
  await h.bus.idle();
});

afterAll(() => h?.stop());

describe("identity: demo seed (embedded mode)", () => {
  it("lets every demo person sign in with the demo password, in their primary membership", async () => {
    const m = data.memberships.find((x) => x.isPrimary)!;
    const person = data.people.find((p) => p.id === m.userId)!;
    const r = await login(h, person.email, DEMO_PASSWORD);
    expect(r.errors).toBeUndefined();
    expect(r.data?.login.context).toMatchObject({ membershipId: m.id, organizationId: m.organizationId, role: m.role });
  });
});

describe("identity: its part of a subject access export (issue 24 item 3)", () => {
  it("holds a demo person's account, sessions and settings by category, without password hashes or tokens", async () => {
    const m = data.memberships.find((x) => x.isPrimary)!;
    const person = data.people.find((p) => p.id === m.userId)!;
    expect((await login(h, person.email, DEMO_PASSWORD)).errors).toBeUndefined();
    const build = (subject: { contactId: string | null; userId: string | null }) =>
      h.db.transaction(async (tx) => {
        await enterOrganization(tx, m.organizationId);
        return identityExportPart(createEnvelope({ masterKey }))(tx, {
          requestId: randomUUID(),
          organizationId: m.organizationId,
          subject,
        });
      });
    const part = await build({ contactId: null, userId: person.id });
    expect(part.labels).toEqual({ [person.id]: `${person.firstName} ${person.lastName}` });
    // The phone is stored under the person's key (issue 24 item 1) and handed over in clear.
    expect(part.categories.user).toEqual([
      expect.objectContaining({ id: person.id, email: person.email, firstName: person.firstName, phone: person.phone }),
    ]);
    const [stored] = await queryRows<{ phone: string | null; phone_enc: string }>(
      h.db,
      sql`select phone, phone_enc from identity.users where id = ${person.id}`,
    );
    expect(stored).toMatchObject({ phone: null, phone_enc: expect.stringMatching(/^menc2\./) });
    expect(part.categories.sessions!.length).toBeGreaterThan(0);
    expect(part.categories.sessions![0]).toMatchObject({ userId: person.id, deviceName: expect.any(String) });
    for (const key of ["profile", "profileStatusLog", "settings", "devices", "identities"])
      expect(part.categories).toHaveProperty(key);
    expect(JSON.stringify(part)).not.toMatch(/argon2|scrypt|passwordHash|tokenHash/i);
    // A contact has no account here.
    const contact = await build({ contactId: randomUUID(), userId: null });
    expect(Object.values(contact.categories).every((c) => c.length === 0)).toBe(true);
  });
});
