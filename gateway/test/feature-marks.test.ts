/**
 * Issue 18 item 3: every root field that takes or returns a type of a flagged capability (a type marked
 * `@feature(flag: ...)` in any subgraph's SDL) carries the same mark, which @meander/subgraph-kit enforces.
 */
import { describe, expect, it } from "vitest";
import { readSubgraphSdl, unmarkedCapabilityFields } from "@meander/subgraph-kit";
import { sdlFile } from "../src/compose.js";
import { SUBGRAPHS } from "../src/subgraphs.js";

const sdls = () => SUBGRAPHS.map((s) => ({ name: s.name, sdl: readSubgraphSdl(sdlFile(s.name)) }));

describe("feature flag marks in the SDL", () => {
  it("every root field of a flagged capability is marked with its flag", () => {
    const all = sdls();
    expect(all.map((s) => s.sdl).join("\n")).toContain('@feature(flag: "courses")');
    expect(unmarkedCapabilityFields(all)).toEqual([]);
  });

  it("notices a root field that returns or takes a flagged type without the mark", () => {
    const planted = sdls().map((s) =>
      s.name === "engagement"
        ? {
            ...s,
            sdl: `${s.sdl}\nextend type Query { courseByCode(code: String!): CourseConnection }\nextend type Mutation { copyCourse(input: CreateCourseInput!): Boolean }\n`,
          }
        : s,
    );
    expect(unmarkedCapabilityFields(planted)).toEqual([
      'engagement Mutation.copyCourse: @feature(flag: "courses")',
      'engagement Query.courseByCode: @feature(flag: "courses")',
    ]);
  });
});
