import { describe, expect, it } from "vitest";
import {
  checkAttend,
  checkEnroll,
  checkSessionDay,
  checkWithdraw,
  holdsSeat,
  placeFor,
  promotions,
} from "./enrollment.js";

describe("enrollment rules", () => {
  it("registers while a seat is free, else waitlists; fills only free seats from the waitlist", () => {
    expect(placeFor(2, 1)).toBe("registered");
    expect(placeFor(2, 2)).toBe("waitlisted");
    expect(promotions(2, 1, 5)).toBe(1);
    expect(promotions(3, 1, 1)).toBe(1);
    expect(promotions(2, 2, 5)).toBe(0);
    expect([holdsSeat("registered"), holdsSeat("attended"), holdsSeat("waitlisted"), holdsSeat("withdrawn")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("names the broken rule", () => {
    expect(checkEnroll("planned", null)?.rule).toBe("course_open");
    expect(checkEnroll("open", "waitlisted")?.rule).toBe("already_enrolled");
    expect(checkEnroll("open", "withdrawn")).toBeNull();
    expect(checkWithdraw("withdrawn")?.rule).toBe("already_withdrawn");
    expect(checkWithdraw("attended")?.rule).toBe("attended_final");
    expect(checkAttend("waitlisted")?.rule).toBe("attendance_requires_seat");
    expect(checkSessionDay("2027-04-09", "2027-04-06", "2027-04-08")?.rule).toBe("day_in_session");
    expect(checkSessionDay("2027-04-06", "2027-04-06", "2027-04-08")).toBeNull();
  });
});
