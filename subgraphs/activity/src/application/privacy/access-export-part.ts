/**
 * activity's part of a subject access export (issue 24 item 3).
 * - A contact: the contact (address and health information decrypted), caregivers and next of kin (phones
 *   decrypted), notes (decrypted), assignments about them (payload decrypted) and their status logs, the activities
 *   they took part in and the documents attached to those, and who read their sensitive fields (sensitive_reads).
 * - A user (a peer mentor, coordinator ...): the activities they registered (with their status changes and
 *   approvals), assignments given to them and their status logs, the notes they wrote, documents they uploaded or
 *   that are theirs (confidentiality declarations), gathering registrations, and the sensitive fields they read.
 *   Another person's sensitive data stays out of a user's export: an assignment's payload and a note's text are
 *   about the contact, so only their dates and status are listed.
 * Documents are listed with their file name, type, size and checksum; the files themselves stay in the document
 * store (decision: the bundle stays small enough to answer inline; the requester can fetch a file through the
 * activity's documents).
 */
import { eq, inArray, or } from "drizzle-orm";
import type { Envelope } from "@meander/crypto";
import type { Tx } from "@meander/db";
import {
  toRecord,
  type ExportPart,
  type ExportRecord,
  type PartBuilder,
  type PartRequest,
} from "@meander/privacy/access-export";
import {
  activities,
  activityApprovals,
  activityStatusChanges,
  activityTypes,
  assignments,
  assignmentStatusLog,
  contactNotes,
  contactRelations,
  contacts,
  documents,
  gatheringRegistrations,
  sensitiveReads,
} from "../../db/schema/index.js";
import { aadOf, keyringIn } from "../sensitive.js";

type Opener = (table: string, id: string, column: string, ciphertext: string | null) => Promise<string | null>;

/** Decrypts for the export; a value that no longer decrypts (a destroyed key) reads as null, never fails the export. */
function opener(tx: Tx, envelope: Envelope | null, organizationId: string): Opener {
  const keyring = keyringIn(tx, envelope);
  return async (table, id, column, ciphertext) => {
    if (!ciphertext) return null;
    try {
      return (await keyring.decrypt(organizationId, ciphertext, aadOf(table, id, column))).toString();
    } catch {
      return null;
    }
  };
}

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
const none = ["00000000-0000-0000-0000-000000000000"];
const any = (list: string[]) => (list.length ? list : none);

async function typeNames(tx: Tx, organizationId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ key: activityTypes.key, name: activityTypes.name })
    .from(activityTypes)
    .where(eq(activityTypes.organizationId, organizationId));
  return new Map(rows.map((r) => [r.key, r.name]));
}

async function activitiesWith(
  tx: Tx,
  rows: Array<typeof activities.$inferSelect>,
  names: Map<string, string>,
): Promise<Record<string, ExportRecord[]>> {
  const activityIds = any(ids(rows));
  return {
    activities: rows.map((a) => ({ ...toRecord(a), activityTypeName: names.get(a.activityType) ?? a.activityType })),
    activityStatusChanges: (
      await tx.select().from(activityStatusChanges).where(inArray(activityStatusChanges.activityId, activityIds))
    ).map((r) => toRecord(r)),
    activityApprovals: (
      await tx.select().from(activityApprovals).where(inArray(activityApprovals.activityId, activityIds))
    ).map((r) => toRecord(r)),
  };
}

async function contactPart(tx: Tx, open: Opener, organizationId: string, contactId: string): Promise<ExportPart> {
  const contact = await tx.select().from(contacts).where(eq(contacts.id, contactId));
  const labels: Record<string, string> = Object.fromEntries(contact.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  const relations = await tx.select().from(contactRelations).where(eq(contactRelations.contactId, contactId));
  const notes = await tx.select().from(contactNotes).where(eq(contactNotes.contactId, contactId));
  const given = await tx.select().from(assignments).where(eq(assignments.contactId, contactId));
  const theirActivities = await tx.select().from(activities).where(eq(activities.contactId, contactId));
  const subjects = [contactId, ...ids(relations), ...ids(notes), ...ids(given)];
  return {
    subgraph: "activity",
    labels,
    categories: {
      contact: await Promise.all(
        contact.map(async (c) => ({
          ...toRecord(c, ["addressEnc", "healthInfoEnc"]),
          address: await open("contacts", c.id, "address", c.addressEnc),
          healthInfo: await open("contacts", c.id, "health_info", c.healthInfoEnc),
        })),
      ),
      caregivers: await Promise.all(
        relations.map(async (r) => ({
          ...toRecord(r, ["phoneEnc"]),
          phone: await open("contact_relations", r.id, "phone", r.phoneEnc),
        })),
      ),
      notes: await Promise.all(
        notes.map(async (n) => ({
          ...toRecord(n, ["bodyEnc"]),
          body: await open("contact_notes", n.id, "body", n.bodyEnc),
        })),
      ),
      assignments: await Promise.all(
        given.map(async (a) => ({
          ...toRecord(a, ["payloadEnc"]),
          payload: await open("assignments", a.id, "payload", a.payloadEnc),
        })),
      ),
      assignmentStatusLog: (
        await tx
          .select()
          .from(assignmentStatusLog)
          .where(inArray(assignmentStatusLog.assignmentId, any(ids(given))))
      ).map((r) => toRecord(r)),
      ...(await activitiesWith(tx, theirActivities, await typeNames(tx, organizationId))),
      documents: (
        await tx
          .select()
          .from(documents)
          .where(inArray(documents.activityId, any(ids(theirActivities))))
      ).map((d) => toRecord(d, ["storageKey"])),
      gatheringRegistrations: [],
      sensitiveReads: (await tx.select().from(sensitiveReads).where(inArray(sensitiveReads.subjectId, subjects))).map(
        (r) => toRecord(r),
      ),
    },
  };
}

async function userPart(tx: Tx, organizationId: string, userId: string): Promise<ExportPart> {
  const theirActivities = await tx
    .select()
    .from(activities)
    .where(or(eq(activities.userId, userId), eq(activities.proxySubmittedBy, userId)));
  const given = await tx
    .select()
    .from(assignments)
    .where(or(eq(assignments.mentorId, userId), eq(assignments.coordinatorId, userId)));
  return {
    subgraph: "activity",
    categories: {
      contact: [],
      caregivers: [],
      notes: (await tx.select().from(contactNotes).where(eq(contactNotes.authorId, userId))).map((n) =>
        toRecord(n, ["bodyEnc"]),
      ),
      assignments: given.map((a) => toRecord(a, ["payloadEnc"])),
      assignmentStatusLog: (
        await tx
          .select()
          .from(assignmentStatusLog)
          .where(inArray(assignmentStatusLog.assignmentId, any(ids(given))))
      ).map((r) => toRecord(r)),
      ...(await activitiesWith(tx, theirActivities, await typeNames(tx, organizationId))),
      documents: (
        await tx
          .select()
          .from(documents)
          .where(or(eq(documents.mentorId, userId), eq(documents.uploadedBy, userId)))
      ).map((d) => toRecord(d, ["storageKey"])),
      gatheringRegistrations: (
        await tx.select().from(gatheringRegistrations).where(eq(gatheringRegistrations.userId, userId))
      ).map((r) => toRecord(r)),
      sensitiveReads: (await tx.select().from(sensitiveReads).where(eq(sensitiveReads.actorId, userId))).map((r) =>
        toRecord(r),
      ),
    },
  };
}

/** The builder, with the master-key envelope that opens the organization's data key. */
export function activityExportPart(envelope: Envelope | null): PartBuilder {
  return async (tx: Tx, request: PartRequest) => {
    const { contactId, userId } = request.subject;
    if (contactId)
      return contactPart(tx, opener(tx, envelope, request.organizationId), request.organizationId, contactId);
    return userPart(tx, request.organizationId, userId!);
  };
}
