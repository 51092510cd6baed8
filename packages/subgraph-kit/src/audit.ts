/**
 * Global administrators act across organizations, so every read they make is
 * audited (DESIGN.md sections 7 and 8): before a global administrator's query
 * runs, the subgraph writes `<subgraph>.audit.recorded` (action
 * `cross_tenant_read`, who, which root fields) to its outbox. If the entry
 * cannot be written, the read does not happen.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "@meander/auth";
import type { Db } from "@meander/db";
import { recordEvent, type EventTables, type EventType } from "@meander/events";
import { Kind } from "graphql";

/** `dbOf`: the database a request writes through (its own transaction when row-level security is on). */
export function auditCrossTenantReads<C extends RequestContext>(
  subgraph: string,
  dbOf: (context: C) => Db,
  tables: EventTables,
  afterCommit: (context: C) => void,
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
          await dbOf(contextValue).transaction((tx) =>
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
          afterCommit(contextValue);
        },
      };
    },
  };
}
