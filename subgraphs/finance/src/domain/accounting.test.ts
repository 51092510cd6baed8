import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { checkAccountingReference, missingPayees } from "./payees.js";
import {
  accountFor,
  csvField,
  defuse,
  formatOre,
  parseOre,
  payableAccount,
  renderExport,
  type AccountingSystem,
  type ExportBatch,
} from "./accounting.js";

/** Two reimbursements of two people, numbered from voucher 41. */
function batch(system: AccountingSystem): ExportBatch {
  const e = (
    expenseId: string,
    expenseTypeKey: string,
    expenseTypeName: string,
    amountOre: number,
    description: string | null,
  ) => ({ expenseId, expenseTypeKey, expenseTypeName, amountOre, description });
  return {
    system,
    postingDate: "2026-11-23",
    mapping: [],
    entityCode: "1001",
    firstVoucher: 41,
    reimbursements: [
      {
        reimbursementId: "r1",
        userId: "u1",
        payee: { name: "Kari Nordmann", reference: "A-1001" },
        expenses: [e("e1", "mileage", "Kilometergodtgjørelse", 8_401, null), e("e2", "toll", "Bompenger", 99, "Bom")],
      },
      {
        reimbursementId: "r2",
        userId: "u2",
        payee: { name: "Ola Åsen", reference: "A-1002" },
        expenses: [e("e3", "parking", "Parkering", 1, null)],
      },
    ],
  };
}

describe("accounting export rules", () => {
  it("formats øre as kroner without floating point, and reads it back", () => {
    expect(formatOre(12_345)).toBe("123.45");
    expect(formatOre(5)).toBe("0.05");
    expect(formatOre(-100)).toBe("-1.00");
    expect(formatOre(2_147_483_647)).toBe("21474836.47");
    for (const n of [0, 1, 99, 100, 12_345, -7, 2_147_483_647]) expect(parseOre(formatOre(n))).toBe(n);
    expect(() => formatOre(1.5)).toThrow();
  });

  it("maps accounts from the organization's mapping, else the NS 4102 defaults", () => {
    const mapping = [{ expenseTypeKey: "parking", account: "7150", costCenter: "K1", vatCode: "0" }];
    expect(accountFor("parking", mapping)).toEqual({ account: "7150", costCenter: "K1", project: null, vatCode: "0" });
    expect(accountFor("mileage", mapping)).toEqual({ account: "7100", costCenter: null, project: null, vatCode: null });
    expect(accountFor("toll", [])).toEqual({ account: "7140", costCenter: null, project: null, vatCode: null });
    expect(payableAccount(mapping)).toBe("2910");
  });

  it("quotes CSV fields and defuses formula-like text", () => {
    expect(csvField('a "b"', ",")).toBe('"a ""b"""');
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField("a;b", ",")).toBe("a;b");
    expect(defuse("=1+1")).toBe("'=1+1");
    expect(defuse("parking")).toBe("parking");
  });

  it("renders balanced vouchers whose debit total is the sum of the items", () => {
    const file = renderExport(batch("xledger"));
    expect(file.totalOre).toBe(8_501);
    expect(file.lineCount).toBe(5);
    const amounts = file.content
      .trim()
      .split("\r\n")
      .slice(1)
      .map((l) => parseOre(l.split(";")[25]!));
    expect(amounts).toEqual([8_401, 99, -8_500, 1, -1]);
  });
});

/**
 * Field tables copied from the cited specifications (finance README, "6. Accounting export"): name, position, type and
 * longest value. `max: null`: the source gives no length. Types: text, int (digits), date8 (yyyymmdd), iso (yyyy-mm-dd),
 * amount (period decimal, two places, minus for credit), fixed (one allowed value), enum.
 */
type Field = {
  name: string;
  type: "text" | "int" | "date8" | "iso" | "amount" | "fixed" | "enum";
  max: number | null;
  values?: string[];
};
const f = (name: string, type: Field["type"], max: number | null, values?: string[]): Field => ({
  name,
  type,
  max,
  values,
});

/** Xledger GL02b: 1-6 from Milient's "Format GL02b" (max lengths given there); 7-50 in HospitalRun's GL02 order. */
const XLEDGER_SPEC: Field[] = [
  f("ImpSystem", "fixed", 25, ["GL02b"]),
  f("ImpSystemRef", "text", 25),
  f("Entity", "text", null),
  f("VoucherType", "text", 8),
  f("VoucherNo", "int", 8),
  f("FiscalYear", "int", 4),
  f("PeriodNo", "int", 2),
  f("VoucherDate", "date8", 8),
  f("Account", "text", null),
  f("AccountLedger", "text", null),
  f("Posting1", "text", null),
  f("Posting2", "text", null),
  f("XGL", "text", null),
  f("SubledgerNo", "text", null),
  f("SubledgerName", "text", null),
  f("InvoiceDate", "date8", 8),
  f("InvoiceNo", "text", null),
  f("XIdentifier", "text", null),
  f("DueDate", "date8", 8),
  f("BankAccount", "text", null),
  f("PaymentTerms", "text", null),
  f("Text", "text", 60),
  f("TaxRule", "text", null),
  f("Currency", "text", 3),
  f("CurrencyAmount", "amount", null),
  f("Amount", "amount", null),
  ...[
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
  ].map((n) => f(n, "text", null)),
  f("EOL", "fixed", 1, ["x"]),
];

/** Dynamics 365 Finance General journal (LedgerJournalEntity, CDM 1.0): names from the entity; lengths from the AX 2012 EDTs behind them. */
const DYNAMICS_SPEC: Field[] = [
  f("JOURNALBATCHNUMBER", "text", 10),
  f("LINENUMBER", "int", null),
  f("JOURNALNAME", "text", 10),
  f("DESCRIPTION", "text", 60),
  f("ACCOUNTTYPE", "enum", null, ["Ledger", "Vendor", "Customer", "Bank"]),
  f("ACCOUNTDISPLAYVALUE", "text", null),
  f("DEFAULTDIMENSIONDISPLAYVALUE", "text", null),
  f("DEBITAMOUNT", "amount", null),
  f("CREDITAMOUNT", "amount", null),
  f("CURRENCYCODE", "text", 3),
  f("TRANSDATE", "iso", 10),
  f("TEXT", "text", 60),
  f("VOUCHER", "text", 20),
  f("ITEMSALESTAXGROUP", "text", 10),
];

const PATTERN: Record<Field["type"], RegExp> = {
  text: /^[^\r\n]*$/,
  int: /^\d+$/,
  date8: /^\d{8}$/,
  iso: /^\d{4}-\d{2}-\d{2}$/,
  amount: /^-?\d+\.\d{2}$/,
  fixed: /.*/,
  enum: /.*/,
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function readBack(content: string, delimiter: string, spec: Field[]): Record<string, string>[] {
  const [header, ...rows] = parse(content, { delimiter, relax_column_count: false }) as string[][];
  expect(header).toEqual(spec.map((x) => x.name));
  return rows.map((cells) => {
    expect(cells).toHaveLength(spec.length);
    spec.forEach((field, i) => {
      const v = cells[i]!;
      if (v === "") return;
      expect(v, field.name).toMatch(PATTERN[field.type]);
      if (field.max !== null) expect(v.length, field.name).toBeLessThanOrEqual(field.max);
      if (field.values) expect(field.values, field.name).toContain(v);
    });
    return Object.fromEntries(spec.map((x, i) => [x.name, cells[i]!]));
  });
}

describe("accounting files, read back against their specifications", () => {
  const mapping = [{ expenseTypeKey: "mileage", account: "7100", costCenter: "AVD1", project: "P7", vatCode: "0" }];

  it("Xledger GL02b: every column in place, one voucher per reimbursement from the organization's number, balanced, payee by name and number", () => {
    const file = renderExport({ ...batch("xledger"), mapping });
    expect(file.content.endsWith("\r\n")).toBe(true);
    expect(file.fileName).toBe("meander-xledger-2026-11-23-bilag-41-42.csv");
    expect(file.content).not.toMatch(UUID);
    const rows = readBack(file.content, ";", XLEDGER_SPEC);
    expect(rows.map((r) => r.VoucherNo)).toEqual(["41", "41", "41", "42", "42"]);
    for (const r of rows)
      expect(r).toMatchObject({
        ImpSystem: "GL02b",
        ImpSystemRef: "Meander",
        Entity: "1001",
        VoucherType: "MEANDER",
        FiscalYear: "2026",
        PeriodNo: "11",
        VoucherDate: "20261123",
        Currency: "NOK",
        EOL: "x",
      });
    for (const v of ["41", "42"])
      expect(rows.filter((r) => r.VoucherNo === v).reduce((s, r) => s + parseOre(r.Amount!), 0)).toBe(0);
    expect(rows[0]).toMatchObject({
      Account: "7100",
      Posting1: "AVD1",
      Posting2: "P7",
      TaxRule: "0",
      Text: "Kilometergodtgjørelse",
      Amount: "84.01",
      SubledgerNo: "",
    });
    expect(rows[1]).toMatchObject({ Account: "7140", Posting1: "", Text: "Bompenger: Bom" });
    expect(rows[2]).toMatchObject({
      Account: "2910",
      SubledgerNo: "A-1001",
      SubledgerName: "Kari Nordmann",
      Text: "Refusjon Kari Nordmann",
      Amount: "-85.00",
    });
    expect(rows[4]).toMatchObject({ SubledgerNo: "A-1002", SubledgerName: "Ola Åsen", Text: "Refusjon Ola Åsen" });
  });

  it("Dynamics General journal: every field in place, expenses on ledger accounts with dimensions, the payee's vendor account credited", () => {
    const file = renderExport({ ...batch("dynamics"), mapping });
    expect(file.content).not.toMatch(UUID);
    const rows = readBack(file.content, ",", DYNAMICS_SPEC);
    expect(rows.map((r) => [r.LINENUMBER, r.VOUCHER, r.ACCOUNTTYPE])).toEqual([
      ["1", "41", "Ledger"],
      ["2", "41", "Ledger"],
      ["3", "41", "Vendor"],
      ["4", "42", "Ledger"],
      ["5", "42", "Vendor"],
    ]);
    for (const r of rows)
      expect(r).toMatchObject({
        JOURNALBATCHNUMBER: "MEA0000041",
        JOURNALNAME: "GenJrn",
        DESCRIPTION: "Meander refusjoner 2026-11-23",
        CURRENCYCODE: "NOK",
        TRANSDATE: "2026-11-23",
      });
    expect(rows[0]).toMatchObject({
      ACCOUNTDISPLAYVALUE: "7100",
      DEFAULTDIMENSIONDISPLAYVALUE: "AVD1-P7",
      ITEMSALESTAXGROUP: "0",
      DEBITAMOUNT: "84.01",
      CREDITAMOUNT: "0.00",
      TEXT: "Kilometergodtgjørelse",
    });
    expect(rows[2]).toMatchObject({
      ACCOUNTDISPLAYVALUE: "A-1001",
      DEBITAMOUNT: "0.00",
      CREDITAMOUNT: "85.00",
      TEXT: "Refusjon Kari Nordmann",
    });
    const sum = (k: "DEBITAMOUNT" | "CREDITAMOUNT") => rows.reduce((s, r) => s + parseOre(r[k]!), 0);
    expect(sum("DEBITAMOUNT")).toBe(file.totalOre);
    expect(sum("CREDITAMOUNT")).toBe(file.totalOre);
  });

  it("keeps line texts to 60 characters, one line, never a formula", () => {
    const long = renderExport({
      ...batch("dynamics"),
      reimbursements: [
        {
          ...batch("dynamics").reimbursements[1]!,
          expenses: [
            {
              expenseId: "e",
              expenseTypeKey: "parking",
              expenseTypeName: "=Parkering",
              amountOre: 5,
              description: "a\nb ".repeat(40),
            },
          ],
        },
      ],
    });
    const rows = readBack(long.content, ",", DYNAMICS_SPEC);
    expect(rows[0]!.TEXT!.startsWith("'=Parkering: a b a b")).toBe(true);
  });
});

describe("payees", () => {
  const names = new Map([
    ["u1", "Kari Nordmann"],
    ["u2", "Ola Åsen"],
    ["u3", "Anne Berg"],
  ]);

  it("refuses an export while a person lacks an accounting reference, naming them; then a person without a known name", () => {
    expect(missingPayees(["u1", "u2", "u3"], names, new Map([["u2", "A-2"]]))).toEqual({
      rule: "accounting_reference_missing",
      message:
        "Regnskapsreferanse (ansatt- eller leverandørnummer) mangler for Anne Berg og Kari Nordmann. Registrer den før eksporten.",
    });
    expect(missingPayees(["u1", "u9"], names, new Map([["u1", "A-1"]]))?.message).toContain(
      "1 person uten registrert navn",
    );
    expect(
      missingPayees(
        ["u1", "u9"],
        names,
        new Map([
          ["u1", "A-1"],
          ["u9", "A-9"],
        ]),
      )?.rule,
    ).toBe("payee_name_missing");
    expect(missingPayees(["u1"], names, new Map([["u1", "A-1"]]))).toBeNull();
  });

  it("takes references of 1 to 20 letters, digits, '.', '_' or '-'", () => {
    expect(checkAccountingReference("A-1001")).toBeNull();
    expect(checkAccountingReference("")?.rule).toBe("accounting_reference_format");
    expect(checkAccountingReference("1".repeat(21))?.rule).toBe("accounting_reference_format");
    expect(checkAccountingReference("10 01")?.rule).toBe("accounting_reference_format");
  });
});
