/**
 * Documents through GraphQL: attachments on activities and signed
 * confidentiality declarations, stored in a real local object store; the
 * metadata rows in PostgreSQL.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createLocalStore } from "@meander/storage";
import { createEnvelope, generateMasterKey } from "@meander/crypto";
import { inScopedTransaction } from "@meander/db";
import { shredSubject } from "../src/application/subject-keys.js";
import { dataOf, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { documents } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { exifIfd0Tags, GPS_IFD_POINTER } from "./jpeg-exif.js";
import { arrangeWorld, register, type World } from "./world.js";

const storeRoot = mkdtempSync(join(tmpdir(), "activity-documents-"));
const store = createLocalStore({ root: storeRoot });
let h: SubgraphHarness;
let w: World;
const masterKey = generateMasterKey();

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { store, masterKey }));
  w = await arrangeWorld(h);
});

afterAll(async () => {
  await h?.stop();
  rmSync(storeRoot, { recursive: true, force: true });
});

const GPS_JPEG = readFileSync(new URL("./fixtures/gps.jpg", import.meta.url));
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const b64 = (b: Buffer) => b.toString("base64");
const MiB = 1024 * 1024;

const FIELDS = `id kind activityId category mentor { id } uploadedBy { id } fileName contentType sizeBytes sha256 width height declarationVersion`;
const ATTACH = `mutation($input: AttachDocumentInput!) { attachDocument(input: $input) { ${FIELDS} } }`;
const SIGN = `mutation($input: SignConfidentialityDeclarationInput!) { signConfidentialityDeclaration(input: $input) { ${FIELDS} } }`;
const DOCUMENT = `query($id: ID!) { document(id: $id) { id contentType contentBase64 } }`;

const attach = (as: ReturnType<World["as"]>, activityId: string, file: Buffer, extra: Record<string, unknown> = {}) =>
  h.call(
    ATTACH,
    { input: { activityId, fileName: "bilde.jpg", contentType: "image/jpeg", contentBase64: b64(file), ...extra } },
    as,
  );
const storedObjects = (): number => {
  try {
    return readdirSync(join(storeRoot, "objects"), { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
      .length;
  } catch {
    return 0;
  }
};
const rowsOf = (activityId: string) => h.db.select().from(documents).where(eq(documents.activityId, activityId));
const errorOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions;

describe("activity: attachments (issue #6 item 11)", () => {
  it("stores a photo without its GPS/EXIF metadata, and its mentor, coordinator and administrator download it", async () => {
    expect(exifIfd0Tags(GPS_JPEG)).toContain(GPS_IFD_POINTER); // the fixture really carries a location
    const activityId = await register(h, w.as(w.user.kari), {});
    const doc = dataOf(await attach(w.as(w.user.kari), activityId, GPS_JPEG, { category: "PHOTO" })).attachDocument;
    expect(doc).toMatchObject({
      kind: "ATTACHMENT",
      activityId,
      category: "PHOTO",
      mentor: { id: w.user.kari },
      uploadedBy: { id: w.user.kari },
      fileName: "bilde.jpg",
      contentType: "image/jpeg",
      width: 64,
      height: 48,
      declarationVersion: null,
    });
    for (const who of [w.user.kari, w.user.coord, w.user.admin]) {
      const got = dataOf(await h.call(DOCUMENT, { id: doc.id }, w.as(who))).document;
      const bytes = Buffer.from(got.contentBase64, "base64");
      expect(bytes.readUInt16BE(0)).toBe(0xffd8);
      expect(exifIfd0Tags(bytes)).toEqual([]);
      expect(bytes.length).toBe(doc.sizeBytes);
    }
    const [row] = await rowsOf(activityId);
    expect(row).toMatchObject({
      organizationId: w.org.a,
      mentorId: w.user.kari,
      localAssociationId: w.la.a1,
      kind: "attachment",
    });
    expect(row!.storageKey).toMatch(/^activity-documents\//);
    const listed = dataOf(
      await h.call(
        `query($id: ID!) { activity(id: $id) { documents { id } } }`,
        { id: activityId },
        w.as(w.user.coord),
      ),
    );
    expect(listed.activity.documents).toEqual([{ id: doc.id }]);
  });

  it("refuses a forged content type and a file that is no allowed type, and stores nothing (no row, no object)", async () => {
    const activityId = await register(h, w.as(w.user.kari), {});
    const before = storedObjects();
    const forged = await attach(w.as(w.user.kari), activityId, PDF, {
      fileName: "bilde.jpg",
      contentType: "image/jpeg",
    });
    expect(errorOf(forged)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "upload_type_mismatch",
      field: "contentBase64",
    });
    const text = await attach(w.as(w.user.kari), activityId, Buffer.from("<script>alert(1)</script>"), {
      contentType: "image/png",
    });
    expect(errorOf(text)).toMatchObject({ code: "BAD_USER_INPUT", rule: "upload_type_not_allowed" });
    const notBase64 = await h.call(
      ATTACH,
      { input: { activityId, fileName: "x.pdf", contentBase64: "%%%" } },
      w.as(w.user.kari),
    );
    expect(errorOf(notBase64)).toMatchObject({ code: "BAD_USER_INPUT", rule: "upload_encoding" });
    expect(await rowsOf(activityId)).toEqual([]);
    expect(storedObjects()).toBe(before);
  });

  it("refuses files over storage's limits (upload_too_large: 20 MiB attachments, 10 MiB declarations) and takes a declaration exactly at its limit", async () => {
    const activityId = await register(h, w.as(w.user.kari), {});
    const before = storedObjects();
    const pdfOf = (size: number) => Buffer.concat([PDF, Buffer.alloc(size - PDF.length, 0x20)]);
    const over = await attach(w.as(w.user.kari), activityId, pdfOf(20 * MiB + 1), {
      fileName: "stor.pdf",
      contentType: "application/pdf",
    });
    expect(errorOf(over)).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      rule: "upload_too_large",
      field: "contentBase64",
      limit: 20 * MiB,
    });
    const declarationOver = await h.call(
      SIGN,
      { input: { declarationVersion: "big", fileName: "d.pdf", contentBase64: b64(pdfOf(10 * MiB + 1)) } },
      w.as(w.user.kari),
    );
    expect(errorOf(declarationOver)).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      rule: "upload_too_large",
      field: "contentBase64",
      limit: 10 * MiB,
    });
    expect(await rowsOf(activityId)).toEqual([]);
    expect(storedObjects()).toBe(before);
    // 10 MiB travels as about 14 MB of base64: the subgraph's body limit follows the policy, not the kit's 1 MB default.
    const at = dataOf(
      await attach(w.as(w.user.kari), activityId, pdfOf(10 * MiB), {
        fileName: "akkurat.pdf",
        contentType: "application/pdf",
      }),
    );
    expect(at.attachDocument).toMatchObject({ contentType: "application/pdf", sizeBytes: 10 * MiB });
    const declarationAt = dataOf(
      await h.call(
        SIGN,
        { input: { declarationVersion: "big", fileName: "d.pdf", contentBase64: b64(pdfOf(10 * MiB)) } },
        w.as(w.user.ola),
      ),
    );
    expect(declarationAt.signConfidentialityDeclaration.sizeBytes).toBe(10 * MiB);
    expect(storedObjects()).toBe(before + 2);
  });

  it("answers NOT_FOUND to another mentor and another organization, and hides the document from them", async () => {
    const activityId = await register(h, w.as(w.user.kari), {});
    const doc = dataOf(
      await attach(w.as(w.user.kari), activityId, PDF, {
        fileName: "invitasjon.pdf",
        contentType: "application/pdf",
        category: "INVITATION",
      }),
    ).attachDocument;
    for (const who of [w.user.ola, w.user.nina, w.user.coordB]) {
      expect(errorOf(await attach(w.as(who), activityId, PDF, { contentType: "application/pdf" }))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(dataOf(await h.call(DOCUMENT, { id: doc.id }, w.as(who))).document).toBeNull();
    }
    expect(await rowsOf(activityId)).toHaveLength(1);
  });

  it("lets the proxy coordinator and administrators attach; approved activities still take attachments, rejected ones do not", async () => {
    const proxied = await register(h, w.as(w.user.coord), { userId: w.user.ola, isProxyRegistration: true });
    const byCoord = dataOf(
      await attach(w.as(w.user.coord), proxied, PDF, { contentType: "application/pdf" }),
    ).attachDocument;
    expect(byCoord).toMatchObject({ mentor: { id: w.user.ola }, uploadedBy: { id: w.user.coord } });
    expect(
      dataOf(await attach(w.as(w.user.admin), proxied, PDF, { contentType: "application/pdf" })).attachDocument
        .uploadedBy,
    ).toEqual({ id: w.user.admin });

    const approved = await register(h, w.as(w.user.kari), {});
    dataOf(
      await h.call(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id: approved }, w.as(w.user.coord)),
    );
    expect(
      dataOf(await attach(w.as(w.user.kari), approved, PDF, { contentType: "application/pdf" })).attachDocument
        .activityId,
    ).toBe(approved);

    const rejected = await register(h, w.as(w.user.kari), {});
    dataOf(
      await h.call(
        `mutation($id: ID!) { rejectActivity(id: $id, reason: "Feil") { id } }`,
        { id: rejected },
        w.as(w.user.coord),
      ),
    );
    const refused = await attach(w.as(w.user.kari), rejected, PDF, { contentType: "application/pdf" });
    expect(errorOf(refused)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "attachment_activity_status",
      field: "activityId",
    });
    expect(await rowsOf(rejected)).toEqual([]);
  });

  it("stores only ciphertext under the subject's key (issue 24 item 1); shredding the subject leaves the download null", async () => {
    const activityId = await register(h, w.as(w.user.ola), {}); // no contact: the file is about its mentor
    const doc = dataOf(
      await attach(w.as(w.user.ola), activityId, PDF, { contentType: "application/pdf", fileName: "invitasjon.pdf" }),
    ).attachDocument;
    const [row] = await rowsOf(activityId);
    const object = await store.get(w.org.a, row!.storageKey);
    expect(object!.bytes.subarray(0, 6).toString("latin1")).toBe("menc2.");
    expect(object!.bytes.includes(Buffer.from("%PDF"))).toBe(false);
    expect(
      Buffer.from(dataOf(await h.call(DOCUMENT, { id: doc.id }, w.as(w.user.ola))).document.contentBase64, "base64"),
    ).toEqual(PDF);
    await inScopedTransaction(h.database.app.db, { kind: "platform" }, (tx) =>
      shredSubject(tx, createEnvelope({ masterKey }), w.org.a, w.user.ola),
    );
    const after = await h.call(DOCUMENT, { id: doc.id }, w.as(w.user.coord));
    expect(after.errors).toBeUndefined();
    expect(after.data!.document).toMatchObject({ id: doc.id, contentType: "application/pdf", contentBase64: null });
  });

  it("refuses an empty or overlong file name (file_name_length)", async () => {
    const activityId = await register(h, w.as(w.user.kari), {});
    for (const fileName of ["   ", "x".repeat(201)]) {
      expect(errorOf(await attach(w.as(w.user.kari), activityId, PDF, { fileName }))).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "file_name_length",
        field: "fileName",
      });
    }
    expect(await rowsOf(activityId)).toEqual([]);
  });
});

describe("activity: confidentiality declarations", () => {
  const sign = (as: ReturnType<World["as"]>, input: Record<string, unknown>) =>
    h.call(
      SIGN,
      {
        input: {
          fileName: "taushetserklaering.pdf",
          contentType: "application/pdf",
          contentBase64: b64(PDF),
          ...input,
        },
      },
      as,
    );
  const declarationsOf = (userId: string) =>
    h.db
      .select()
      .from(documents)
      .where(eq(documents.mentorId, userId))
      .then((rows) => rows.filter((r) => r.kind === "confidentiality_declaration"));

  it("is signed once per mentor, organization and version (declaration_once_per_version); a new version is signed again", async () => {
    const first = dataOf(await sign(w.as(w.user.kari), { declarationVersion: "2026" })).signConfidentialityDeclaration;
    expect(first).toMatchObject({
      kind: "CONFIDENTIALITY_DECLARATION",
      activityId: null,
      mentor: { id: w.user.kari },
      declarationVersion: "2026",
    });
    const before = storedObjects();
    const again = await sign(w.as(w.user.kari), { declarationVersion: " 2026 " });
    expect(errorOf(again)).toMatchObject({
      code: "CONFLICT",
      rule: "declaration_once_per_version",
      field: "declarationVersion",
    });
    const byCoordinator = await sign(w.as(w.user.coord), { userId: w.user.kari, declarationVersion: "2026" });
    expect(errorOf(byCoordinator)).toMatchObject({ code: "CONFLICT", rule: "declaration_once_per_version" });
    expect(storedObjects()).toBe(before);
    expect(await declarationsOf(w.user.kari)).toHaveLength(1);

    const next = dataOf(
      await sign(w.as(w.user.coord), { userId: w.user.kari, declarationVersion: "2027" }),
    ).signConfidentialityDeclaration;
    expect(next).toMatchObject({
      mentor: { id: w.user.kari },
      uploadedBy: { id: w.user.coord },
      declarationVersion: "2027",
    });
    const listed = dataOf(
      await h.call(
        `query($u: ID) { confidentialityDeclarations(userId: $u) { declarationVersion } }`,
        { u: w.user.kari },
        w.as(w.user.kari),
      ),
    );
    expect(listed.confidentialityDeclarations).toEqual([
      { declarationVersion: "2026" },
      { declarationVersion: "2027" },
    ]);
  });

  it("holds under concurrency: of two signings of one version at once, exactly one is stored", async () => {
    const results = await Promise.all([1, 2].map(() => sign(w.as(w.user.per), { declarationVersion: "v1" })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(errorOf(results.find((r) => r.errors)!)).toMatchObject({
      code: "CONFLICT",
      rule: "declaration_once_per_version",
    });
    expect(await declarationsOf(w.user.per)).toHaveLength(1);
  });

  it("keeps declarations to the mentor's scope (declaration_signer_scope, valid_user_reference) and hides them from other organizations", async () => {
    expect(errorOf(await sign(w.as(w.user.ola), { userId: w.user.kari, declarationVersion: "x1" }))).toMatchObject({
      code: "FORBIDDEN",
      rule: "declaration_signer_scope",
    });
    expect(errorOf(await sign(w.as(w.user.coord), { userId: w.user.per, declarationVersion: "x1" }))).toMatchObject({
      code: "FORBIDDEN",
      rule: "declaration_signer_scope",
    });
    expect(errorOf(await sign(w.as(w.user.coord), { userId: w.user.nina, declarationVersion: "x1" }))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "valid_user_reference",
      field: "userId",
    });
    expect(errorOf(await sign(w.as(w.user.kari), { declarationVersion: "../etc" }))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "declaration_version_format",
    });
    const img = await sign(w.as(w.user.kari), {
      declarationVersion: "x1",
      contentType: "image/webp",
      contentBase64: b64(GPS_JPEG),
    });
    expect(errorOf(img)).toMatchObject({ code: "BAD_USER_INPUT", rule: "upload_type_mismatch" });
    expect((await declarationsOf(w.user.kari)).filter((d) => d.declarationVersion === "x1")).toEqual([]);

    const byAdmin = dataOf(
      await sign(w.as(w.user.admin), { userId: w.user.per, declarationVersion: "x1" }),
    ).signConfidentialityDeclaration;
    expect(dataOf(await h.call(DOCUMENT, { id: byAdmin.id }, w.as(w.user.per))).document.contentBase64).toBe(b64(PDF));
    for (const who of [w.user.coordB, w.user.nina, w.user.kari]) {
      expect(dataOf(await h.call(DOCUMENT, { id: byAdmin.id }, w.as(who))).document).toBeNull();
      const seen = dataOf(
        await h.call(`{ confidentialityDeclarations { mentor { id } } }`, {}, w.as(who)),
      ).confidentialityDeclarations;
      expect(seen.map((d: { mentor: { id: string } }) => d.mentor.id)).not.toContain(w.user.per);
    }
  });
});
