/**
 * One use case = one transaction = the state change plus its outbox events.
 * After the commit the relay is poked so events leave promptly.
 */
import { inTenantTransaction, type Db, type TenantScope, type Tx } from "@meander/db";
import type { EventType } from "./catalog/index.js";
import { recordEvent, type EventTables, type NewEvent } from "./outbox.js";

export interface Emitter {
  emit<T extends EventType>(event: NewEvent<T>): Promise<void>;
}

export interface UnitOfWork {
  run<T>(scope: TenantScope, fn: (tx: Tx, events: Emitter) => Promise<T>): Promise<T>;
}

export function createUnitOfWork(db: Db, tables: EventTables, afterCommit: () => void = () => {}): UnitOfWork {
  return {
    async run(scope, fn) {
      let wrote = false;
      const result = await inTenantTransaction(db, scope, (tx) =>
        fn(tx, {
          async emit(event) {
            wrote = true;
            await recordEvent(tx, tables, event);
          },
        }),
      );
      if (wrote) afterCommit();
      return result;
    },
  };
}
