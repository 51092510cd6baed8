/**
 * Accounting export files (pure): a balanced journal per reimbursement, one debit line per expense on the expense
 * type's account (with its department and project dimensions and VAT code) and one credit line for the whole
 * reimbursement to the payee, named and numbered as the accounting system knows them. Amounts are formatted from
 * integer øre without floating point. Formats (README "6. Accounting export" gives each column's source):
 * Xledger's GL02b voucher import (semicolon CSV) and the Microsoft Dynamics 365 Finance "General journal" data
 * entity (LedgerJournalEntity, CSV through Data management).
 */
import type { AccountMapping } from "@meander/validation";

export type AccountingSystem = "xledger" | "dynamics";

export interface ExportExpense {
  expenseId: string;
  expenseTypeKey: string;
  /** The organization's name for the type (Norwegian as the organization wrote it), e.g. "Kilometergodtgjørelse". */
  expenseTypeName: string;
  amountOre: number;
  description: string | null;
}

/** Who is paid: their name and the number the accounting system knows them by (employee or supplier number). */
export interface Payee {
  name: string;
  reference: string;
}

export interface ExportReimbursement {
  reimbursementId: string;
  userId: string;
  payee: Payee;
  expenses: ExportExpense[];
}

export interface ExportBatch {
  system: AccountingSystem;
  /** The export's posting date, YYYY-MM-DD (Norwegian calendar day). */
  postingDate: string;
  mapping: readonly AccountMapping[];
  /** Xledger entity code / Dynamics legal entity; an Xledger file needs one. */
  entityCode: string | null;
  /** The organization's voucher number of the first reimbursement; the next ones follow without a gap. */
  firstVoucher: number;
  reimbursements: readonly ExportReimbursement[];
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: string;
  lineCount: number;
  /** Sum of every expense, in øre: equals the debit total and the credit total of the file. */
  totalOre: number;
}

/** Norwegian standard chart of accounts (NS 4102): used when the organization has configured no mapping. */
export const DEFAULT_ACCOUNTS = { mileage: "7100", other: "7140", payable: "2910" } as const;
export const CURRENCY = "NOK";
/** Xledger voucher type (at most 8 characters) and Dynamics journal name (at most 10) the files are written with. */
export const XLEDGER_VOUCHER_TYPE = "MEANDER";
export const DYNAMICS_JOURNAL_NAME = "GenJrn";
/** Line texts: Dynamics' LedgerJournalTransTxt holds 60 characters; Xledger's files get the same. */
export const TEXT_MAX = 60;
/** The largest voucher number Xledger's VoucherNo column takes (8 digits). */
export const MAX_VOUCHER = 99_999_999;

/** The account, dimensions and VAT code for an expense type: the organization's mapping, else the default account. */
export function accountFor(
  key: string,
  mapping: readonly AccountMapping[],
): Required<Omit<AccountMapping, "expenseTypeKey">> {
  const m = mapping.find((x) => x.expenseTypeKey === key);
  if (m)
    return { account: m.account, costCenter: m.costCenter, project: m.project ?? null, vatCode: m.vatCode ?? null };
  return {
    account: key === "mileage" ? DEFAULT_ACCOUNTS.mileage : DEFAULT_ACCOUNTS.other,
    costCenter: null,
    project: null,
    vatCode: null,
  };
}

/** The payable account: the mapping's entry for the key `payable`, else 2910. */
export function payableAccount(mapping: readonly AccountMapping[]): string {
  return mapping.find((x) => x.expenseTypeKey === "payable")?.account ?? DEFAULT_ACCOUNTS.payable;
}

/** 12345 øre → "123.45"; -5 → "-0.05". Integer arithmetic only. */
export function formatOre(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new Error(`not a whole number of øre: ${ore}`);
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "123.45" → 12345 (the inverse of formatOre, for reading files back). */
export function parseOre(text: string): number {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!m) throw new Error(`not an amount: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

/** One CSV field: quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Free text that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A line text a person reads: one line, at most TEXT_MAX characters, never a formula. */
export function lineText(value: string): string {
  return defuse(value.replace(/\s+/g, " ").trim()).slice(0, TEXT_MAX);
}

/** "Kilometergodtgjørelse: Tur til Voss" (the type's name, then the mentor's description). */
const expenseText = (e: ExportExpense) =>
  lineText(e.description ? `${e.expenseTypeName}: ${e.description}` : e.expenseTypeName);

/**
 * Xledger GL02b voucher import, in file order. Columns 1 to 6 as Milient's "Format GL02b" page, the rest in the order
 * of HospitalRun's Xledger GL02 export (README "6. Accounting export" says what is confirmed).
 */
export const XLEDGER_COLUMNS = [
  "ImpSystem",
  "ImpSystemRef",
  "Entity",
  "VoucherType",
  "VoucherNo",
  "FiscalYear",
  "PeriodNo",
  "VoucherDate",
  "Account",
  "AccountLedger",
  "Posting1",
  "Posting2",
  "XGL",
  "SubledgerNo",
  "SubledgerName",
  "InvoiceDate",
  "InvoiceNo",
  "XIdentifier",
  "DueDate",
  "BankAccount",
  "PaymentTerms",
  "Text",
  "TaxRule",
  "Currency",
  "CurrencyAmount",
  "Amount",
  "UpdateSubledger",
  "SubledgerGroup",
  "CompanyNo",
  "StreetAddressL1",
  "StreetAddressL2",
  "ZipCode",
  "Place",
  "State",
  "Country",
  "BillingStreetAddressL1",
  "BillingStreetAddressL2",
  "BillingZipCode",
  "BillingPlace",
  "BillingState",
  "BillingCountry",
  "Phone",
  "Email",
  "YourRef",
  "Dummy1",
  "Dummy2",
  "Dummy3",
  "Dummy4",
  "Dummy5",
  "EOL",
] as const;

/** Dynamics 365 Finance "General journal" data entity (LedgerJournalEntity) fields, in file order. */
export const DYNAMICS_COLUMNS = [
  "JOURNALBATCHNUMBER",
  "LINENUMBER",
  "JOURNALNAME",
  "DESCRIPTION",
  "ACCOUNTTYPE",
  "ACCOUNTDISPLAYVALUE",
  "DEFAULTDIMENSIONDISPLAYVALUE",
  "DEBITAMOUNT",
  "CREDITAMOUNT",
  "CURRENCYCODE",
  "TRANSDATE",
  "TEXT",
  "VOUCHER",
  "ITEMSALESTAXGROUP",
] as const;

interface JournalLine {
  voucher: number;
  account: string;
  department: string | null;
  project: string | null;
  vatCode: string | null;
  /** Positive: debit; negative: credit. */
  amountOre: number;
  text: string;
  /** On the credit line: who is paid. */
  payee: Payee | null;
}

function journal(batch: ExportBatch): JournalLine[] {
  const lines: JournalLine[] = [];
  batch.reimbursements.forEach((r, i) => {
    const voucher = batch.firstVoucher + i;
    let sum = 0;
    for (const e of r.expenses) {
      const a = accountFor(e.expenseTypeKey, batch.mapping);
      lines.push({
        voucher,
        account: a.account,
        department: a.costCenter,
        project: a.project,
        vatCode: a.vatCode,
        amountOre: e.amountOre,
        text: expenseText(e),
        payee: null,
      });
      sum += e.amountOre;
    }
    const text = lineText(`Refusjon ${r.payee.name}`);
    lines.push({
      voucher,
      account: payableAccount(batch.mapping),
      department: null,
      project: null,
      vatCode: null,
      amountOre: -sum,
      text,
      payee: r.payee,
    });
  });
  return lines;
}

const row = (values: readonly string[], sep: string) => values.map((v) => csvField(v, sep)).join(sep);

function xledgerRow(l: JournalLine, batch: ExportBatch): string[] {
  const [year, month, day] = batch.postingDate.split("-") as [string, string, string];
  const values: Partial<Record<(typeof XLEDGER_COLUMNS)[number], string>> = {
    ImpSystem: "GL02b",
    ImpSystemRef: "Meander",
    Entity: batch.entityCode ?? "",
    VoucherType: XLEDGER_VOUCHER_TYPE,
    VoucherNo: String(l.voucher),
    FiscalYear: year,
    PeriodNo: String(Number(month)),
    VoucherDate: `${year}${month}${day}`,
    Account: l.account,
    Posting1: l.department ?? "",
    Posting2: l.project ?? "",
    SubledgerNo: l.payee?.reference ?? "",
    SubledgerName: l.payee ? lineText(l.payee.name) : "",
    Text: l.text,
    TaxRule: l.vatCode ?? "",
    Currency: CURRENCY,
    Amount: formatOre(l.amountOre),
    EOL: "x",
  };
  return XLEDGER_COLUMNS.map((c) => values[c] ?? "");
}

function dynamicsRow(l: JournalLine, index: number, batch: ExportBatch): string[] {
  const dimensions = l.project ? `${l.department ?? ""}-${l.project}` : (l.department ?? "");
  const values: Record<(typeof DYNAMICS_COLUMNS)[number], string> = {
    JOURNALBATCHNUMBER: `MEA${String(batch.firstVoucher).padStart(7, "0")}`,
    LINENUMBER: String(index + 1),
    JOURNALNAME: DYNAMICS_JOURNAL_NAME,
    DESCRIPTION: `Meander refusjoner ${batch.postingDate}`,
    ACCOUNTTYPE: l.payee ? "Vendor" : "Ledger",
    ACCOUNTDISPLAYVALUE: l.payee ? l.payee.reference : l.account,
    DEFAULTDIMENSIONDISPLAYVALUE: dimensions,
    DEBITAMOUNT: l.amountOre > 0 ? formatOre(l.amountOre) : "0.00",
    CREDITAMOUNT: l.amountOre < 0 ? formatOre(-l.amountOre) : "0.00",
    CURRENCYCODE: CURRENCY,
    TRANSDATE: batch.postingDate,
    TEXT: l.text,
    VOUCHER: String(l.voucher),
    ITEMSALESTAXGROUP: l.vatCode ?? "",
  };
  return DYNAMICS_COLUMNS.map((c) => values[c]);
}

/** Renders the batch as the system's journal import file (UTF-8, CRLF line ends, a header row). */
export function renderExport(batch: ExportBatch): ExportFile {
  const lines = journal(batch);
  const totalOre = lines.filter((l) => l.amountOre > 0).reduce((s, l) => s + l.amountOre, 0);
  const last = batch.firstVoucher + batch.reimbursements.length - 1;
  const fileName = `meander-${batch.system}-${batch.postingDate}-bilag-${batch.firstVoucher}-${last}.csv`;
  const contentType = "text/csv; charset=utf-8";
  const sep = batch.system === "xledger" ? ";" : ",";
  const header = batch.system === "xledger" ? XLEDGER_COLUMNS : DYNAMICS_COLUMNS;
  const rows = lines.map((l, i) =>
    row(batch.system === "xledger" ? xledgerRow(l, batch) : dynamicsRow(l, i, batch), sep),
  );
  return {
    fileName,
    contentType,
    content: [header.join(sep), ...rows].join("\r\n") + "\r\n",
    lineCount: lines.length,
    totalOre,
  };
}
