/**
 * Subject access export in organization (issue 24 item 3): the request and its rules, organization's own part,
 * the assembly once the six parts are in (the other five written here as their subgraphs would, with
 * @meander/privacy's writePart), the one download by the requester within the window, and the audit entries.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { eq, isNotNull } from "drizzle-orm";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnvelope, generateMasterKey } from "@meander/crypto";
import { createUnitOfWork, newEventId } from "@meander/events";
import { partKey, writePart, type ExportPart, type ExportSubgraph } from "@meander/privacy/access-export";
import { createLocalStore } from "@meander/storage";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { SYSTEM_ACTOR } from "../src/application/actor.js";
import { createLocalAssociation } from "../src/application/local-associations.js";
import { createOrganization } from "../src/application/organizations.js";
import { accessExportParts, accessExportRequests, eventStore, outbox } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { expireAccessExports } from "../src/application/privacy/access-export-expiry.js";

const masterKey = generateMasterKey();
const envelope = createEnvelope({ masterKey });
const store = createLocalStore({ root: mkdtempSync(join(tmpdir(), "access-export-")) });
let h: SubgraphHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const admin = { userId: randomUUID(), organizationId: orgA, role: "org_admin" as const };
const adminB = { userId: randomUUID(), organizationId: orgB, role: "org_admin" as const };
let mentor: { userId: string; organizationId: string; localAssociationId: string; role: "peer_mentor" };

const REQUEST = `mutation($input: RequestSubjectAccessExportInput!) { requestSubjectAccessExport(input: $input) { id status userId contactId parts { subgraph ready } } }`;
const STATUS = `query($id: ID!) { subjectAccessExport(id: $id) { id status readyAt expiresAt downloadedAt expiredAt parts { subgraph ready } } }`;
const DOWNLOAD = `mutation($id: ID!) { downloadSubjectAccessExport(id: $id) { json { filename contentType base64 byteLength } pdf { filename contentType base64 } } }`;

const OTHERS: ExportSubgraph[] = ["identity", "activity", "finance", "engagement", "reporting"];

/** The five other subgraphs' parts, as they write them (a name for the person from identity, one activity). */
async function otherParts(requestId: string, userId: string): Promise<void> {
  for (const subgraph of OTHERS) {
    const objectId = await h.db.transaction((tx) =>
      writePart(
        tx,
        {
          subgraph,
          envelope,
          store,
          build: async (): Promise<ExportPart> => ({
            subgraph,
            labels: subgraph === "identity" ? { [userId]: "Mona Mentor" } : {},
            categories: {
              [subgraph === "activity" ? "activities" : "sessions"]:
                subgraph === "activity"
                  ? [{ id: randomUUID(), title: "Kaffe på Grünerløkka", durationMinutes: 60 }]
                  : [],
            },
          }),
        },
        { requestId, organizationId: orgA, subject: { contactId: null, userId } },
      ),
    );
    await h.bus.publish([
      {
        id: newEventId(),
        type: "privacy.access_export.part_ready",
        version: 1,
        occurredAt: new Date().toISOString(),
        organizationId: orgA,
        actorId: null,
        aggregateId: requestId,
        payload: { requestId, subgraph, objectId },
      },
    ]);
  }
}

const status = async (id: string, as: Parameters<SubgraphHarness["call"]>[2] = mentor) =>
  (await h.call(STATUS, { id }, as)).data?.subjectAccessExport;

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, {}, { masterKey, store }));
  const uow = createUnitOfWork(h.db, eventStore);
  await createOrganization(uow, SYSTEM_ACTOR, { id: orgA, name: "Norges Handikapforbund", shortName: "NHF" });
  await createOrganization(uow, SYSTEM_ACTOR, { id: orgB, name: "Hørselshemmedes Landsforbund", shortName: "HLF" });
  const oslo = (await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId: orgA, name: "NHF Oslo" })).id;
  mentor = { userId: randomUUID(), organizationId: orgA, localAssociationId: oslo, role: "peer_mentor" };
  const added = await h.call(
    `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }`,
    { input: { userId: mentor.userId, localAssociationId: oslo, role: "PEER_MENTOR" } },
    admin,
  );
  expect(added.errors).toBeUndefined();
});

afterAll(() => h?.stop());

describe("organization: subject access export", () => {
  it("refuses by rule: one subject, administrators or the person themself, members of the organization", async () => {
    const refused = async (subject: Record<string, unknown>, as: Parameters<SubgraphHarness["call"]>[2]) =>
      (await h.call(REQUEST, { input: { subject } }, as)).errors?.[0]?.extensions;
    expect(await refused({}, admin)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "access_export_subject_required",
      field: "subject",
    });
    expect(await refused({ contactId: randomUUID(), userId: mentor.userId }, admin)).toMatchObject({
      rule: "access_export_subject_required",
    });
    expect(await refused({ contactId: randomUUID() }, mentor)).toMatchObject({
      code: "FORBIDDEN",
      rule: "access_export_permission",
    });
    expect(await refused({ userId: admin.userId }, mentor)).toMatchObject({
      code: "FORBIDDEN",
      rule: "access_export_permission",
    });
    expect(await refused({ userId: randomUUID() }, admin)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "access_export_subject_outside_organization",
      field: "subject.userId",
    });
    expect(await refused({ userId: mentor.userId }, adminB)).toMatchObject({
      rule: "access_export_subject_outside_organization",
    });
    expect(await h.db.select().from(accessExportRequests)).toEqual([]);
  });

  it("assembles the six parts, lets the requester download once, and audits every access", async () => {
    const r = await h.call(REQUEST, { input: { subject: { userId: mentor.userId } } }, mentor);
    expect(r.errors).toBeUndefined();
    const id = r.data!.requestSubjectAccessExport.id as string;
    expect(r.data!.requestSubjectAccessExport).toMatchObject({
      status: "ASSEMBLING",
      userId: mentor.userId,
      contactId: null,
    });
    // organization writes its own part from its own event.
    await expect
      .poll(async () => (await status(id)).parts.find((p: any) => p.subgraph === "organization").ready, {
        timeout: 10_000,
      })
      .toBe(true);
    expect((await h.call(DOWNLOAD, { id }, mentor)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "access_export_not_ready",
    });
    // Only the requester and the organization's administrators see it.
    expect(await status(id, admin)).toMatchObject({ id });
    expect(await status(id, adminB)).toBeNull();

    await otherParts(id, mentor.userId);
    await expect.poll(async () => (await status(id)).status, { timeout: 10_000 }).toBe("READY");
    const ready = await status(id);
    expect(Date.parse(ready.expiresAt) - Date.parse(ready.readyAt)).toBe(7 * 24 * 3600 * 1000);

    expect((await h.call(DOWNLOAD, { id }, admin)).errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      rule: "access_export_requester_only",
    });
    const d = await h.call(DOWNLOAD, { id }, mentor);
    expect(d.errors).toBeUndefined();
    const { json, pdf } = d.data!.downloadSubjectAccessExport;
    expect(json).toMatchObject({
      contentType: "application/json",
      filename: expect.stringMatching(/^innsyn-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.json$/),
    });
    const bundle = JSON.parse(Buffer.from(json.base64, "base64").toString("utf8"));
    expect(Object.keys(bundle.parts).sort()).toEqual([
      "activity",
      "engagement",
      "finance",
      "identity",
      "organization",
      "reporting",
    ]);
    expect(bundle.parts.organization.categories.memberships).toEqual([
      expect.objectContaining({
        userId: mentor.userId,
        role: "peer_mentor",
        localAssociationId: mentor.localAssociationId,
      }),
    ]);
    expect(bundle.parts.activity.categories.activities[0]).toMatchObject({ title: "Kaffe på Grünerløkka" });
    const parser = new PDFParse({ data: new Uint8Array(Buffer.from(pdf.base64, "base64")) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain("Innsyn i personopplysninger");
    expect(text).toContain("Mona Mentor");
    expect(text).toContain("NHF Oslo"); // the membership's unit by name
    expect(text).toContain("Kaffe på Grünerløkka");
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);

    // Once: refused afterwards, and nothing of it is left in storage.
    expect((await h.call(DOWNLOAD, { id }, mentor)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "access_export_already_downloaded",
    });
    expect((await status(id)).status).toBe("DOWNLOADED");
    const parts = await h.db.select().from(accessExportParts).where(eq(accessExportParts.requestId, id));
    expect(parts).toHaveLength(6);
    for (const p of parts) expect(await store.get(orgA, partKey(id, p.subgraph, p.objectId))).toBeNull();

    const audited = (
      await h.db.select().from(outbox).where(eq(outbox.type, "organization.audit.recorded")).orderBy(outbox.position)
    )
      .map((e) => e.payload as { action: string; subjectId: string | null; actorId: string | null })
      .filter((p) => p.action.startsWith("privacy.access_export"));
    expect(audited.map((a) => a.action)).toEqual([
      "privacy.access_export.requested",
      "privacy.access_export.download_refused",
      "privacy.access_export.download_refused",
      "privacy.access_export.downloaded",
      "privacy.access_export.download_refused",
    ]);
    expect(audited.every((a) => a.subjectId === mentor.userId)).toBe(true);
  });

  it("refuses a download after the window (access_export_expired)", async () => {
    const id = (await h.call(REQUEST, { input: { subject: { userId: mentor.userId } } }, admin)).data!
      .requestSubjectAccessExport.id as string;
    await expect
      .poll(async () => (await status(id, admin)).parts.find((p: any) => p.subgraph === "organization").ready, {
        timeout: 10_000,
      })
      .toBe(true);
    await otherParts(id, mentor.userId);
    await expect.poll(async () => (await status(id, admin)).status, { timeout: 10_000 }).toBe("READY");
    await h.db
      .update(accessExportRequests)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accessExportRequests.id, id));
    expect((await status(id, admin)).status).toBe("EXPIRED");
    expect((await h.call(DOWNLOAD, { id }, admin)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "access_export_expired",
    });
  });

  it("deletes the files of an export nobody downloaded once its window passed: marked expired, audited, once", async () => {
    const ready = async () => {
      const id = (await h.call(REQUEST, { input: { subject: { userId: mentor.userId } } }, admin)).data!
        .requestSubjectAccessExport.id as string;
      await expect
        .poll(async () => (await status(id, admin)).parts.find((p: any) => p.subgraph === "organization").ready, {
          timeout: 10_000,
        })
        .toBe(true);
      await otherParts(id, mentor.userId);
      await expect.poll(async () => (await status(id, admin)).status, { timeout: 10_000 }).toBe("READY");
      const [row] = await h.db.select().from(accessExportRequests).where(eq(accessExportRequests.id, id));
      const parts = await h.db.select().from(accessExportParts).where(eq(accessExportParts.requestId, id));
      return {
        id,
        keys: [row!.bundleJsonKey!, row!.bundlePdfKey!, ...parts.map((p) => partKey(id, p.subgraph, p.objectId))],
        expiresAt: row!.expiresAt!,
      };
    };
    const lapsed = await ready();
    const fresh = await ready();
    await h.db
      .update(accessExportRequests)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accessExportRequests.id, lapsed.id));
    for (const key of lapsed.keys) expect(await store.get(orgA, key)).not.toBeNull();
    expect(lapsed.keys).toHaveLength(8);

    const uow = createUnitOfWork(h.db, eventStore);
    expect(await expireAccessExports(uow, store)).toBeGreaterThanOrEqual(1);
    expect(await status(lapsed.id, admin)).toMatchObject({
      status: "EXPIRED",
      expiredAt: expect.any(String),
      downloadedAt: null,
    });
    for (const key of lapsed.keys) expect(await store.get(orgA, key)).toBeNull();
    // The one still within its window keeps its files and can be downloaded.
    expect(await status(fresh.id, admin)).toMatchObject({ status: "READY", expiredAt: null });
    for (const key of fresh.keys) expect(await store.get(orgA, key)).not.toBeNull();
    expect((await h.call(DOWNLOAD, { id: lapsed.id }, admin)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "access_export_expired",
    });
    // Audited once, by the system, about the person: a second run finds nothing to do.
    expect(await expireAccessExports(uow, store)).toBe(0);
    const expired = (await h.db.select().from(outbox).where(eq(outbox.type, "organization.audit.recorded")))
      .map((e) => e.payload as { action: string; subjectId: string | null; actorId: string | null; actorRole: string })
      .filter((p) => p.action === "privacy.access_export.expired");
    expect(expired).toContainEqual(
      expect.objectContaining({ subjectId: mentor.userId, actorId: null, actorRole: "system" }),
    );
    expect(expired.length).toBe(
      (await h.db.select().from(accessExportRequests).where(isNotNull(accessExportRequests.expiredAt))).length,
    );
  });

  it("asks for a contact's export only for a contact of the administrator's organization (access_export_subject_outside_organization)", async () => {
    const [ours, theirs] = [randomUUID(), randomUUID()];
    // The contacts' creations, as activity audits them (organization learns each contact's organization from them).
    await h.bus.publish(
      [ours, theirs].map((contactId, i) => ({
        id: newEventId(),
        type: "activity.audit.recorded",
        version: 1,
        occurredAt: new Date().toISOString(),
        organizationId: [orgA, orgB][i]!,
        actorId: null,
        aggregateId: contactId,
        payload: {
          action: "contact.created",
          actorId: null,
          actorRole: "system",
          organizationId: [orgA, orgB][i]!,
          subjectType: "Contact",
          subjectId: contactId,
          operationName: null,
          fields: ["createContact"],
          requestId: "",
        },
      })),
    );
    await h.bus.idle();
    const refusal = async (contactId: string, lang?: string) => {
      const r = await h.raw(
        REQUEST,
        { input: { subject: { contactId } } },
        {
          signingSecret: h.signingSecret,
          token: await h.keys.mint(admin),
          headers: lang ? { "accept-language": lang } : {},
        },
      );
      return r.errors?.[0];
    };
    for (const contactId of [theirs, randomUUID()]) {
      expect(await refusal(contactId)).toMatchObject({
        message: "Kontakten finnes ikke i organisasjonen din",
        extensions: {
          code: "BAD_USER_INPUT",
          rule: "access_export_subject_outside_organization",
          field: "subject.contactId",
        },
      });
    }
    expect((await refusal(theirs, "nn"))?.message).toBe("Kontakten finst ikkje i organisasjonen din");
    expect((await refusal(theirs, "en"))?.message).toBe("The contact is not one of your organization's");
    expect(await h.db.select().from(accessExportRequests).where(isNotNull(accessExportRequests.contactId))).toEqual([]);
    const asked = await h.call(REQUEST, { input: { subject: { contactId: ours } } }, admin);
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.requestSubjectAccessExport).toMatchObject({
      status: "ASSEMBLING",
      contactId: ours,
      userId: null,
    });
  });
});
