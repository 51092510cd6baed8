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
import type { Envelope } from "@meander/crypto";
import { scopes, type Tx } from "@meander/db";
import type { ErasureSubject } from "@meander/events";
import type { ObjectStore } from "@meander/storage";
import { createActivityRepository } from "../db/repositories/activities.js";
import { createAssignmentRepository } from "../db/repositories/assignments.js";
import { createContactDetailRepository } from "../db/repositories/contact-details.js";
import { createContactRepository } from "../db/repositories/contacts.js";
import { createOutboxRepository } from "../db/repositories/outbox.js";
import { createStatusChangeRepository } from "../db/repositories/status-changes.js";
import { eraseDocuments } from "./erasure-files.js";
import { shredSubject } from "./subject-keys.js";

/** The pseudonym a contact keeps after erasure (a person reads it instead of a name). */
export const ERASED_CONTACT = { firstName: "Slettet", lastName: "kontakt" } as const;

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
  // The system's erasure, within the contact's organization.
  const scope = scopes.organization(organizationId);
  // The pseudonym; the contact's ciphertext columns are cleared as well (their key is destroyed: shredSubject).
  if (!(await createContactRepository(tx, scope).erase(id, ERASED_CONTACT))) return;
  await createAssignmentRepository(tx, scope).clearPayloadsAbout(id);
  await createContactDetailRepository(tx, scope).removeOf(id);
  await createStatusChangeRepository(tx, scope).clearNotesAbout(id);
  await createOutboxRepository(tx, scope).eraseFreeTextAbout(id);
  await createActivityRepository(tx, scope).clearTextsWith(id);
}
