/**
 * Demo data for the embedded mode: the fixture courses (through the use case) and badge catalogs (through the
 * repository); the showcase, when the data has one, through the use cases (seed-showcase.ts).
 */
import { scopes, type Db } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import type { DemoData } from "@meander/fixtures";
import { addCatalogBadges } from "./application/badges.js";
import { createCourse } from "./application/courses.js";
import { eventStore } from "./db/schema/index.js";
import { COURSE_KINDS, type CourseKind } from "./domain/course.js";
import { seedShowcase } from "./seed-showcase.js";

export async function seedDemo(db: Db, data: DemoData): Promise<void> {
  const uow = createUnitOfWork(db, eventStore);
  for (const c of data.courses) {
    const kind: CourseKind = (COURSE_KINDS as readonly string[]).includes(c.kind)
      ? (c.kind as CourseKind)
      : "continuing_education";
    await createCourse(
      uow,
      scopes.organization(c.organizationId),
      { id: c.id, title: c.title, kind, capacity: c.capacity, startsOn: c.startsOn, status: "open" },
      null,
    );
  }
  for (const org of data.organizations) {
    const entries = data.badges.filter((b) => b.organizationId === org.id);
    await uow.run(scopes.organization(org.id), (tx) => addCatalogBadges(tx, org.id, entries));
  }
  if (data.showcase) await seedShowcase(uow, data, data.showcase);
}
