/**
 * Global administrators act across organizations, so every read they make is
 * audited (DESIGN.md sections 7 and 8): before a global administrator's query
 * runs, the subgraph writes `<subgraph>.audit.recorded` (action
 * `cross_tenant_read`, who, which root fields) to its outbox. If the entry
 * cannot be written, the read does not happen.
 *
 * The entry is written in the request's own transaction (a savepoint of it), never in a second one beside it: a
 * request that waits for a second transaction while it holds one deadlocks a database that runs one transaction at a
 * time (the embedded PGlite) and takes two pooled connections per request on PostgreSQL.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "@meander/auth";
import type { Db } from "@meander/db";
import { recordEvent, type EventTables, type EventType } from "@meander/events";
import { Kind } from "graphql";

/** Where a request's audit entry goes: the request's open transaction, and how the relay learns of it after commit. */
export interface AuditWriter {
  db: Db;
  /** Called once the entry is written (in a request's transaction: marks it; otherwise: pokes the relay). */
  wrote(): void;
}

/** `writerOf`: the request's own transaction (it throws rather than hand out a second one while one is open). */
export function auditCrossTenantReads<C extends RequestContext>(
  subgraph: string,
  writerOf: (context: C) => AuditWriter,
  tables: EventTables,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, operationName }) {
          const viewer = contextValue.viewer;
          if (viewer?.role !== "global_admin" || operation?.operation !== "query") return;
          const fields = operation.selectionSet.selections
            .flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))
            .filter((f) => f !== "__typename" && f !== "_service");
          if (fields.length === 0) return;
          const writer = writerOf(contextValue);
          await writer.db.transaction((tx) =>
            recordEvent(tx, tables, {
              type: `${subgraph}.audit.recorded` as EventType,
              aggregateId: viewer.userId,
              organizationId: viewer.organizationId,
              actorId: viewer.userId,
              payload: {
                action: "cross_tenant_read",
                actorId: viewer.userId,
                actorRole: viewer.role,
                organizationId: viewer.organizationId,
                operationName: operationName ?? null,
                fields,
                requestId: contextValue.requestId,
              },
            } as never),
          );
          writer.wrote();
        },
      };
    },
  };
}
