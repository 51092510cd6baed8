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
  /**
   * Transport headers, not part of the event: the trace context (`traceparent`, `tracestate`). Kafka carries them as
   * message headers (never in the value); the in-process bus as they are. Absent when tracing is off.
   */
  headers: z.record(z.string(), z.string()).optional(),
});

export type EventEnvelope<P = unknown> = Omit<z.infer<typeof envelopeSchema>, "payload"> & { payload: P };

export const DEAD_LETTER_TOPIC = "meander.dead-letter";

/**
 * Each consumer's own dead-letter topic (`meander.dead-letter.<consumer>`, one partition): its offsets count the
 * consumer's dead letters, and a redrive reads only that consumer's entries.
 */
export function deadLetterTopicOf(consumer: string): string {
  return `${DEAD_LETTER_TOPIC}.${consumer}`;
}

/** Redriven dead letters travel here, keyed by the consumer they are meant for; every consumer skips the others'. */
export const REDRIVE_TOPIC = "meander.redrive";

/**
 * People's profiles (`identity.profile.changed`: e-mail, name, phone) travel on a compacted topic of their own,
 * keyed by the user: an erasure publishes the person's null profile, the key's last value, and compaction drops
 * every earlier one (README "Personal data in events").
 */
export const PROFILE_TOPIC = "meander.identity.profiles";

/**
 * Invited addresses (`organization.invitation.address_changed`) likewise: compacted, keyed by the invitation, the
 * address null once the invitation is used, revoked, expired or its person erased.
 */
export const INVITATION_TOPIC = "meander.organization.invitations";

/** The topics that are compacted (the newest event per key is kept): the only ones that may carry contact details. */
export const COMPACTED_TOPICS: readonly string[] = [PROFILE_TOPIC, INVITATION_TOPIC];

export function topicOf(type: string): string {
  if (type.startsWith("identity.profile.")) return PROFILE_TOPIC;
  if (type === "organization.invitation.address_changed") return INVITATION_TOPIC;
  return `meander.${type.split(".")[0]}`;
}

export function newEventId(): string {
  return uuidv7();
}
