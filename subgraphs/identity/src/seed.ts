/** Demo data for the embedded mode: the fixture people become users, through the same use case as in production. */
import type { Db } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import type { DemoData } from "@meander/fixtures";
import { registerUser } from "./application/users.js";
import { eventStore } from "./db/schema/index.js";

export async function seedDemo(db: Db, data: DemoData): Promise<void> {
  const uow = createUnitOfWork(db, eventStore);
  for (const p of data.people) {
    await registerUser(uow, { id: p.id, email: p.email, firstName: p.firstName, lastName: p.lastName, phone: p.phone }, null);
  }
}
