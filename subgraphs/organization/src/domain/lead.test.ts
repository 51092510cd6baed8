import { describe, expect, it } from "vitest";
import {
  checkStatus,
  checkStatusTransition,
  emailKey,
  normalizeBooking,
  normalizePhone,
  repeatBookingPatch,
  validateBookingForm,
  type BookingForm,
} from "./lead.js";

const form: BookingForm = {
  firstName: "Kari",
  lastName: "Nordmann",
  email: "Kari.Nordmann@NHF.no",
  phone: "912 34 567",
  organizationName: "Norges Handikapforbund",
  roleTitle: "Koordinator",
  organizationSize: "large",
  notes: "Vi bruker Excel i dag.",
};
const rules = (f: BookingForm) => validateBookingForm(f).map((v) => [v.rule, v.field]);

describe("lead validation rules (seed 004)", () => {
  it("accepts a complete form and normalizes it", () => {
    expect(validateBookingForm(form)).toEqual([]);
    expect(normalizeBooking(form)).toMatchObject({
      email: "Kari.Nordmann@NHF.no",
      phone: "+4791234567",
      currentSolution: null,
    });
  });
  it("required_fields_present", () => {
    expect(rules({ ...form, firstName: " ", roleTitle: null, email: undefined })).toEqual([
      ["required_fields_present", "firstName"],
      ["required_fields_present", "email"],
      ["required_fields_present", "roleTitle"],
    ]);
  });
  it("email_format and email_length_limit", () => {
    for (const bad of [
      "kari",
      "kari@",
      "@nhf.no",
      "kari@nhf",
      "ka ri@nhf.no",
      "kari@@nhf.no",
      "kari@nhf..no",
      ".kari@nhf.no",
    ]) {
      expect(rules({ ...form, email: bad })).toEqual([["email_format", "email"]]);
    }
    const domain = (first: number) => `${"b".repeat(first)}.${"c".repeat(62)}.${"d".repeat(60)}.no`;
    expect(`${"a".repeat(64)}@${domain(62)}`).toHaveLength(254);
    expect(rules({ ...form, email: `${"a".repeat(64)}@${domain(62)}` })).toEqual([]);
    expect(rules({ ...form, email: `${"a".repeat(64)}@${domain(63)}` })).toEqual([["email_length_limit", "email"]]);
  });
  it("name_field_length, organization_name_length, notes_length_limit", () => {
    expect(rules({ ...form, firstName: "x".repeat(100), lastName: "y".repeat(101) })).toEqual([
      ["name_field_length", "lastName"],
    ]);
    expect(rules({ ...form, organizationName: "x".repeat(201) })).toEqual([
      ["organization_name_length", "organizationName"],
    ]);
    expect(rules({ ...form, notes: "x".repeat(2001) })).toEqual([["notes_length_limit", "notes"]]);
    expect(rules({ ...form, notes: "x".repeat(2000) })).toEqual([]);
  });
  it("phone_format_if_provided: optional, normalized to E.164 (Norway by default)", () => {
    expect(rules({ ...form, phone: null })).toEqual([]);
    expect(rules({ ...form, phone: "" })).toEqual([]);
    expect(rules({ ...form, phone: "12" })).toEqual([["phone_format_if_provided", "phone"]]);
    expect(rules({ ...form, phone: "call me" })).toEqual([["phone_format_if_provided", "phone"]]);
    expect(normalizePhone("+47 912 34 567")).toBe("+4791234567");
    expect(normalizePhone("+46 70 123 45 67")).toBe("+46701234567");
  });
  it("status_enum_constraint", () => {
    expect(checkStatus("qualified")).toBeNull();
    expect(checkStatus("reopened")).toMatchObject({ rule: "status_enum_constraint", field: "status" });
  });
});

describe("lead business rules (seed 004)", () => {
  it("unique_email_per_lead compares e-mail case-insensitively", () => {
    expect(emailKey(" Kari.Nordmann@NHF.no ")).toBe(emailKey("kari.nordmann@nhf.no"));
  });
  it("a repeat booking counts, keeps old optional values and never touches masked_ref or created_at", () => {
    const existing = {
      phone: "+4791234567",
      organizationSize: "large" as const,
      currentSolution: "Excel",
      preferredDemoTiming: null,
      notes: "første",
      bookingCount: 2,
      ipAddress: "10.0.0.1",
    };
    const patch = repeatBookingPatch(existing, normalizeBooking({ ...form, phone: null, notes: "andre" }), "10.0.0.2");
    expect(patch).toMatchObject({
      phone: "+4791234567",
      currentSolution: "Excel",
      notes: "andre",
      bookingCount: 3,
      ipAddress: "10.0.0.2",
    });
    expect(Object.keys(patch)).not.toContain("maskedRef");
    expect(Object.keys(patch)).not.toContain("createdAt");
    expect(Object.keys(patch)).not.toContain("email");
  });
  it("status_transition_ordering: forward only, converted and lost final", () => {
    expect(checkStatusTransition("new", "contacted")).toBeNull();
    expect(checkStatusTransition("contacted", "demo_scheduled")).toBeNull();
    expect(checkStatusTransition("qualified", "lost")).toBeNull();
    expect(checkStatusTransition("demo_scheduled", "converted")).toBeNull();
    for (const [from, to] of [
      ["contacted", "new"],
      ["qualified", "qualified"],
      ["converted", "lost"],
      ["lost", "new"],
      ["converted", "new"],
    ] as const) {
      expect(checkStatusTransition(from, to)).toMatchObject({ rule: "status_transition_ordering", field: "status" });
    }
  });
});
