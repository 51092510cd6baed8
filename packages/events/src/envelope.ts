/**
 * The envelope every domain event travels in (DESIGN.md section 6).
 * `type` is `<domain>.<entity>.<verb>`, past tense; the topic is `meander.<domain>`.
 */
import { uuidv7 } from "uuidv7";
import { z } from "zod";

export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z_]+\.[a-z_]+\.[a-z_]+$/, "must be <domain>.<entity>.<verb>"),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  organizationId: z.uuid().nullable(),
  actorId: z.uuid().nullable(),
  aggregateId: z.string().min(1),
  payload: z.unknown(),
});

export type EventEnvelope<P = unknown> = Omit<z.infer<typeof envelopeSchema>, "payload"> & { payload: P };

export const DEAD_LETTER_TOPIC = "meander.dead-letter";

export function topicOf(type: string): string {
  return `meander.${type.split(".")[0]}`;
}

export function newEventId(): string {
  return uuidv7();
}
