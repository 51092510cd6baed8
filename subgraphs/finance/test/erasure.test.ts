/**
 * finance's part of an erasure (issue 24 review, item 2): receipts are stored plain, so an erased user's receipt
 * files are deleted, except those of a reimbursement already exported to accounting (primary documentation the
 * bookkeeping act keeps); every receipt that may name the person (theirs, or of an activity with an erased
 * contact) gets a neutral file name. Other people's receipts stay as they were.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { createLocalStore } from "@meander/storage";
import { columnsHolding, dataOf, makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { activities, arrange, as, ids, laA, orgA, registered, SUBMIT } from "./arrange.js";

const storeRoot = mkdtempSync(join(tmpdir(), "finance-erasure-"));
let h: SubgraphHarness;
type Who = (typeof as)[keyof typeof as];

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const UPLOAD = `mutation($input: UploadReceiptInput!) { uploadReceipt(input: $input) { id } }`;
const RECEIPTS = `query($id: ID!) { expense(id: $id) { receipts { fileName contentBase64 } } }`;

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { store: createLocalStore({ root: storeRoot }) }));
  await arrange(h);
  dataOf(
    await h.call(
      `mutation($input: ConfigureExpenseTypeInput!) { configureExpenseType(input: $input) { key } }`,
      { input: { key: "parking", name: "Parkering", maxAmountOre: 50_000, autoApproveMaxOre: 10_000 } },
      as.admin,
    ),
  );
  const accounting = {
    system: "xledger",
    enabled: true,
    entityCode: "1001",
    credentialsConfigured: true,
    credentialsSetAt: null,
    accountMapping: [
      { expenseTypeKey: "parking", account: "7150", costCenter: null },
      { expenseTypeKey: "payable", account: "2930", costCenter: null },
    ],
  };
  await h.bus.publish([
    makeEvent(
      "organization.settings.changed",
      { organizationId: orgA, version: 2, section: "accounting_integration", values: accounting },
      { organizationId: orgA, aggregateId: orgA },
    ),
    makeEvent(
      "identity.profile.changed",
      { userId: ids.kari, profile: { email: "kari@example.no", displayName: "Kari Nordmann" } },
      { aggregateId: ids.kari },
    ),
  ]);
  await h.bus.idle();
  dataOf(
    await h.call(
      `mutation($u: ID!, $r: String!) { setAccountingReference(userId: $u, reference: $r) { reference } }`,
      { u: ids.kari, r: "A-1001" },
      as.admin,
    ),
  );
});
afterAll(async () => {
  await h?.stop();
  rmSync(storeRoot, { recursive: true, force: true });
});

/** An approved parking claim on the activity with a receipt named `fileName`; its id. */
async function claim(who: Who, activityId: string, amountOre: number, fileName: string): Promise<string> {
  const { id } = dataOf(
    await h.call(SUBMIT, { input: { activityId, expenseTypeKey: "parking", amountOre } }, who),
  ).submitExpense;
  dataOf(
    await h.call(
      UPLOAD,
      { input: { expenseId: id, fileName, contentType: "application/pdf", contentBase64: PDF.toString("base64") } },
      who,
    ),
  );
  return id;
}
const receipts = async (expenseId: string) =>
  dataOf(await h.call(RECEIPTS, { id: expenseId }, as.admin)).expense.receipts;

async function erase(subjectType: "user" | "contact", subjectId: string): Promise<void> {
  const requestId = randomUUID();
  await h.bus.publish([
    makeEvent(
      "privacy.erasure.requested",
      { requestId, subjectType, subjectId },
      { organizationId: orgA, aggregateId: requestId },
    ),
  ]);
  await expect
    .poll(
      async () =>
        (
          await queryRows(
            h.db,
            sql`select 1 from finance.outbox where type = 'privacy.erasure.completed' and aggregate_id = ${requestId}`,
          )
        ).length,
    )
    .toBe(1);
}

describe("finance: an erasure and the receipts", () => {
  it("a user: their receipt files go and are renamed, an exported reimbursement's receipt keeps its file; a colleague's stay", async () => {
    const exported = await claim(as.kari, activities.kari, 4_000, "Kari Nordmann parkering mars.pdf");
    expect(
      dataOf(await h.call(`mutation { createReimbursement { status } }`, {}, as.kari)).createReimbursement.status,
    ).toBe("APPROVED");
    expect(
      dataOf(await h.call(`mutation { createAccountingExport(system: XLEDGER) { reimbursementCount } }`, {}, as.admin))
        .createAccountingExport.reimbursementCount,
    ).toBe(1);
    const open = await claim(as.kari, activities.kari2, 3_000, "Kari Nordmann parkering april.pdf");
    const colleague = await claim(as.ola, activities.ola, 2_000, "Ola Åsen parkering.pdf");
    const content = PDF.toString("base64");

    await erase("user", ids.kari);
    expect(await receipts(exported)).toEqual([{ fileName: "slettet-kvittering.pdf", contentBase64: content }]);
    expect(await receipts(open)).toEqual([{ fileName: "slettet-kvittering.pdf", contentBase64: null }]);
    expect(await receipts(colleague)).toEqual([{ fileName: "Ola Åsen parkering.pdf", contentBase64: content }]);
    expect((await columnsHolding(h, "Kari Nordmann parkering")).hits).toEqual([]);
  });

  it("a contact: the receipts of activities with them are renamed, the files (the mentor's expense) stay", async () => {
    const [contactId, activityId] = [randomUUID(), randomUUID()];
    const event = registered(activityId, ids.ola, orgA, laA);
    await h.bus.publish([{ ...event, payload: { ...event.payload, contactId } }]);
    await h.bus.idle();
    const expense = await claim(as.ola, activityId, 1_500, "Besøk hos Gunnar Kontaktsen.pdf");
    await erase("contact", contactId);
    expect(await receipts(expense)).toEqual([
      { fileName: "slettet-kvittering.pdf", contentBase64: PDF.toString("base64") },
    ]);
    expect((await columnsHolding(h, "Gunnar Kontaktsen")).hits).toEqual([]);
  });
});
