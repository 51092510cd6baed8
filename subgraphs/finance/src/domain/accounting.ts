/**
 * Accounting export files (pure): a balanced journal per reimbursement, one
 * debit line per expense on the expense type's account (and cost centre) and
 * one credit line for the whole reimbursement on the payable-to-mentors
 * account. Amounts are formatted from integer øre without floating point.
 * Formats: Xledger GL02-style semicolon file, Microsoft Dynamics 365 Finance
 * "General journal" data entity CSV (see the README for what is confirmed).
 */

export type AccountingSystem = "xledger" | "dynamics";

export interface AccountMapping {
  expenseTypeKey: string;
  account: string;
  costCenter: string | null;
}

export interface ExportExpense {
  expenseId: string;
  expenseTypeKey: string;
  amountOre: number;
  description: string | null;
}

export interface ExportReimbursement {
  reimbursementId: string;
  userId: string;
  expenses: ExportExpense[];
}

export interface ExportBatch {
  exportId: string;
  system: AccountingSystem;
  /** The export's posting date, YYYY-MM-DD (Norwegian calendar day). */
  postingDate: string;
  mapping: readonly AccountMapping[];
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

/** The account and cost centre for an expense type: the organization's mapping, else the default. */
export function accountFor(key: string, mapping: readonly AccountMapping[]): { account: string; costCenter: string | null } {
  const m = mapping.find((x) => x.expenseTypeKey === key);
  if (m) return { account: m.account, costCenter: m.costCenter };
  return { account: key === "mileage" ? DEFAULT_ACCOUNTS.mileage : DEFAULT_ACCOUNTS.other, costCenter: null };
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

/** Free text (a mentor's description) that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const text = (e: ExportExpense) => defuse((e.description ? `${e.expenseTypeKey}: ${e.description}` : e.expenseTypeKey).replace(/\s+/g, " ").slice(0, 60));

export const XLEDGER_COLUMNS = [
  "ImpSystem", "ImpSystemRef", "Entity", "VoucherType", "VoucherNo", "FiscalYear", "Period", "VoucherDate",
  "Account", "Department", "Text", "Amount", "Currency", "ExtIdentifier",
] as const;

export const DYNAMICS_COLUMNS = [
  "JOURNALBATCHNUMBER", "LINENUMBER", "JOURNALNAME", "DESCRIPTION", "ACCOUNTTYPE", "ACCOUNTDISPLAYVALUE",
  "DEBITAMOUNT", "CREDITAMOUNT", "CURRENCYCODE", "TRANSDATE", "TEXT", "VOUCHER",
] as const;

interface JournalLine {
  voucher: number;
  account: string;
  costCenter: string | null;
  /** Positive: debit; negative: credit. */
  amountOre: number;
  text: string;
  ref: string;
}

function journal(batch: ExportBatch): JournalLine[] {
  const lines: JournalLine[] = [];
  batch.reimbursements.forEach((r, i) => {
    const voucher = i + 1;
    let sum = 0;
    for (const e of r.expenses) {
      const { account, costCenter } = accountFor(e.expenseTypeKey, batch.mapping);
      lines.push({ voucher, account, costCenter, amountOre: e.amountOre, text: text(e), ref: e.expenseId });
      sum += e.amountOre;
    }
    lines.push({ voucher, account: payableAccount(batch.mapping), costCenter: null, amountOre: -sum, text: `Refusjon ${r.userId}`, ref: r.reimbursementId });
  });
  return lines;
}

/** Renders the batch as the system's journal import file. */
export function renderExport(batch: ExportBatch): ExportFile {
  const lines = journal(batch);
  const totalOre = lines.filter((l) => l.amountOre > 0).reduce((s, l) => s + l.amountOre, 0);
  const [year, month, day] = batch.postingDate.split("-") as [string, string, string];
  const short = batch.exportId.slice(0, 8);
  if (batch.system === "xledger") {
    const sep = ";";
    const rows = lines.map((l) =>
      [
        "GL02", "Meander", "", "MEANDER", String(l.voucher), year, String(Number(month)), `${year}${month}${day}`,
        l.account, l.costCenter ?? "", l.text, formatOre(l.amountOre), CURRENCY, l.ref,
      ].map((v) => csvField(v, sep)).join(sep),
    );
    return { fileName: `meander-xledger-${batch.postingDate}-${short}.csv`, contentType: "text/csv; charset=utf-8", content: [XLEDGER_COLUMNS.join(sep), ...rows].join("\r\n") + "\r\n", lineCount: lines.length, totalOre };
  }
  const sep = ",";
  const rows = lines.map((l, i) =>
    [
      `MEANDER-${short}`, String(i + 1), "GenJrn", `Meander refusjoner ${batch.postingDate}`, "Ledger",
      l.costCenter ? `${l.account}-${l.costCenter}` : l.account,
      l.amountOre > 0 ? formatOre(l.amountOre) : "0.00", l.amountOre < 0 ? formatOre(-l.amountOre) : "0.00",
      CURRENCY, batch.postingDate, l.text, `${short}-${l.voucher}`,
    ].map((v) => csvField(v, sep)).join(sep),
  );
  return { fileName: `meander-dynamics-${batch.postingDate}-${short}.csv`, contentType: "text/csv; charset=utf-8", content: [DYNAMICS_COLUMNS.join(sep), ...rows].join("\r\n") + "\r\n", lineCount: lines.length, totalOre };
}
