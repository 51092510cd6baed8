/** Referral and toolbox rules (no I/O; randomness comes in as bytes). */
import type { RuleViolation } from "./violation.js";

export const REFERRAL_STEPS = ["click", "install", "registration", "first_login", "activation"] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

/** The steps a caller (signed in or not) may post; the later ones come from the person's own events. */
export const PUBLIC_REFERRAL_STEPS = ["click", "install"] as const;
export function isPublicStep(step: ReferralStep): boolean {
  return (PUBLIC_REFERRAL_STEPS as readonly string[]).includes(step);
}

/** Unambiguous characters (no 0/O, 1/I/L): a code read aloud or typed from a poster still works. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 10;

/** A referral code from random bytes (one byte per character). */
export function referralCode(bytes: Uint8Array): string {
  return Array.from(bytes.slice(0, CODE_LENGTH), (b) => ALPHABET[b % ALPHABET.length]).join("");
}

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

export type Funnel = Record<ReferralStep, number>;

/** Conversion figures: each step as a share of clicks, and activations per click (null without clicks). */
export function conversionRate(f: Funnel): number | null {
  return f.click === 0 ? null : Math.round((f.activation / f.click) * 10_000) / 10_000;
}

export function emptyFunnel(): Funnel {
  return { click: 0, install: 0, registration: 0, first_login: 0, activation: 0 };
}

export function validateCard(input: { product: string; title: string; body: string }): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!/^[a-z0-9_-]{1,40}$/.test(input.product))
    v.push({ rule: "product_format", field: "product", message: "Product: 1 to 40 of a-z, 0-9, _ and -" });
  if (input.title.trim().length === 0 || input.title.trim().length > 200)
    v.push({
      rule: "title_length",
      field: "title",
      message: "Title must be 1 to 200 characters",
      params: { max: 200 },
    });
  if (input.body.trim().length === 0 || input.body.length > 10_000)
    v.push({ rule: "body_length", field: "body", message: "Text must be 1 to 10000 characters" });
  return v;
}

export function validateFaq(input: { product: string; question: string; answer: string }): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!/^[a-z0-9_-]{1,40}$/.test(input.product))
    v.push({ rule: "product_format", field: "product", message: "Product: 1 to 40 of a-z, 0-9, _ and -" });
  if (input.question.trim().length === 0 || input.question.length > 500)
    v.push({ rule: "question_length", field: "question", message: "Question must be 1 to 500 characters" });
  if (input.answer.trim().length === 0 || input.answer.length > 10_000)
    v.push({ rule: "answer_length", field: "answer", message: "Answer must be 1 to 10000 characters" });
  return v;
}
