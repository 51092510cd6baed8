import { describe, expect, it } from "vitest";
import { courseCancelledText } from "./notification-texts.js";
import {
  applyCourseChanges,
  courseTransition,
  normalizeCourse,
  validateNewCourse,
  type CourseStatus,
  type NewCourse,
} from "./course.js";

const valid: NewCourse = {
  title: "Grunnkurs for likepersoner",
  kind: "certification",
  capacity: 20,
  startsOn: "2027-02-10",
  endsOn: "2027-02-11",
};

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

describe("course lifecycle", () => {
  const outcome = (from: CourseStatus, action: "open" | "close" | "cancel") => {
    const r = courseTransition(from, action);
    return "status" in r ? r.status : r.violation.rule;
  };

  it("opens a planned or closed course, closes an open one, cancels any that is not cancelled", () => {
    expect(outcome("planned", "open")).toBe("open");
    expect(outcome("closed", "open")).toBe("open");
    expect(outcome("open", "close")).toBe("closed");
    expect(outcome("planned", "cancel")).toBe("cancelled");
    expect(outcome("open", "cancel")).toBe("cancelled");
    expect(outcome("closed", "cancel")).toBe("cancelled");
  });

  it("refuses the rest by rule: course_transition, and course_cancelled for anything on a cancelled course", () => {
    expect(outcome("open", "open")).toBe("course_transition");
    expect(outcome("planned", "close")).toBe("course_transition");
    expect(outcome("closed", "close")).toBe("course_transition");
    for (const action of ["open", "close", "cancel"] as const)
      expect(outcome("cancelled", action)).toBe("course_cancelled");
  });

  it("edits keep what is left out, clear optional text with null and name every broken rule", () => {
    const current = {
      ...valid,
      description: "Om kurset",
      location: "Oslo",
      status: "open" as const,
      certificationTypeId: null,
    };
    const { course, violations } = applyCourseChanges(
      current,
      { title: " Nytt navn ", location: null, description: undefined },
      3,
    );
    expect(violations).toEqual([]);
    expect(course).toMatchObject({ title: "Nytt navn", location: null, description: "Om kurset", capacity: 20 });
    const bad = applyCourseChanges(current, { capacity: 2, endsOn: "2027-01-01" }, 3);
    expect(bad.violations.map((v) => v.rule)).toEqual(["date_order", "capacity_below_seats"]);
    expect(applyCourseChanges({ ...current, status: "cancelled" }, { title: "x" }, 0).violations[0]?.rule).toBe(
      "course_cancelled",
    );
  });

  it("tells people in Norwegian, naming the course", () => {
    expect(courseCancelledText({ title: "Grunnkurs", startsOn: "2027-03-12" }, false)("nb")).toEqual({
      title: "Kurset «Grunnkurs» er avlyst",
      body: "Kurset «Grunnkurs» (12.03.2027) er avlyst. Påmeldingen din er trukket tilbake.",
    });
    expect(courseCancelledText({ title: "Grunnkurs", startsOn: "2027-03-12" }, true)("nb").body).toContain(
      "ventelisten",
    );
    expect(courseCancelledText({ title: "Grunnkurs", startsOn: "2027-03-12" }, true)("nn").body).toContain(
      "ventelista",
    );
  });
});
