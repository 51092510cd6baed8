import { describe, expect, it } from "vitest";
import { RuleViolationError } from "@meander/validation";
import { GraphQLError } from "graphql";
import { dataExceptionOf, maskErrors, valueFormatError } from "../src/errors.js";

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

describe("rule refusals", () => {
  const log = { error: () => undefined, warn: () => undefined } as unknown as Parameters<typeof maskErrors>[0];
  it("maps a RuleViolationError to BAD_USER_INPUT named by its first violation and listing all", () => {
    const a = { field: "title", rule: "title_length", message: "For lang" };
    const b = { field: "durationMinutes", rule: "duration_range", message: "Ugyldig" };
    const thrown = new GraphQLError("wrapped", { path: ["x"], originalError: new RuleViolationError([a, b]) });
    const out = maskErrors(log)({ message: "wrapped", path: ["x"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, thrown);
    expect(out).toMatchObject({ message: "For lang", path: ["x"], extensions: { code: "BAD_USER_INPUT", field: "title", rule: "title_length", violations: [a, b] } });
  });

  it("gives a one-field refusal the one-item list", () => {
    const out = maskErrors(log)({ message: "Nei", extensions: { code: "BAD_USER_INPUT", field: "name", rule: "name_length" } }, new Error("Nei"));
    expect(out.extensions).toEqual({ code: "BAD_USER_INPUT", field: "name", rule: "name_length", violations: [{ field: "name", rule: "name_length", message: "Nei" }] });
  });
});
