import { describe, expect, it } from "vitest";
import { attribution, defaultTitle, validateRegistration, type ActivityDraft } from "./activity.js";

const now = new Date("2026-03-01T12:00:00Z");
const ctx = { submitterId: "coord", organizationId: "org", now, activeTypeKeys: new Set(["home_visit"]) };
const rules = (draft: Partial<ActivityDraft>) =>
  validateRegistration({ activityTypeKey: "home_visit", ...draft }, ctx).map((v) => [v.rule, v.field]);

describe("activity registration rules", () => {
  it("accepts a complete quick log", () => {
    expect(rules({})).toEqual([]);
    expect(
      rules({ durationMinutes: 1440, participantCount: 1, activityDate: new Date(now.getTime() + 23 * 3_600_000) }),
    ).toEqual([]);
  });

  it("names every rule and field that failed, as in the seed", () => {
    expect(rules({ activityTypeKey: " " })).toEqual([["required_fields", "activityTypeKey"]]);
    expect(rules({ activityTypeKey: "bingo" })).toEqual([["activity_type_enum", "activityTypeKey"]]);
    expect(rules({ durationMinutes: 0 })).toEqual([["duration_range", "durationMinutes"]]);
    expect(rules({ durationMinutes: 1441 })).toEqual([["duration_range", "durationMinutes"]]);
    expect(rules({ participantCount: 0 })).toEqual([["participant_count_positive", "participantCount"]]);
    expect(rules({ title: "t".repeat(201) })).toEqual([["title_length", "title"]]);
    expect(rules({ description: "d".repeat(5001) })).toEqual([["description_length", "description"]]);
    expect(rules({ activityDate: new Date(now.getTime() + 25 * 3_600_000) })).toEqual([
      ["activity_date_not_future", "activityDate"],
    ]);
    expect(validateRegistration({ activityTypeKey: "home_visit" }, { ...ctx, organizationId: null })[0]).toMatchObject({
      rule: "required_fields",
      field: "organizationId",
    });
  });

  it("keeps the proxy fields consistent", () => {
    expect(rules({ isProxyRegistration: true })).toEqual([["proxy_fields_consistency", "userId"]]);
    expect(rules({ isProxyRegistration: true, userId: "coord" })).toEqual([["proxy_fields_consistency", "userId"]]);
    expect(rules({ userId: "kari" })).toEqual([["proxy_fields_consistency", "isProxyRegistration"]]);
    expect(rules({ userId: "coord" })).toEqual([]);
  });

  it("attributes a proxy registration to the mentor and records the coordinator", () => {
    expect(attribution({ activityTypeKey: "x", isProxyRegistration: true, userId: "kari" }, "coord")).toEqual({
      userId: "kari",
      isProxyRegistration: true,
      proxySubmittedBy: "coord",
    });
    expect(attribution({ activityTypeKey: "x" }, "kari")).toEqual({
      userId: "kari",
      isProxyRegistration: false,
      proxySubmittedBy: null,
    });
  });

  it("builds a title from the type and the contact", () => {
    expect(defaultTitle("Hjemmebesøk", { firstName: "Astrid", lastName: "Berg" })).toBe("Hjemmebesøk med Astrid Berg");
    expect(defaultTitle("Samtalegruppe", null)).toBe("Samtalegruppe");
    expect(defaultTitle("x".repeat(300), null)).toHaveLength(200);
  });
});
