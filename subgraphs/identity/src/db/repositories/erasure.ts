/**
 * What identity's part of an erasure (events/privacy.ts) changes: a system job over a person's rows in every table
 * and over identity's kept outbox, for the platform scope only.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Executor, type Scope } from "@meander/db";
import { outOfScope } from "./scope.js";

export function createErasureRepository(db: Executor, scope: Scope) {
  if (scope.reach !== "platform") throw outOfScope("an erasure", scope);
  return {
    async emailOf(userId: string): Promise<string | null> {
      const [user] = await queryRows<{ email: string }>(db, sql`select email from identity.users where id = ${userId}`);
      return user?.email ?? null;
    },
    /** The account stays as a pseudonym: `email` the undeliverable one, names replaced, phone and profile texts gone. */
    async pseudonymize(userId: string, email: string): Promise<void> {
      await db.execute(
        sql`update identity.users set email = ${email}, first_name = 'Slettet', last_name = 'person', phone = null, phone_enc = null where id = ${userId}`,
      );
      await db.execute(sql`update identity.peer_mentor_profiles set bio = null, bio_enc = null, availability_note = null, availability_note_enc = null,
    languages = '{}', experience_areas = '{}', availability_slots = '[]' where user_id = ${userId}`);
      await db.execute(sql`update identity.peer_mentor_status_log set reason = null where user_id = ${userId}`);
    },
    /** Sessions, refresh tokens, devices, credentials, provider links and the address's throttle. */
    async forgetAccess(userId: string, email: string): Promise<void> {
      await db.execute(
        sql`delete from identity.refresh_tokens where session_id in (select id from identity.sessions where user_id = ${userId})`,
      );
      for (const table of ["device_tokens", "sessions", "password_credentials", "user_identities"]) {
        await db.execute(
          sql`delete from ${sql.identifier("identity")}.${sql.identifier(table)} where user_id = ${userId}`,
        );
      }
      await db.execute(sql`delete from identity.login_throttle where email = ${email}`);
    },
    /** The invitations to the address. */
    async forgetInvitations(email: string): Promise<void> {
      await db.execute(sql`delete from identity.invitation_projection where lower(email) = lower(${email})
    or invitation_id in (select invitation_id from identity.invitation_addresses where lower(email) = lower(${email}))`);
      await db.execute(sql`delete from identity.invitation_addresses where lower(email) = lower(${email})`);
    },
    /** Kept events: the profiles carry nothing any more, old registrations and acceptances lose what named the person. */
    async redactEvents(userId: string): Promise<void> {
      await db.execute(sql`update identity.outbox set payload = jsonb_build_object('userId', ${userId}::text, 'profile', null)
    where type = 'identity.profile.changed' and aggregate_id = ${userId}`);
      await db.execute(sql`update identity.outbox set payload = payload - 'email' - 'displayName' - 'phone'
    where type in ('identity.user.registered', 'identity.invitation.accepted') and payload->>'userId' = ${userId}`);
    },
  };
}
