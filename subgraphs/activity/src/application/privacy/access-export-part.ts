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
import type { Envelope } from "@meander/crypto";
import { scopes, type Scope, type Tx } from "@meander/db";
import {
  toRecord,
  type ExportPart,
  type ExportRecord,
  type PartBuilder,
  type PartRequest,
} from "@meander/privacy/access-export";
import { createActivityTypeRepository } from "../../db/repositories/activity-types.js";
import { createActivityRepository, type ActivityRow } from "../../db/repositories/activities.js";
import { createApprovalRepository } from "../../db/repositories/approvals.js";
import { createAssignmentRepository } from "../../db/repositories/assignments.js";
import { createContactDetailRepository } from "../../db/repositories/contact-details.js";
import { createContactRepository } from "../../db/repositories/contacts.js";
import { createDocumentRepository } from "../../db/repositories/documents.js";
import { createGatheringRepository } from "../../db/repositories/gatherings.js";
import { createSensitiveReadRepository } from "../../db/repositories/sensitive-reads.js";
import { createStatusChangeRepository } from "../../db/repositories/status-changes.js";
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

/** The export reads what the organization holds about the subject: the system at the organization's scope. */
function repositories(tx: Tx, scope: Scope) {
  return {
    activities: createActivityRepository(tx, scope),
    activityTypes: createActivityTypeRepository(tx, scope),
    approvals: createApprovalRepository(tx, scope),
    assignments: createAssignmentRepository(tx, scope),
    contacts: createContactRepository(tx, scope),
    details: createContactDetailRepository(tx, scope),
    documents: createDocumentRepository(tx, scope),
    gatherings: createGatheringRepository(tx, scope),
    reads: createSensitiveReadRepository(tx, scope),
    statusChanges: createStatusChangeRepository(tx, scope),
  };
}
type Repositories = ReturnType<typeof repositories>;

async function activitiesWith(repos: Repositories, rows: ActivityRow[]): Promise<Record<string, ExportRecord[]>> {
  const names = new Map((await repos.activityTypes.list({ includeInactive: true })).map((t) => [t.key, t.name]));
  const activityIds = ids(rows);
  return {
    activities: rows.map((a) => ({ ...toRecord(a), activityTypeName: names.get(a.activityType) ?? a.activityType })),
    activityStatusChanges: (await repos.statusChanges.byActivityIds(activityIds)).map((r) => toRecord(r)),
    activityApprovals: (await repos.approvals.byActivityIds(activityIds)).map((r) => toRecord(r)),
  };
}

async function contactPart(repos: Repositories, open: Opener, contactId: string): Promise<ExportPart> {
  const contact = await repos.contacts.byIds([contactId]);
  const labels: Record<string, string> = Object.fromEntries(contact.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  const relations = await repos.details.relationsOf([contactId]);
  const notes = await repos.details.notesOf([contactId]);
  const given = await repos.assignments.aboutContact(contactId);
  const theirActivities = await repos.activities.ofPerson({ contactId });
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
      assignmentStatusLog: (await repos.assignments.statusLogOf(ids(given))).map((r) => toRecord(r)),
      ...(await activitiesWith(repos, theirActivities)),
      documents: (await repos.documents.ofActivities(ids(theirActivities))).map((d) => toRecord(d, ["storageKey"])),
      gatheringRegistrations: [],
      sensitiveReads: (await repos.reads.ofSubjects(subjects)).map((r) => toRecord(r)),
    },
  };
}

async function userPart(repos: Repositories, userId: string): Promise<ExportPart> {
  const theirActivities = await repos.activities.ofPerson({ userId });
  const given = await repos.assignments.ofPerson(userId);
  return {
    subgraph: "activity",
    categories: {
      contact: [],
      caregivers: [],
      notes: (await repos.details.notesBy(userId)).map((n) => toRecord(n, ["bodyEnc"])),
      assignments: given.map((a) => toRecord(a, ["payloadEnc"])),
      assignmentStatusLog: (await repos.assignments.statusLogOf(ids(given))).map((r) => toRecord(r)),
      ...(await activitiesWith(repos, theirActivities)),
      documents: (await repos.documents.ofPerson(userId)).map((d) => toRecord(d, ["storageKey"])),
      gatheringRegistrations: (await repos.gatherings.registrationsOfUser(userId)).map((r) => toRecord(r)),
      sensitiveReads: (await repos.reads.byActor(userId)).map((r) => toRecord(r)),
    },
  };
}

/** The builder, with the master-key envelope that opens the organization's data key. */
export function activityExportPart(envelope: Envelope | null): PartBuilder {
  return async (tx: Tx, request: PartRequest) => {
    const { contactId, userId } = request.subject;
    const repos = repositories(tx, scopes.organization(request.organizationId));
    if (contactId) return contactPart(repos, opener(tx, envelope, request.organizationId), contactId);
    return userPart(repos, userId!);
  };
}
