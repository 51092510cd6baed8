/**
 * Demo data for the embedded mode: nothing to write here. Reporting's read
 * model fills itself from activity's events, so the demo activities that the
 * activity subgraph seeds reach it through the bus like any other.
 */
import type { Db } from "@meander/db";
import type { DemoData } from "@meander/fixtures";

export async function seedDemo(_db: Db, _data: DemoData): Promise<void> {}
