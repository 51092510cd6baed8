import { describe, expect, it } from "vitest";
import { accountFor, csvField, defuse, formatOre, parseOre, payableAccount, renderExport } from "./accounting.js";

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
    const mapping = [{ expenseTypeKey: "parking", account: "7150", costCenter: "K1" }];
    expect(accountFor("parking", mapping)).toEqual({ account: "7150", costCenter: "K1" });
    expect(accountFor("mileage", mapping)).toEqual({ account: "7100", costCenter: null });
    expect(accountFor("toll", [])).toEqual({ account: "7140", costCenter: null });
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
    const file = renderExport({
      exportId: "0198c0de-0000-7000-8000-000000000000",
      system: "xledger",
      postingDate: "2026-11-23",
      mapping: [],
      reimbursements: [
        { reimbursementId: "r1", userId: "u1", expenses: [{ expenseId: "e1", expenseTypeKey: "mileage", amountOre: 8_401, description: null }, { expenseId: "e2", expenseTypeKey: "toll", amountOre: 99, description: "Bom" }] },
        { reimbursementId: "r2", userId: "u2", expenses: [{ expenseId: "e3", expenseTypeKey: "parking", amountOre: 1, description: null }] },
      ],
    });
    expect(file.totalOre).toBe(8_501);
    expect(file.lineCount).toBe(5);
    const amounts = file.content.trim().split("\r\n").slice(1).map((l) => parseOre(l.split(";")[11]!));
    expect(amounts).toEqual([8_401, 99, -8_500, 1, -1]);
  });
});
