/**
 * A subgraph's part of an erasure (issue 24 item 4): `privacy.erasure.requested` (organization, after the
 * confirmation) is handled in one transaction with the consumer's bookkeeping, and the part answers
 * `privacy.erasure.completed { requestId, subgraph }` in that same transaction, so organization's progress
 * never shows a part done that rolled back.
 */
import type { Tx } from "@meander/db";
import type { PayloadOf } from "./catalog/index.js";
import type { ConsumerHandlers } from "./consumer.js";
import type { Emitter } from "./unit-of-work.js";

export type ErasureSubgraph = PayloadOf<"privacy.erasure.completed">["subgraph"];
/** Every subgraph takes part (organization waits for all of them). */
export const ERASURE_SUBGRAPHS: readonly ErasureSubgraph[] = [
  "identity",
  "organization",
  "activity",
  "finance",
  "engagement",
  "reporting",
];

export interface ErasureSubject {
  requestId: string;
  organizationId: string | null;
  type: "contact" | "user";
  id: string;
}

export type ErasurePart = (subject: ErasureSubject, tx: Tx, events: Emitter) => Promise<void>;

export function erasureHandlers(subgraph: ErasureSubgraph, part: ErasurePart): ConsumerHandlers {
  return {
    "privacy.erasure.requested": async (event, tx, events) => {
      const p = event.payload;
      await part(
        { requestId: p.requestId, organizationId: event.organizationId, type: p.subjectType, id: p.subjectId },
        tx,
        events,
      );
      await events.emit({
        type: "privacy.erasure.completed",
        aggregateId: p.requestId,
        organizationId: event.organizationId,
        actorId: null,
        payload: { requestId: p.requestId, subgraph },
      });
    },
  };
}
