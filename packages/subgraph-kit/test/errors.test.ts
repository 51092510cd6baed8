import { describe, expect, it } from "vitest";
import { PublicError, RuleViolationError, badInput, forbiddenBy, notFound } from "@meander/validation";
import { GraphQLError } from "graphql";
import { dataExceptionOf, graphQLErrorOf, maskErrors, valueFormatError } from "../src/errors.js";
import { inLanguage, languageFromHeader } from "../src/refusals.js";

describe("data exceptions", () => {
  it("finds a PostgreSQL class-22 SQLSTATE in the cause chain, and nothing else", () => {
    const pgError = Object.assign(new Error('invalid input syntax for type uuid: "x"'), { code: "22P02" });
    expect(dataExceptionOf(new Error("Failed query: select ...", { cause: pgError }))).toBe("22P02");
    expect(dataExceptionOf(Object.assign(new Error("date/time field value out of range"), { code: "22008" }))).toBe(
      "22008",
    );
    expect(dataExceptionOf(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBeNull();
    expect(dataExceptionOf(Object.assign(new Error("fs"), { code: "ENOENT" }))).toBeNull();
    expect(dataExceptionOf("22P02")).toBeNull();
  });

  it("answers bad input without the driver's message", () => {
    const e = valueFormatError(
      new Error("Failed query: select secret from t", { cause: Object.assign(new Error("x"), { code: "22003" }) }),
    );
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
    const out = maskErrors(log)(
      { message: "wrapped", path: ["x"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      thrown,
    );
    expect(out).toMatchObject({
      message: "For lang",
      path: ["x"],
      extensions: { code: "BAD_USER_INPUT", field: "title", rule: "title_length", violations: [a, b] },
    });
  });

  it("gives a one-field refusal the one-item list", () => {
    const out = maskErrors(log)(
      { message: "Nei", extensions: { code: "BAD_USER_INPUT", field: "name", rule: "name_length" } },
      new Error("Nei"),
    );
    expect(out.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "name",
      rule: "name_length",
      violations: [{ field: "name", rule: "name_length", message: out.message }],
    });
  });
});

describe("refusals in the caller's language", () => {
  const log = { error: () => undefined, warn: () => undefined } as unknown as Parameters<typeof maskErrors>[0];
  const refusal = new RuleViolationError([
    {
      field: "activities[1].durationMinutes",
      rule: "duration_range",
      message: "today's text",
      params: { min: 1, max: 1440 },
    },
    { field: "nickname", rule: "no_such_rule_in_the_catalog", message: "today's text" },
  ]);
  const mask = (localize = true) =>
    maskErrors(log, { localize })({ message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } }, refusal);

  it("reads the Accept-Language header by quality, bokmål when it names none of ours", () => {
    expect(languageFromHeader(undefined)).toBe("nb");
    expect(languageFromHeader("nn-NO, en;q=0.5")).toBe("nn");
    expect(languageFromHeader("de, en-GB;q=0.8, nb;q=0.9")).toBe("nb");
    expect(languageFromHeader("en-US,en;q=0.9")).toBe("en");
    expect(languageFromHeader("sv, da")).toBe("nb");
  });

  it("words each violation from the catalog with its params, in bokmål, nynorsk or English; an unknown rule keeps its text", () => {
    expect(mask().message).toBe("Varigheten må være 1 til 1440 minutter");
    expect(inLanguage("nn", () => mask().message)).toBe("Varigheita må vere 1 til 1440 minutt");
    expect(inLanguage("en", () => mask().extensions?.violations)).toEqual([
      {
        field: "activities[1].durationMinutes",
        rule: "duration_range",
        message: "The duration must be 1 to 1440 minutes",
      },
      { field: "nickname", rule: "no_such_rule_in_the_catalog", message: "today's text" },
    ]);
    expect(mask(false).message).toBe("today's text");
  });

  it("names what was not found, words a FORBIDDEN by its rule, and one without a rule (none is thrown) generally", () => {
    const missing = maskErrors(log)(
      { message: "Activity not found", extensions: { code: "NOT_FOUND" } },
      notFound("Activity"),
    );
    expect(missing.message).toBe("Aktiviteten finnes ikke");
    const byRule = forbiddenBy("org_admin_required", "Requires an organization administrator");
    expect(maskErrors(log)({ message: byRule.message, extensions: byRule.extensions }, byRule).message).toBe(
      "Bare en organisasjonsadministrator kan gjøre dette",
    );
    const bare = new GraphQLError("You may not do this", { extensions: { code: "FORBIDDEN" } });
    expect(
      inLanguage("en", () => maskErrors(log)({ message: bare.message, extensions: bare.extensions }, bare).message),
    ).toBe("You may not do this");
    expect(maskErrors(log)({ message: bare.message, extensions: bare.extensions }, bare).message).toBe(
      "Du har ikke tilgang til å gjøre dette",
    );
  });
});

describe("transport-neutral errors of domain and use cases", () => {
  const log = { error: () => undefined, warn: () => undefined } as unknown as Parameters<typeof maskErrors>[0];
  const located = (original: Error) => new GraphQLError(original.message, { path: ["x"], originalError: original });
  const masked = (original: Error) =>
    inLanguage("en", () =>
      maskErrors(log)({ message: original.message, path: ["x"], extensions: {} }, located(original)),
    );

  it("answers a PublicError as the GraphQLError of its message and facts (retryAfter, rule, field)", () => {
    const limited = new PublicError("Too many", { code: "RATE_LIMITED", rule: "rate_limit_per_ip", retryAfter: 30 });
    expect(graphQLErrorOf(limited).extensions).toEqual({
      code: "RATE_LIMITED",
      rule: "rate_limit_per_ip",
      retryAfter: 30,
    });
    expect(masked(limited)).toMatchObject({ path: ["x"], extensions: { code: "RATE_LIMITED", retryAfter: 30 } });
    const unavailable = new PublicError("No master key", { code: "SERVICE_UNAVAILABLE" });
    expect(masked(unavailable)).toEqual({
      message: "No master key",
      path: ["x"],
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });

  it("answers badInput as the rule error it is: field, rule and the one-item list", () => {
    const e = badInput("no_such_rule_in_the_catalog", "nickname", "today's text");
    expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", rule: "no_such_rule_in_the_catalog", field: "nickname" });
    expect(masked(e)).toMatchObject({
      message: "today's text",
      extensions: {
        code: "BAD_USER_INPUT",
        field: "nickname",
        rule: "no_such_rule_in_the_catalog",
        violations: [{ field: "nickname", rule: "no_such_rule_in_the_catalog", message: "today's text" }],
      },
    });
  });

  it("names what was not found in the caller's language", () => {
    const missing = notFound("Activity");
    expect(maskErrors(log)({ message: missing.message, path: ["x"], extensions: {} }, located(missing))).toEqual({
      message: "Aktiviteten finnes ikke",
      path: ["x"],
      extensions: { code: "NOT_FOUND" },
    });
  });
});
