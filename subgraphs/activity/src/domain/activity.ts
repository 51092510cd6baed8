/**
 * Activity registration rules (seed 002), as plain functions over plain data.
 * Rule names are the seed's: required_fields, duration_range, activity_type_enum,
 * title_length, description_length, participant_count_positive,
 * proxy_fields_consistency, activity_date_not_future, status_enum,
 * bulk_fields_consistency, activity_date_floor, client_id_format.
 */
import type { RuleViolation } from "./rules.js";
import { ACTIVITY_STATUSES, type ActivityStatus } from "./workflow.js";

/** A new activity starts as a draft (saved for later, offline) or awaiting review. */
export const INITIAL_STATUSES: readonly ActivityStatus[] = ["draft", "pending_review"];

export const DURATION_MINUTES = { min: 1, max: 1440, default: 30 } as const;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
/** activity_date_not_future: dates more than this far ahead of the server clock are refused. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
/** activity_date_floor: the earliest activity date unless the organization sets another (organization.settings.changed, activity_rules). */
export const DEFAULT_ACTIVITY_DATE_FLOOR = "2000-01-01";
/** client_id_format: an offline client's id for a registration (its idempotency key) is at most this long. */
export const CLIENT_ID_MAX = 100;

export interface ActivityDraft {
  activityTypeKey: string;
  activityDate?: Date | null;
  durationMinutes?: number | null;
  title?: string | null;
  description?: string | null;
  location?: string | null;
  contactId?: string | null;
  participantCount?: number | null;
  isProxyRegistration?: boolean | null;
  /** The mentor who performed the activity; only for proxy registrations. */
  userId?: string | null;
  /** draft or pending_review (the default), as text (CSV, offline clients). */
  status?: string | null;
  /** Offline clients that registered a batch on the phone send its id (both or neither). */
  isBulkRegistration?: boolean | null;
  bulkBatchId?: string | null;
  /** ISO 3166-1 alpha-2; Norway when omitted. */
  country?: string | null;
  /** Offline sync: the client's own id for the registration. */
  clientId?: string | null;
}

export interface RegistrationContext {
  /** The signed-in user submitting the registration. */
  submitterId: string;
  organizationId: string | null;
  now: Date;
  /** Keys of the organization's active activity types. */
  activeTypeKeys: ReadonlySet<string>;
  /** The organization's earliest activity date (YYYY-MM-DD); DEFAULT_ACTIVITY_DATE_FLOOR when omitted. */
  activityDateFloor?: string;
}

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim().length === 0;

export function validateRegistration(draft: ActivityDraft, ctx: RegistrationContext): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (ctx.organizationId === null) {
    v.push({
      rule: "required_fields",
      field: "organizationId",
      message: "En aktivitet hører til en organisasjon; logg inn i en",
    });
  }
  if (blank(draft.activityTypeKey)) {
    v.push({ rule: "required_fields", field: "activityTypeKey", message: "Aktivitetstype må fylles ut" });
  } else if (!ctx.activeTypeKeys.has(draft.activityTypeKey.trim())) {
    v.push({
      rule: "activity_type_enum",
      field: "activityTypeKey",
      message: `«${draft.activityTypeKey}» er ikke en aktiv aktivitetstype i organisasjonen`,
      params: { key: draft.activityTypeKey },
    });
  }
  const duration = draft.durationMinutes ?? DURATION_MINUTES.default;
  if (!Number.isInteger(duration) || duration < DURATION_MINUTES.min || duration > DURATION_MINUTES.max) {
    v.push({
      rule: "duration_range",
      field: "durationMinutes",
      message: `Varigheten må være ${DURATION_MINUTES.min} til ${DURATION_MINUTES.max} minutter`,
      params: DURATION_MINUTES,
    });
  }
  if (
    draft.participantCount !== null &&
    draft.participantCount !== undefined &&
    (!Number.isInteger(draft.participantCount) || draft.participantCount < 1)
  ) {
    v.push({ rule: "participant_count_positive", field: "participantCount", message: "Det må være minst én deltaker" });
  }
  if (draft.title && draft.title.trim().length > TITLE_MAX) {
    v.push({
      rule: "title_length",
      field: "title",
      message: `Tittelen kan ha høyst ${TITLE_MAX} tegn`,
      params: { max: TITLE_MAX },
    });
  }
  if (draft.description && draft.description.length > DESCRIPTION_MAX) {
    v.push({
      rule: "description_length",
      field: "description",
      message: `Beskrivelsen kan ha høyst ${DESCRIPTION_MAX} tegn`,
      params: { max: DESCRIPTION_MAX },
    });
  }
  v.push(...proxyViolations(draft, ctx.submitterId));
  const status = statusViolation(draft.status);
  if (status) v.push(status);
  if (Boolean(draft.isBulkRegistration) !== (draft.bulkBatchId !== null && draft.bulkBatchId !== undefined)) {
    v.push({
      rule: "bulk_fields_consistency",
      field: draft.isBulkRegistration ? "bulkBatchId" : "isBulkRegistration",
      message: "En masseregistrering oppgir sin batch, og bare en masseregistrering har en",
    });
  }
  if (draft.country !== null && draft.country !== undefined && !/^[A-Za-z]{2}$/.test(draft.country.trim())) {
    v.push({
      rule: "country_code",
      field: "country",
      message: "Landet er en tobokstavskode etter ISO 3166 (NO, SE, ...)",
    });
  }
  const date = draft.activityDate ?? ctx.now;
  if (Number.isNaN(date.getTime())) {
    v.push({
      rule: "date_format",
      field: "activityDate",
      message: "Aktivitetsdatoen er ikke en ISO 8601-dato (2026-03-14 eller 2026-03-14T10:30:00Z)",
    });
  } else if (date.getTime() > ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
    v.push({
      rule: "activity_date_not_future",
      field: "activityDate",
      message: "Aktivitetsdatoen kan ligge høyst 24 timer fram i tid",
    });
  } else if (date.toISOString().slice(0, 10) < (ctx.activityDateFloor ?? DEFAULT_ACTIVITY_DATE_FLOOR)) {
    v.push({
      rule: "activity_date_floor",
      field: "activityDate",
      message: `Aktivitetsdatoen kan ikke være før ${ctx.activityDateFloor ?? DEFAULT_ACTIVITY_DATE_FLOOR}`,
      params: { floor: ctx.activityDateFloor ?? DEFAULT_ACTIVITY_DATE_FLOOR },
    });
  }
  if (
    !blank(draft.clientId) &&
    (draft.clientId!.length > CLIENT_ID_MAX || !/^[\x21-\x7e]+$/.test(draft.clientId!.trim()))
  ) {
    v.push({
      rule: "client_id_format",
      field: "clientId",
      message: `En klient-id er 1 til ${CLIENT_ID_MAX} synlige ASCII-tegn (en UUID)`,
      params: { max: CLIENT_ID_MAX },
    });
  }
  return v;
}

/** status_enum: one of the seed's statuses; approval_workflow_transition: a new activity starts as draft or pending_review. */
function statusViolation(status: string | null | undefined): RuleViolation | null {
  if (status === null || status === undefined) return null;
  const s = status.trim().toLowerCase();
  if (!(ACTIVITY_STATUSES as readonly string[]).includes(s)) {
    return {
      rule: "status_enum",
      field: "status",
      message: `«${status}» er ikke en status (${ACTIVITY_STATUSES.join(", ")})`,
      params: { status, statuses: ACTIVITY_STATUSES.join(", ") },
    };
  }
  if (!INITIAL_STATUSES.includes(s as ActivityStatus)) {
    return {
      rule: "approval_workflow_transition",
      field: "status",
      message: "En ny aktivitet starter som draft eller pending_review",
    };
  }
  return null;
}

/** The status a new activity starts in (pending_review unless a valid draft). */
export const initialStatus = (status: string | null | undefined): ActivityStatus =>
  status?.trim().toLowerCase() === "draft" ? "draft" : "pending_review";

/** proxy_fields_consistency: a proxy registration names another mentor; a registration for another mentor is a proxy registration. */
function proxyViolations(draft: ActivityDraft, submitterId: string): RuleViolation[] {
  const performer = draft.userId ?? null;
  if (draft.isProxyRegistration) {
    if (performer === null)
      return [
        {
          rule: "proxy_fields_consistency",
          field: "userId",
          message: "En registrering på vegne av en annen oppgir hvilken likeperson den gjelder",
        },
      ];
    if (performer === submitterId)
      return [
        {
          rule: "proxy_fields_consistency",
          field: "userId",
          message: "En registrering på vegne av en annen gjelder en annen likeperson enn deg selv",
        },
      ];
  } else if (performer !== null && performer !== submitterId) {
    return [
      {
        rule: "proxy_fields_consistency",
        field: "isProxyRegistration",
        message: "Å registrere for en annen likeperson er en registrering på vegne av en annen",
      },
    ];
  }
  return [];
}

/**
 * owner_attribution_on_proxy: the activity belongs to the mentor who performed
 * it; the coordinator who submitted it on their behalf is recorded beside it.
 */
export function attribution(draft: ActivityDraft, submitterId: string) {
  const isProxyRegistration = Boolean(draft.isProxyRegistration) && !!draft.userId && draft.userId !== submitterId;
  return {
    userId: isProxyRegistration ? draft.userId! : submitterId,
    isProxyRegistration,
    proxySubmittedBy: isProxyRegistration ? submitterId : null,
  };
}

/** The title when none is given: the activity type and, when there is one, the contact's name. */
export function defaultTitle(typeName: string, contact: { firstName: string; lastName: string } | null): string {
  const title = contact ? `${typeName} med ${contact.firstName} ${contact.lastName}` : typeName;
  return title.slice(0, TITLE_MAX);
}

/** Optional text: trimmed, empty becomes null. */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
