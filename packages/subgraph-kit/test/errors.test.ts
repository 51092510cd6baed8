import { describe, expect, it } from "vitest";
import { dataExceptionOf, valueFormatError } from "../src/errors.js";

describe("data exceptions", () => {
  it("finds a PostgreSQL class-22 SQLSTATE in the cause chain, and nothing else", () => {
    const pgError = Object.assign(new Error('invalid input syntax for type uuid: "x"'), { code: "22P02" });
    expect(dataExceptionOf(new Error("Failed query: select ...", { cause: pgError }))).toBe("22P02");
    expect(dataExceptionOf(Object.assign(new Error("date/time field value out of range"), { code: "22008" }))).toBe("22008");
    expect(dataExceptionOf(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBeNull();
    expect(dataExceptionOf(Object.assign(new Error("fs"), { code: "ENOENT" }))).toBeNull();
    expect(dataExceptionOf("22P02")).toBeNull();
  });

  it("answers bad input without the driver's message", () => {
    const e = valueFormatError(new Error("Failed query: select secret from t", { cause: Object.assign(new Error("x"), { code: "22003" }) }));
    expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", rule: "value_format" });
    expect(e.message).not.toMatch(/select|secret/);
  });
});
