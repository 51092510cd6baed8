/**
 * Demo data for the embedded mode. Reporting's read model fills itself from
 * the other subgraphs' events, so the demo activities, certifications and
 * badges reach it through the bus like any other. With the showcase, the
 * previous year's Wrapped is computed here, by the job that runs every
 * January (so `myWrapped` answers on the default start and engagement tells
 * the mentors through reporting.wrapped.ready).
 */
import type { Db } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import type { DemoData } from "@meander/fixtures";
import { runWrappedJob } from "./application/wrapped.js";
import { eventStore } from "./db/schema/index.js";

export async function seedDemo(db: Db, data: DemoData): Promise<void> {
  if (data.showcase) await runWrappedJob(createUnitOfWork(db, eventStore), data.showcase.wrappedYear);
}
