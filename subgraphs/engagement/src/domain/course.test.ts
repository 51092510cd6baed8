import { describe, expect, it } from "vitest";
import { normalizeCourse, validateNewCourse, type NewCourse } from "./course.js";

const valid: NewCourse = { title: "Grunnkurs for likepersoner", kind: "certification", capacity: 20, startsOn: "2027-02-10", endsOn: "2027-02-11" };

describe("course rules", () => {
  it("accepts a complete course, also a one-day course without an end date", () => {
    expect(validateNewCourse(valid)).toEqual([]);
    expect(validateNewCourse({ ...valid, endsOn: null })).toEqual([]);
    expect(validateNewCourse({ ...valid, endsOn: valid.startsOn })).toEqual([]);
  });

  it("names the rule and field that failed", () => {
    const v = validateNewCourse({ ...valid, title: "  ", capacity: 0, endsOn: "2027-02-09" });
    expect(v.map((x) => [x.rule, x.field])).toEqual([
      ["title_length", "title"],
      ["capacity_positive", "capacity"],
      ["date_order", "endsOn"],
    ]);
  });

  it("limits titles to 200 characters and capacity to positive whole numbers", () => {
    expect(validateNewCourse({ ...valid, title: "x".repeat(200) })).toEqual([]);
    expect(validateNewCourse({ ...valid, title: "x".repeat(201) })[0]?.rule).toBe("title_length");
    expect(validateNewCourse({ ...valid, capacity: -3 })[0]?.rule).toBe("capacity_positive");
    expect(validateNewCourse({ ...valid, capacity: 2.5 })[0]?.rule).toBe("capacity_positive");
  });

  it("trims text and turns blank optional text into null", () => {
    expect(normalizeCourse({ ...valid, title: "  Kurs ", description: " ", location: " Oslo " })).toMatchObject({
      title: "Kurs",
      description: null,
      location: "Oslo",
    });
  });
});
