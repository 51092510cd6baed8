import { describe, expect, it } from "vitest";
import { earnedActivityTriggers, triggerForKey } from "./badge.js";

describe("badge rules", () => {
  it("earns the activity badges by the number of approved activities", () => {
    expect(earnedActivityTriggers(0)).toEqual([]);
    expect(earnedActivityTriggers(1)).toEqual(["first_activity"]);
    expect(earnedActivityTriggers(9)).toEqual(["first_activity"]);
    expect(earnedActivityTriggers(10)).toEqual(["first_activity", "approved_activities_10"]);
    expect(earnedActivityTriggers(120)).toEqual([
      "first_activity",
      "approved_activities_10",
      "approved_activities_50",
      "approved_activities_100",
    ]);
  });

  it("infers a trigger from a catalog key", () => {
    expect(triggerForKey("first_activity")).toBe("first_activity");
    expect(triggerForKey("ten_activities")).toBe("approved_activities_10");
    expect(triggerForKey("one_year")).toBe("one_year");
    expect(triggerForKey("kaffekopp")).toBe("manual");
  });
});
