/**
 * One use case = one transaction = the state change plus its outbox events.
 * After the commit the relay is poked so events leave promptly.
 */
import { inTenantTransaction, type Db, type TenantScope, type Tx } from "@meander/db";
import type { EventType } from "./catalog/index.js";
import { recordEvent, recordEvents, type EventTables, type NewEvent } from "./outbox.js";

export interface Emitter {
  emit<T extends EventType>(event: NewEvent<T>): Promise<void>;
  /** Many events in one multi-row INSERT (bulk registration and approval): the one way to write more than a few. */
  emitMany(events: ReadonlyArray<NewEvent<EventType>>): Promise<void>;
}

/** The emitter of one transaction: `onWrite` is told that something was written (the relay is poked after commit). */
export function emitterOf(tx: Tx, tables: EventTables, onWrite: () => void): Emitter {
  return {
    async emit(event) {
      onWrite();
      await recordEvent(tx, tables, event);
    },
    async emitMany(events) {
      if (events.length === 0) return;
      onWrite();
      await recordEvents(tx, tables, events);
    },
  };
}

export interface UnitOfWork {
  run<T>(scope: TenantScope, fn: (tx: Tx, events: Emitter) => Promise<T>): Promise<T>;
}

export function createUnitOfWork(db: Db, tables: EventTables, afterCommit: () => void = () => {}): UnitOfWork {
  return {
    async run(scope, fn) {
      let wrote = false;
      const result = await inTenantTransaction(db, scope, (tx) =>
        fn(
          tx,
          emitterOf(tx, tables, () => void (wrote = true)),
        ),
      );
      if (wrote) afterCommit();
      return result;
    },
  };
}
