/**
 * identity's part of an erasure (issue 24 item 4), for a user: the account stays as a pseudonym (its id keeps
 * memberships, approvals and audit entries pointing somewhere), everything that names or reaches the person goes:
 * the user's subject key destroyed (crypto-shredding: their phone, bio and availability note, wherever a copy of the
 * ciphertext is, cannot be decrypted any more), e-mail and names replaced (they stay plain: the login looks the
 * e-mail up, names are displayed), phone, profile texts, sessions, devices, credentials, provider links and
 * invitations removed. The person's kept events are redacted too: the profiles (their null profile is published, the key's
 * last value on the compacted topic) and what old (version 1) events in identity's own outbox carried.
 */
import { sql } from "drizzle-orm";
import type { Envelope } from "@meander/crypto";
import { queryRows } from "@meander/db";
import { erasureHandlers, type ConsumerHandlers } from "@meander/events";
import { shredUser } from "../application/subject-keys.js";

/** The pseudonym's address: unique, never deliverable (`.invalid`, RFC 2606). */
export const erasedEmail = (userId: string) => `erased-${userId}@erased.invalid`;

export const privacyHandlers = (envelope: Envelope | null): ConsumerHandlers =>
  erasureHandlers("identity", async (subject, tx, events) => {
    if (subject.type !== "user") return;
    const id = subject.id;
    const [user] = await queryRows<{ email: string }>(tx, sql`select email from identity.users where id = ${id}`);
    if (!user) return;
    // Crypto-shredding first: every copy of the phone, bio and availability note (backups included) is unreadable.
    await shredUser(tx, envelope, id);
    await tx.execute(
      sql`update identity.users set email = ${erasedEmail(id)}, first_name = 'Slettet', last_name = 'person', phone = null, phone_enc = null where id = ${id}`,
    );
    await tx.execute(sql`update identity.peer_mentor_profiles set bio = null, bio_enc = null, availability_note = null, availability_note_enc = null,
    languages = '{}', experience_areas = '{}', availability_slots = '[]' where user_id = ${id}`);
    await tx.execute(sql`update identity.peer_mentor_status_log set reason = null where user_id = ${id}`);
    await tx.execute(
      sql`delete from identity.refresh_tokens where session_id in (select id from identity.sessions where user_id = ${id})`,
    );
    for (const table of ["device_tokens", "sessions", "password_credentials", "user_identities"]) {
      await tx.execute(sql`delete from ${sql.identifier("identity")}.${sql.identifier(table)} where user_id = ${id}`);
    }
    await tx.execute(sql`delete from identity.login_throttle where email = ${user.email}`);
    await tx.execute(sql`delete from identity.invitation_projection where lower(email) = lower(${user.email})
    or invitation_id in (select invitation_id from identity.invitation_addresses where lower(email) = lower(${user.email}))`);
    await tx.execute(sql`delete from identity.invitation_addresses where lower(email) = lower(${user.email})`);
    // Kept events: the profiles carry nothing any more, old registrations and acceptances lose what named the person.
    await tx.execute(sql`update identity.outbox set payload = jsonb_build_object('userId', ${id}::text, 'profile', null)
    where type = 'identity.profile.changed' and aggregate_id = ${id}`);
    await tx.execute(sql`update identity.outbox set payload = payload - 'email' - 'displayName' - 'phone'
    where type in ('identity.user.registered', 'identity.invitation.accepted') and payload->>'userId' = ${id}`);
    await events.emit({
      type: "identity.profile.changed",
      aggregateId: id,
      organizationId: null,
      actorId: null,
      payload: { userId: id, profile: null },
    });
  });
