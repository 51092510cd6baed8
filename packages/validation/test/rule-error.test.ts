import { describe, expect, it } from "vitest";
import { RuleViolationError, isRuleViolationError, refuseIfAny, underField } from "../src/index.js";

describe("RuleViolationError", () => {
  it("carries every violation, is named by the first, and throws only when something was found", () => {
    const a = { field: "title", rule: "title_length", message: "For lang tittel" };
    const b = { field: "durationMinutes", rule: "duration_range", message: "Ugyldig varighet" };
    expect(() => refuseIfAny([null, undefined])).not.toThrow();
    let caught: unknown;
    try {
      refuseIfAny([a, null, b]);
    } catch (e) {
      caught = e;
    }
    expect(isRuleViolationError(caught)).toBe(true);
    const e = caught as RuleViolationError;
    expect(e.message).toBe(a.message);
    expect(e.headline).toEqual(a);
    expect(e.violations).toEqual([a, b]);
    expect(underField("activities[2]", [b])).toEqual([{ ...b, field: "activities[2].durationMinutes" }]);
    expect(() => new RuleViolationError([])).toThrow(TypeError);
    expect(isRuleViolationError(new Error("x"))).toBe(false);
  });
});
