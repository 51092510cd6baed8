/**
 * Stored files in an erasure (issue 24 review, item 2): files written without per-subject encryption (no master key
 * here, as before issue 24) are plain, so shredding a key cannot make them unreadable: the erasure deletes the
 * objects about the subject and replaces file names that may name them. Other people's files stay as they were.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createLocalStore } from "@meander/storage";
import { columnsHolding, dataOf, makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { rows } from "./sensitive-helpers.js";
import { arrangeWorld, daysAgo, register, type World } from "./world.js";

const storeRoot = mkdtempSync(join(tmpdir(), "activity-erasure-files-"));
let h: SubgraphHarness;
let w: World;

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { store: createLocalStore({ root: storeRoot }) }));
  w = await arrangeWorld(h);
});
afterAll(async () => {
  await h?.stop();
  rmSync(storeRoot, { recursive: true, force: true });
});

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const DOCUMENT = `query($id: ID!) { document(id: $id) { fileName contentBase64 } }`;
const ATTACH = `mutation($input: AttachDocumentInput!) { attachDocument(input: $input) { id } }`;
const SIGN = `mutation($input: SignConfidentialityDeclarationInput!) { signConfidentialityDeclaration(input: $input) { id } }`;
const file = (fileName: string) => ({
  fileName,
  contentType: "application/pdf",
  contentBase64: PDF.toString("base64"),
});
const plainObjects = () =>
  readdirSync(join(storeRoot, "objects"), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .filter((d) => readFileSync(join(d.parentPath, d.name)).subarray(0, 5).toString("latin1") === "%PDF-").length;

async function erase(subjectType: "user" | "contact", subjectId: string): Promise<void> {
  const requestId = randomUUID();
  await h.bus.publish([
    makeEvent(
      "privacy.erasure.requested",
      { requestId, subjectType, subjectId },
      { organizationId: w.org.a, aggregateId: requestId },
    ),
  ]);
  await expect
    .poll(
      async () =>
        (
          await rows(
            h,
            sql`select 1 from activity.outbox where type = 'privacy.erasure.completed' and aggregate_id = ${requestId}`,
          )
        ).length,
    )
    .toBe(1);
}

describe("activity: an erasure deletes the plain files about the person and the file names that may name them", () => {
  it("a contact: their activity's attachment is gone and renamed; another contact's attachment stays", async () => {
    const attach = async (who: string, contactId: string, fileName: string) => {
      const activityId = await register(h, w.as(who), { contactId, activityDate: daysAgo(1), durationMinutes: 30 });
      return dataOf(await h.call(ATTACH, { input: { activityId, category: "PDF", ...file(fileName) } }, w.as(who)))
        .attachDocument.id as string;
    };
    const erased = await attach(w.user.kari, w.contact.a1.id, "Astrid Berg henvisning.pdf");
    const kept = await attach(w.user.per, w.contact.a2.id, "Bjørn Dahl plan.pdf");
    const before = plainObjects();
    expect(dataOf(await h.call(DOCUMENT, { id: erased }, w.as(w.user.coord))).document.contentBase64).toBe(
      PDF.toString("base64"),
    );

    await erase("contact", w.contact.a1.id);
    expect(dataOf(await h.call(DOCUMENT, { id: erased }, w.as(w.user.coord))).document).toEqual({
      fileName: "slettet-dokument.pdf",
      contentBase64: null,
    });
    expect(dataOf(await h.call(DOCUMENT, { id: kept }, w.as(w.user.admin))).document).toEqual({
      fileName: "Bjørn Dahl plan.pdf",
      contentBase64: PDF.toString("base64"),
    });
    expect(plainObjects()).toBe(before - 1);
    expect((await columnsHolding(h, "Astrid Berg henvisning")).hits).toEqual([]);
  });

  it("a user: their declaration and their attachment without a contact are gone and renamed; a colleague's stay", async () => {
    const declaration = dataOf(
      await h.call(
        SIGN,
        { input: { declarationVersion: "2026", ...file("Ola Nordmann taushetserklæring.pdf") } },
        w.as(w.user.ola),
      ),
    ).signConfidentialityDeclaration.id as string;
    const activityId = await register(h, w.as(w.user.ola), { activityDate: daysAgo(1), durationMinutes: 30 });
    const own = dataOf(
      await h.call(
        ATTACH,
        { input: { activityId, category: "PDF", ...file("Ola Nordmann kurs.pdf") } },
        w.as(w.user.ola),
      ),
    ).attachDocument.id as string;
    const colleague = dataOf(
      await h.call(
        SIGN,
        { input: { declarationVersion: "2026", ...file("Kari taushetserklæring.pdf") } },
        w.as(w.user.kari),
      ),
    ).signConfidentialityDeclaration.id as string;
    const before = plainObjects();

    await erase("user", w.user.ola);
    for (const id of [declaration, own]) {
      expect(dataOf(await h.call(DOCUMENT, { id }, w.as(w.user.admin))).document).toEqual({
        fileName: "slettet-dokument.pdf",
        contentBase64: null,
      });
    }
    expect(dataOf(await h.call(DOCUMENT, { id: colleague }, w.as(w.user.admin))).document).toEqual({
      fileName: "Kari taushetserklæring.pdf",
      contentBase64: PDF.toString("base64"),
    });
    expect(plainObjects()).toBe(before - 2);
    expect((await columnsHolding(h, "Ola Nordmann")).hits).toEqual([]);
  });
});
