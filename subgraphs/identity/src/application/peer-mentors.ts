/**
 * Peer mentor profile and status use cases. Reading: the mentor themself, and
 * coordinators and administrators who can see the user (the User parent was
 * already loaded through the scoped repository, so other organizations never
 * get this far). Status changes: checked by the domain state machine, logged
 * and published in one transaction.
 */
import { randomUUID } from "node:crypto";
import { scopeOf, type Viewer } from "@meander/auth";
import { refuseIfAny, badInput, forbiddenBy, notFound } from "@meander/validation";
import type { Envelope } from "@meander/crypto";
import { scopes, type Executor, type Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import {
  createProfileRepository,
  createStatusLogRepository,
  type PeerMentorProfileRow,
  type StatusLogRow,
} from "../db/repositories/profiles.js";
import { selfScope } from "../db/repositories/scope.js";
import { createUserRepository } from "../db/repositories/users.js";
import { actorFor, checkTransition, INITIAL_STATUS, type MentorStatus } from "../domain/mentor-status.js";
import { readableProfile, sealUserField, type ReadableProfile } from "./subject-keys.js";
import { normalizeProfile, validateProfile, type ProfileInput } from "../domain/peer-mentor-profile.js";

const STAFF = new Set(["coordinator", "org_admin", "global_admin"]);

/** Whether this viewer may read the mentoring data of a user they can already see. */
export function mayReadMentorData(viewer: Viewer | null, userId: string): boolean {
  return !!viewer && (viewer.userId === userId || STAFF.has(viewer.role));
}

/** `scope`: the request's (the user was seen through it). */
export async function currentStatus(db: Executor, scope: Scope, userId: string): Promise<MentorStatus> {
  return (await createStatusLogRepository(db, scope).latest([userId])).get(userId)?.toStatus ?? INITIAL_STATUS;
}

/** A user's profile and status log for a reader who sees the user (`scope`: the request's); null/empty for others. */
export async function mentorProfileOf(
  db: Executor,
  scope: Scope,
  userId: string,
): Promise<PeerMentorProfileRow | null> {
  return createProfileRepository(db, scope).byUserId(userId);
}

export async function mentorStatusLogOf(db: Executor, scope: Scope, userId: string): Promise<StatusLogRow[]> {
  return createStatusLogRepository(db, scope).ofUser(userId);
}

/**
 * The caller's own profile; bio and availability note are stored encrypted under the caller's key (issue 24 item 1),
 * the legacy plain column emptied at the same time. Answers the row as readers see it (readableProfile).
 */
export async function updateMyProfile(
  uow: UnitOfWork,
  envelope: Envelope | null,
  viewer: Viewer,
  input: ProfileInput,
  now: Date,
): Promise<ReadableProfile> {
  refuseIfAny(validateProfile(input, now));
  const { bio, availabilityNote, ...clean } = normalizeProfile(input);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(clean)) if (value !== undefined) fields[key] = value;
  // Non-null columns (lists, available) keep their value when the input sends null.
  for (const key of ["languages", "experienceAreas", "availabilitySlots", "available"])
    if (fields[key] === null) delete fields[key];
  // The caller's own profile, whichever organization made them a mentor (`selfScope`).
  const self = selfScope(viewer.userId);
  return uow.run(scopeOf(viewer), async (tx) => {
    if (!(await createMembershipRepository(tx, self).holds(viewer.userId, "peer_mentor")))
      throw forbiddenBy("peer_mentor_profile_role", "Only a peer mentor has a peer mentor profile");
    if (bio !== undefined)
      Object.assign(fields, {
        bioLegacy: null,
        bioEnc: await sealUserField(tx, envelope, viewer.userId, "peer_mentor_profiles:bio", bio),
      });
    if (availabilityNote !== undefined) {
      const note = await sealUserField(
        tx,
        envelope,
        viewer.userId,
        "peer_mentor_profiles:availability_note",
        availabilityNote,
      );
      Object.assign(fields, { availabilityNoteLegacy: null, availabilityNoteEnc: note });
    }
    return readableProfile(tx, envelope, await createProfileRepository(tx, self).upsert(viewer.userId, fields, now));
  });
}

export async function changeStatus(
  uow: UnitOfWork,
  viewer: Viewer,
  userId: string,
  to: MentorStatus,
  reason: string | null,
  clock: () => Date,
): Promise<StatusLogRow> {
  // Outside the caller's organization (or a coordinator's local associations) the mentor does not exist for them;
  // a global administrator acts on mentors of every organization (the platform scope), a mentor on themself (in any).
  const self = viewer.userId === userId;
  const writes = viewer.role === "global_admin" ? scopes.platform(viewer.userId) : scopeOf(viewer);
  const sees = self && viewer.role !== "global_admin" ? selfScope(userId) : writes;
  return uow.run(scopeOf(viewer), async (tx, events) => {
    const visible = await createMembershipRepository(tx, sees).holds(userId, "peer_mentor");
    if (!visible || (!self && viewer.role === "peer_mentor")) throw notFound("Peer mentor");
    await createUserRepository(tx, sees).lock(userId);
    const from = (await createStatusLogRepository(tx, sees).latest([userId])).get(userId)?.toStatus ?? INITIAL_STATUS;
    const outcome = checkTransition(from, to, actorFor(viewer, userId), reason);
    if (!outcome.ok)
      throw outcome.forbidden
        ? forbiddenBy(outcome.violation.rule, outcome.violation.message)
        : badInput(outcome.violation.rule, outcome.violation.field, outcome.violation.message);
    const text = reason?.trim() || null;
    const entry = await createStatusLogRepository(tx, writes).append({
      id: randomUUID(),
      userId,
      fromStatus: from,
      toStatus: to,
      reason: text,
      actorId: viewer.userId,
      organizationId: viewer.organizationId,
      changedAt: clock(), // read after the lock: one mentor's entries are in the order they were made
    });
    await events.emit({
      type: "identity.peer_mentor.status_changed",
      aggregateId: userId,
      organizationId: viewer.organizationId,
      actorId: viewer.userId,
      payload: { userId, from, to },
    });
    return entry;
  });
}
