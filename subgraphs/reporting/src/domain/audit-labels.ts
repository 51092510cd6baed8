/**
 * What people read in the audit log, in Norwegian (bokmål): each action described, and subjects
 * named from what reporting knows when the log is read (the hashed entries hold ids only).
 */

const ACTIONS: Record<string, string> = {
  "auth.signed_in": "Logget inn",
  "auth.sign_in_failed": "Mislykket innlogging",
  "auth.sign_in_locked_out": "Kontoen ble sperret etter for mange mislykkede innlogginger",
  "auth.sign_in_refused_locked": "Innlogging avvist: kontoen er sperret",
  "auth.signed_out": "Logget ut",
  "auth.session_revoked": "Økt avsluttet",
  "auth.session_expired": "Økt utløpt",
  "auth.refresh_token_reused": "Gjenbrukt fornyelsesnøkkel: økten ble avsluttet",
  cross_tenant_read: "Lesing på tvers av organisasjoner",
  "contact.created": "Kontakt registrert",
  "privacy.access_export.expired": "Innsyn ikke lastet ned i tide: filene slettet",
  "activity.approved": "Aktivitet godkjent",
  "activity.rejected": "Aktivitet avvist",
  "activity.flagged": "Aktivitet flagget for gjennomgang",
  "activity.updated": "Aktivitet endret",
  "activity.withdrawn": "Aktivitet trukket tilbake",
  "activity.duplicate_cleared": "Mulig dobbeltregistrering avklart: ikke duplikat",
  "expense.approved": "Utlegg godkjent",
  "expense.rejected": "Utlegg avvist",
  "expense.approved_automatically": "Utlegg godkjent automatisk",
  "reimbursement.created": "Refusjon opprettet",
  "reimbursement.approved": "Refusjon godkjent",
  "accounting_export.created": "Regnskapseksport laget",
  "accounting_export.paid": "Regnskapseksport markert som utbetalt",
  "membership.added": "Medlemskap og rolle gitt",
  "membership.removed": "Medlemskap fjernet",
  "membership.primary_changed": "Hovedmedlemskap endret",
  "settings.changed": "Innstillinger endret",
  "feature_flags.changed": "Funksjonsbrytere endret",
  "bufdir_report.submitted": "Bufdir-rapport fryst og sendt inn",
  "bufdir_report.exported": "Bufdir-rapport eksportert",
  "course.opened": "Kurs åpnet for påmelding",
  "course.closed": "Kurs stengt for påmelding",
  "course.cancelled": "Kurs avlyst",
  "course.updated": "Kurs endret",
  "toolbox_card.updated": "Verktøykort endret",
  "toolbox_card.archived": "Verktøykort arkivert",
  "toolbox_card.restored": "Verktøykort hentet fram igjen",
  "toolbox_card.reordered": "Verktøykort sortert på nytt",
  "faq_item.updated": "Spørsmål og svar endret",
  "faq_item.archived": "Spørsmål og svar arkivert",
  "faq_item.restored": "Spørsmål og svar hentet fram igjen",
  "faq_item.reordered": "Spørsmål og svar sortert på nytt",
};

const READ_SUBJECTS: Record<string, string> = {
  contact: "kontakt",
  contact_relation: "pårørende",
  contact_note: "notat",
  assignment: "oppdrag",
};

/** The action in Norwegian; a sensitive read (`contact.healthInfo.read`) names the record kind and field. */
export function describeAction(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const read = /^([a-z_]+)\.([A-Za-z]+)\.read$/.exec(action);
  if (read) return `Lest sensitivt felt (${READ_SUBJECTS[read[1]!] ?? read[1]}: ${read[2]})`;
  return action;
}

/** "12.03.2026" from "2026-03-12". */
export function norwegianDate(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}.${m}.${y}`;
}

/** "1 234,50 kr" from øre. */
export function kroner(ore: number): string {
  const whole = Math.trunc(ore / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${whole},${String(Math.abs(ore % 100)).padStart(2, "0")} kr`;
}

export const bufdirReportLabel = (r: { year: number; version: number }) =>
  `Bufdir-rapport ${r.year}, versjon ${r.version}`;
export const activityLabel = (a: { activityType: string; activityDay: string }) =>
  `Aktivitet ${norwegianDate(a.activityDay)} (${a.activityType})`;
export const expenseLabel = (e: { amountOre: number; submittedDay: string }) =>
  `Utlegg ${kroner(e.amountOre)} (${norwegianDate(e.submittedDay)})`;
