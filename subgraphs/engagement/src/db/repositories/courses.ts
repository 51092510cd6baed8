/**
 * Courses, as far as the caller may see them: the courses of the caller's
 * organization (a course belongs to the whole organization, so coordinators and
 * mentors see all of it, not only their local associations' part).
 */
import { writableIn } from "@meander/db";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { courses, type CourseRow, type NewCourseRow } from "../schema/index.js";
import { tenantFilter } from "./scope.js";
export type { CourseRow, NewCourseRow } from "../schema/index.js";

/** Keyset of the course list: by start date, then id. */
export type CourseCursor = [startsOn: string, id: string];

export function courseCursor(row: CourseRow): CourseCursor {
  return [row.startsOn, row.id];
}

export function createCourseRepository(db: Executor, scope: Scope) {
  const visible = () => tenantFilter(courses.organizationId, scope);

  return {
    async byIds(ids: readonly string[]): Promise<CourseRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(courses)
        .where(and(inArray(courses.id, [...ids]), visible()));
    },
    /** One page of courses (limit rows after the cursor), optionally of one organization. */
    async page(opts: { limit: number; after: CourseCursor | null; organizationId?: string }): Promise<CourseRow[]> {
      const after = opts.after;
      return db
        .select()
        .from(courses)
        .where(
          and(
            visible(),
            opts.organizationId ? eq(courses.organizationId, opts.organizationId) : undefined,
            after ? sql`(${courses.startsOn}, ${courses.id}) > (${after[0]}::date, ${after[1]}::uuid)` : undefined,
          ),
        )
        .orderBy(asc(courses.startsOn), asc(courses.id))
        .limit(opts.limit);
    },
    async update(id: string, fields: Partial<Omit<NewCourseRow, "id" | "organizationId">>): Promise<CourseRow> {
      const [row] = await db
        .update(courses)
        .set(fields)
        .where(and(eq(courses.id, id), visible()))
        .returning();
      return row!;
    },
    async insert(row: NewCourseRow): Promise<CourseRow> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(courses).values(row).returning();
      return created!;
    },
  };
}

export type CourseRepository = ReturnType<typeof createCourseRepository>;
