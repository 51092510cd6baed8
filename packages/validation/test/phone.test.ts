import { describe, expect, it } from "vitest";
import { normalizePhone } from "../src/index.js";

describe("normalizePhone", () => {
  it("normalizes a valid number to E.164 (Norwegian by default) and refuses the rest", () => {
    expect(normalizePhone(" 912 34 567 ")).toBe("+4791234567");
    expect(normalizePhone("+46 70 123 45 67")).toBe("+46701234567");
    expect(normalizePhone("abc")).toBeNull();
    expect(normalizePhone("123")).toBeNull();
  });
});
