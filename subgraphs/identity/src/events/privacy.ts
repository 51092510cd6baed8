/**
 * identity's part of an erasure (issue 24 item 4), for a user: the account stays as a pseudonym (its id keeps
 * memberships, approvals and audit entries pointing somewhere), everything that names or reaches the person goes:
 * the user's subject key destroyed (crypto-shredding: their phone, bio and availability note, wherever a copy of the
 * ciphertext is, cannot be decrypted any more), e-mail and names replaced (they stay plain: the login looks the
 * e-mail up, names are displayed), phone, profile texts, sessions, devices, credentials, provider links and
 * invitations removed. The person's kept events are redacted too: the profiles (their null profile is published, the key's
 * last value on the compacted topic) and what old (version 1) events in identity's own outbox carried.
 */
import type { Envelope } from "@meander/crypto";
import { scopes } from "@meander/db";
import { erasureHandlers, type ConsumerHandlers } from "@meander/events";
import { shredUser } from "../application/subject-keys.js";
import { createErasureRepository } from "../db/repositories/erasure.js";

/** The pseudonym's address: unique, never deliverable (`.invalid`, RFC 2606). */
export const erasedEmail = (userId: string) => `erased-${userId}@erased.invalid`;

/** A system job over every table the person is in (and identity's kept outbox): the platform scope. */
export const privacyHandlers = (envelope: Envelope | null): ConsumerHandlers =>
  erasureHandlers("identity", async (subject, tx, events) => {
    if (subject.type !== "user") return;
    const id = subject.id;
    const erasure = createErasureRepository(tx, scopes.platform());
    const email = await erasure.emailOf(id);
    if (email === null) return;
    // Crypto-shredding first: every copy of the phone, bio and availability note (backups included) is unreadable.
    await shredUser(tx, envelope, id);
    await erasure.pseudonymize(id, erasedEmail(id));
    await erasure.forgetAccess(id, email);
    await erasure.forgetInvitations(email);
    // Kept events: the profiles carry nothing any more, old registrations and acceptances lose what named the person.
    await erasure.redactEvents(id);
    await events.emit({
      type: "identity.profile.changed",
      aggregateId: id,
      organizationId: null,
      actorId: null,
      payload: { userId: id, profile: null },
    });
  });
