/** organization's unit of work (application/: `uow.run(scope, (tx, events) => ...)`) over a database or a transaction. */
import type { Db } from "@meander/db";
import { createUnitOfWork, type UnitOfWork } from "@meander/events";
import { eventStore } from "./schema/index.js";

/** Over a transaction (a Db too): every `run` is a savepoint of it, its events go to the same outbox (onboarding). */
export function unitOfWorkOver(db: Db): UnitOfWork {
  return createUnitOfWork(db, eventStore);
}
