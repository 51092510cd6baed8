/** One page of courses as a Relay connection (shared by Query.courses and Organization.courses). */
import { GraphQLError } from "graphql";
import { pageRequest, toConnection, type PageArgs } from "@meander/subgraph-kit";
import { courseCursor, type CourseCursor } from "../db/repositories/courses.js";
import type { EngagementContext } from "../context.js";
import { isUuid } from "@meander/db";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkCursor(after: unknown): CourseCursor | null {
  if (after === null) return null;
  if (Array.isArray(after) && after.length === 2 && DATE.test(String(after[0])) && isUuid(String(after[1]))) {
    return after as CourseCursor;
  }
  throw new GraphQLError("Invalid cursor", {
    extensions: { code: "BAD_USER_INPUT", field: "after", rule: "cursor_format" },
  });
}

export async function coursePage(ctx: EngagementContext, args: PageArgs, organizationId?: string) {
  const page = pageRequest<unknown>(args);
  const rows = await ctx.repos.courses.page({ limit: page.limit, after: checkCursor(page.after), organizationId });
  return toConnection(rows, page.first, courseCursor);
}
