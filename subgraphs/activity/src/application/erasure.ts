/**
 * activity's part of an erasure (issue 24 item 4), in the consumer's transaction. For a contact:
 * - the subject's data key is destroyed (`shredSubject`, application/subject-keys.ts): every value ever written
 *   under it, in this database and (after the backup horizon, packages/crypto README) in its backups, becomes
 *   unreadable; a user's documents here are under their key too. The contact's ciphertext columns are cleared as
 *   well (`clearCiphertexts`), so nothing of theirs is left even where no master key is configured.
 * - direct identifiers replaced by a pseudonym (first and last name «Slettet kontakt», municipality removed),
 * - free text that may name them erased: notes and caregivers / next of kin (deleted), the title, description and
 *   location of activities with them, review notes on those activities, and the same notes in activity's kept
 *   outbox (`activity.activity.flagged` notes, `activity.activity.rejected` reasons).
 * Kept, so approved activities keep counting (Bufdir, aggregates): the contact's id (now a pseudonym), the
 * activities' dates, types, durations and statuses, assignments and their status log (ids, no content).
 * For a user, only their key goes (their documents): activities carry the user's id; names live in identity.
 * For both, the stored files about them are deleted and file names that may name them replaced (erasure-files.ts).
 */
import { sql } from "drizzle-orm";
import type { Envelope } from "@meander/crypto";
import { queryRows, type Tx } from "@meander/db";
import type { ErasureSubject } from "@meander/events";
import type { ObjectStore } from "@meander/storage";
import { eraseDocuments } from "./erasure-files.js";
import { shredSubject } from "./subject-keys.js";

/** The pseudonym a contact keeps after erasure (a person reads it instead of a name). */
export const ERASED_CONTACT = { firstName: "Slettet", lastName: "kontakt" } as const;

/** Clears a contact's ciphertext columns (their key is destroyed as well: shredSubject). */
async function clearCiphertexts(tx: Tx, organizationId: string, id: string): Promise<void> {
  await tx.execute(
    sql`update activity.contacts set address_enc = null, health_info_enc = null where id = ${id} and organization_id = ${organizationId}`,
  );
  await tx.execute(sql`update activity.contact_relations set phone_enc = null where contact_id = ${id}`);
  await tx.execute(
    sql`update activity.assignments set payload_enc = null where contact_id = ${id} and organization_id = ${organizationId}`,
  );
}

export async function eraseSubject(
  tx: Tx,
  envelope: Envelope | null,
  store: ObjectStore,
  subject: ErasureSubject,
): Promise<void> {
  if (!subject.organizationId) return;
  const { organizationId, id } = subject;
  await shredSubject(tx, envelope, organizationId, id);
  await eraseDocuments(tx, store, { ...subject, organizationId });
  if (subject.type !== "contact") return;
  const [found] = await queryRows(
    tx,
    sql`select 1 from activity.contacts where id = ${id} and organization_id = ${organizationId}`,
  );
  if (!found) return;
  await clearCiphertexts(tx, organizationId, id);
  await tx.execute(
    sql`update activity.contacts set first_name = ${ERASED_CONTACT.firstName}, last_name = ${ERASED_CONTACT.lastName}, municipality = null, erased_at = now() where id = ${id}`,
  );
  await tx.execute(sql`delete from activity.contact_notes where contact_id = ${id}`);
  await tx.execute(sql`delete from activity.contact_relations where contact_id = ${id}`);
  await tx.execute(sql`update activity.activity_status_changes set note = null
    where activity_id in (select a.id from activity.activities a where a.organization_id = ${organizationId} and a.contact_id = ${id})`);
  // Kept version 1 events about those activities lose their free text (a flag's note; a rejection's reason, which must
  // stay a string); version 2 carries none (issue 24 item 2).
  const theirs = sql`payload->>'activityId' in (select a.id::text from activity.activities a where a.organization_id = ${organizationId} and a.contact_id = ${id})`;
  await tx.execute(
    sql`update activity.outbox set payload = jsonb_set(payload, '{note}', 'null'::jsonb) where type = 'activity.activity.flagged' and version = 1 and ${theirs}`,
  );
  await tx.execute(
    sql`update activity.outbox set payload = jsonb_set(payload, '{reason}', '""'::jsonb) where type = 'activity.activity.rejected' and version = 1 and ${theirs}`,
  );
  await tx.execute(sql`update activity.activities set title = null, description = null, location = null
    where organization_id = ${organizationId} and contact_id = ${id}`);
}
