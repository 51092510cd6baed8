import { describe, expect, it } from "vitest";
import { conversionRate, emptyFunnel, normalizeCode, referralCode, validateCard, validateFaq } from "./referral.js";

describe("referral and toolbox rules", () => {
  it("makes 10-character codes of unambiguous characters", () => {
    const code = referralCode(Uint8Array.from({ length: 16 }, (_, i) => i * 17));
    expect(code).toHaveLength(10);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]+$/);
    expect(referralCode(new Uint8Array(16))).toBe("2222222222");
    expect(normalizeCode(" abc23 ")).toBe("ABC23");
  });

  it("computes activations per click, none without clicks", () => {
    expect(conversionRate(emptyFunnel())).toBeNull();
    expect(conversionRate({ ...emptyFunnel(), click: 3, activation: 1 })).toBe(0.3333);
  });

  it("names the broken rule", () => {
    expect(validateCard({ product: "Web App", title: "", body: "" }).map((v) => v.rule)).toEqual([
      "product_format",
      "title_length",
      "body_length",
    ]);
    expect(validateFaq({ product: "web", question: " ", answer: "" }).map((v) => v.rule)).toEqual([
      "question_length",
      "answer_length",
    ]);
    expect(validateFaq({ product: "mentor-app", question: "Hvordan?", answer: "Slik." })).toEqual([]);
  });
});
