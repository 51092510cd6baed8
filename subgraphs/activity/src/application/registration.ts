/**
 * The one registration pipeline behind registerActivity, bulk registration
 * (rows and CSV) and offline sync: validate every row (domain rules, proxy
 * scope, contact scope) with a fixed number of queries whatever the row
 * count, then write the batch with multi-row inserts: activity keys,
 * activities, status log, outbox. Duplicates are flagged, Bufdir
 * countability is decided, all inside the caller's transaction.
 */
import { randomUUID } from "node:crypto";
import { scopeOf } from "@meander/auth";
import { isUuid, organizationOf, type Tx } from "@meander/db";
import type { Emitter, EventType, NewEvent } from "@meander/events";
import { createActivityTypeRepository } from "../db/repositories/activity-types.js";
import { createActivityRepository, type ActivityRow, type NewActivityRow } from "../db/repositories/activities.js";
import { createContactRepository } from "../db/repositories/contacts.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { createSettingsRepository } from "../db/repositories/settings.js";
import { createStatusChangeRepository } from "../db/repositories/status-changes.js";
import {
  attribution,
  defaultTitle,
  DURATION_MINUTES,
  initialStatus,
  optionalText,
  validateRegistration,
  type ActivityDraft,
} from "../domain/activity.js";
import type { Actor } from "../domain/actor.js";
import { classify } from "../domain/bufdir.js";
import { duplicateIndex, type DuplicateCandidate } from "../domain/duplicates.js";
import { isRegistrant, proxyRefusal } from "../domain/registrant.js";
import { DEFAULT_SETTINGS, type ActivitySettings } from "../domain/settings.js";
import { forbiddenBy } from "./errors.js";
import { scopeInOrganization } from "./scope.js";

export interface RegisterActivityInput extends ActivityDraft {
  /** Fixed id (demo seed); a new UUID otherwise. */
  id?: string;
  /** The offline client's own id for the activity (offline_sync_conflict_resolution). */
  clientId?: string | null;
  calendarEventId?: string | null;
  metadata?: unknown;
  /** The gathering whose recorded attendance created the activity (seed 002 `event_id`). */
  eventId?: string | null;
}

/** A broken rule on one row of a batch (row: 0-based index, or the CSV line). */
export interface RowViolation {
  row: number;
  rule: string;
  field: string;
  message: string;
  /** What the catalog's text names (refusal.<rule>): the message is chosen in the caller's language when errors are formatted. */
  params?: Readonly<Record<string, string | number>>;
  code: "BAD_USER_INPUT" | "FORBIDDEN";
}

export interface PreparedRow {
  index: number;
  row: NewActivityRow;
  clientId: string | null;
}

export interface Preparation {
  organizationId: string;
  settings: ActivitySettings;
  rows: PreparedRow[];
  violations: RowViolation[];
}

export interface PrepareOptions {
  now: Date;
  /** Set on every row of a bulk registration (bulk_fields_consistency). */
  bulkBatchId?: string | null;
  /** Offline sync: synced_at for every row. */
  syncedAt?: Date | null;
}

/** Validates every input and builds the rows to insert; nothing is written. */
export async function prepareRegistrations(
  tx: Tx,
  actor: Actor,
  inputs: readonly RegisterActivityInput[],
  opts: PrepareOptions,
): Promise<Preparation> {
  const organizationId = actor.organizationId;
  const violations: RowViolation[] = [];
  const fail = (
    row: number,
    rule: string,
    field: string,
    message: string,
    code: RowViolation["code"] = "BAD_USER_INPUT",
    params?: RowViolation["params"],
  ) => violations.push({ row, rule, field, message, code, ...(params ? { params } : {}) });
  if (!isRegistrant(actor.role))
    throw forbiddenBy("owner_attribution_on_proxy", "Only peer mentors and coordinators register activities");
  // Without an organization the caller sees nothing (and validateRegistration refuses: required_fields).
  const scope = scopeInOrganization(actor);
  // Lookups that are not answers (the catalog, the proxy mentor's memberships) read at the organization's scope.
  const organization = organizationOf(scope);
  const types = await createActivityTypeRepository(tx, organization).list({ includeInactive: false });
  const activeTypeKeys = new Set(types.map((t) => t.key));
  const settings = organizationId
    ? await createSettingsRepository(tx, organization).of(organizationId)
    : DEFAULT_SETTINGS;

  const who = inputs.map((input) => attribution(input, actor.userId));
  const mentorIds = [...new Set(who.filter((w) => w.isProxyRegistration && isUuid(w.userId)).map((w) => w.userId))];
  const memberships =
    organizationId && actor.role === "coordinator"
      ? await createMembershipRepository(tx, organization).ofUsers(mentorIds)
      : [];
  const contactIds = [...new Set(inputs.map((i) => i.contactId).filter((c): c is string => !!c && isUuid(c)))];
  const contacts = new Map((await createContactRepository(tx, scope).byIds(contactIds)).map((c) => [c.id, c]));

  const rows: PreparedRow[] = [];
  inputs.forEach((input, index) => {
    const before = violations.length;
    for (const v of validateRegistration(input, {
      submitterId: actor.userId,
      organizationId,
      now: opts.now,
      activeTypeKeys,
      activityDateFloor: settings.activityDateFloor,
    })) {
      fail(index, v.rule, v.field, v.message, "BAD_USER_INPUT", v.params);
    }
    const w = who[index]!;
    if (violations.length === before && w.isProxyRegistration) {
      const refusal = proxyRefusal(
        actor,
        memberships.filter((m) => m.userId === w.userId),
      );
      if (refusal) fail(index, refusal.rule, "userId", refusal.message, refusal.code);
    }
    const contact = input.contactId ? contacts.get(input.contactId) : null;
    // Every fault at once: an unknown contact is named beside the row's other faults.
    if (input.contactId && !contact)
      fail(index, "valid_contact_reference", "contactId", "Kontakten finnes ikke blant dine kontakter");
    if (violations.length > before || !organizationId) return;

    const type = types.find((t) => t.key === input.activityTypeKey.trim())!;
    const durationMinutes = input.durationMinutes ?? DURATION_MINUTES.default;
    const participantCount = input.participantCount ?? 1;
    const country = (optionalText(input.country) ?? "NO").toUpperCase();
    const bufdir = classify({ category: type.bufdirCategory, durationMinutes, participantCount, country }, settings);
    const bulkBatchId = opts.bulkBatchId ?? input.bulkBatchId ?? null;
    rows.push({
      index,
      clientId: optionalText(input.clientId),
      row: {
        id: input.id ?? randomUUID(),
        ...w,
        organizationId,
        localAssociationId: actor.localAssociationId,
        contactId: contact?.id ?? null,
        activityType: type.key,
        title: optionalText(input.title) ?? defaultTitle(type.name, contact ?? null),
        description: optionalText(input.description),
        activityDate: input.activityDate ?? opts.now,
        durationMinutes,
        location: optionalText(input.location),
        status: initialStatus(input.status),
        isBulkRegistration: bulkBatchId !== null,
        bulkBatchId,
        participantCount,
        calendarEventId: optionalText(input.calendarEventId),
        eventId: input.eventId ?? null,
        metadata: input.metadata ?? null,
        syncedAt: opts.syncedAt ?? null,
        country,
        bufdirCountable: bufdir.countable,
        bufdirReason: bufdir.reason,
        createdAt: opts.now,
        updatedAt: opts.now,
      },
    });
  });
  return { organizationId: organizationId ?? "", settings, rows, violations };
}

/**
 * duplicate_detection for prepared rows against the stored activities and the
 * earlier rows of the batch: a suspect (not a draft) becomes flagged and links
 * the nearest earlier activity. `exclude`: an activity being corrected is no
 * suspect of itself (updateActivity).
 */
export async function flagSuspects(
  tx: Tx,
  actor: Actor,
  prep: Preparation,
  opts: { exclude?: string } = {},
): Promise<void> {
  const rows = prep.rows.map((r) => r.row);
  const windowMs = prep.settings.duplicateWindowMinutes * 60_000;
  const dates = rows.map((r) => r.activityDate.getTime());
  // Suspects are looked for across the organization (another mentor, another local association): only ids leave it.
  const stored: DuplicateCandidate[] = await createActivityRepository(
    tx,
    organizationOf(scopeOf(actor)),
  ).duplicateCandidates({
    types: [...new Set(rows.map((r) => r.activityType))],
    from: new Date(Math.min(...dates) - windowMs),
    to: new Date(Math.max(...dates) + windowMs),
    contactIds: [...new Set(rows.map((r) => r.contactId).filter((c): c is string => !!c))],
    userIds: [...new Set(rows.map((r) => r.userId))],
    ...(new Set(rows.map((r) => r.localAssociationId ?? null)).size === 1
      ? { localAssociationId: rows[0]!.localAssociationId ?? null }
      : {}),
  });
  const seen = duplicateIndex(
    opts.exclude ? stored.filter((c) => c.id !== opts.exclude) : stored,
    prep.settings.duplicateWindowMinutes,
  );
  for (const row of rows) {
    const candidate = {
      id: row.id!,
      userId: row.userId,
      contactId: row.contactId ?? null,
      localAssociationId: row.localAssociationId ?? null,
      activityType: row.activityType,
      activityDate: row.activityDate,
    };
    const suspect = row.status === "draft" ? null : seen.suspect(candidate);
    if (suspect) {
      row.status = "flagged";
      row.suspectedDuplicateOf = suspect.id;
    }
    seen.add(candidate);
  }
}

/**
 * Writes prepared rows: duplicate_detection against the stored activities and
 * the earlier rows of the batch (suspects start flagged, linked to the
 * earlier activity), then one multi-row insert each for the keys, the
 * activities, the status log and the outbox.
 */
export async function insertPrepared(
  tx: Tx,
  events: Emitter,
  actor: Actor,
  prep: Preparation,
  now: Date,
): Promise<ActivityRow[]> {
  if (prep.rows.length === 0) return [];
  const scope = scopeOf(actor);
  const repo = createActivityRepository(tx, scope);
  await flagSuspects(tx, actor, prep);
  const created = await repo.insertMany(prep.rows.map(({ row, clientId }) => ({ row, clientId })));
  await createStatusChangeRepository(tx, scope).insertMany(
    created.map((a) => ({
      id: randomUUID(),
      activityId: a.id,
      organizationId: a.organizationId,
      actorId: actor.userId,
      previousStatus: null,
      newStatus: a.status,
      note: a.suspectedDuplicateOf ? `suspected duplicate of ${a.suspectedDuplicateOf}` : null,
      changedAt: now,
    })),
  );
  const all: NewEvent<EventType>[] = created.map((a) => registeredEvent(a, actor.userId, now));
  await events.emitMany(all);
  return created;
}

export function registeredEvent(a: ActivityRow, actorId: string, now: Date): NewEvent<"activity.activity.registered"> {
  return {
    type: "activity.activity.registered",
    aggregateId: a.id,
    organizationId: a.organizationId,
    actorId,
    occurredAt: now,
    payload: {
      activityId: a.id,
      userId: a.userId,
      localAssociationId: a.localAssociationId,
      activityType: a.activityType,
      activityDate: a.activityDate.toISOString(),
      durationMinutes: a.durationMinutes,
      status: a.status,
      contactId: a.contactId,
      proxySubmittedBy: a.proxySubmittedBy,
      bulkBatchId: a.bulkBatchId,
      suspectedDuplicateOf: a.suspectedDuplicateOf,
      bufdirCountable: a.bufdirCountable,
      bufdirReason: a.bufdirReason,
      participantCount: a.participantCount ?? 1,
      country: a.country,
    },
  };
}
