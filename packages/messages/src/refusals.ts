/**
 * Refusals (issue 20 "messages in the caller's language"): the message of each rule violation and of the
 * FORBIDDEN/CONFLICT/NOT_FOUND errors people read. Keyed `refusal.<rule>` (the rule's name as in the seeds),
 * `refusal.<rule>.<field>` where one rule reads differently per field (the field's last name: `durationMinutes`
 * of `activities[2].durationMinutes`). `{param}`s are what the domain passes with the violation (limits, the
 * value refused); a text whose parameters were not passed is not used. The subgraph kit picks the text once, at
 * error formatting (packages/subgraph-kit/src/refusals.ts), in the caller's language.
 */
import type { MessageTable } from "./types.js";
import { activityRefusals } from "./refusals-activity.js";
import { engagementRefusals } from "./refusals-engagement.js";
import { financeRefusals } from "./refusals-finance.js";
import { peopleRefusals } from "./refusals-people.js";
import { privacyRefusals } from "./refusals-privacy.js";
import { forbiddenRefusals } from "./refusals-forbidden.js";
import { reportingRefusals } from "./refusals-reporting.js";

/** Errors without a rule of their own, and uploads (packages/storage). */
const generalRefusals = {
  // Errors without a rule of their own.
  "refusal.forbidden": {
    nb: "Du har ikke tilgang til å gjøre dette",
    nn: "Du har ikkje tilgang til å gjere dette",
    en: "You may not do this",
  },
  "refusal.conflict": {
    nb: "Dette er allerede gjort eller ble endret av noen andre i mellomtiden; hent på nytt og prøv igjen",
    nn: "Dette er alt gjort eller vart endra av nokon andre i mellomtida; hent på nytt og prøv igjen",
    en: "This is done already or was changed by someone else meanwhile; reload and try again",
  },
  "refusal.not_found": { nb: "Fant ikke det du ba om", nn: "Fann ikkje det du bad om", en: "Not found" },
  "refusal.not_found.erasure_request": {
    nb: "Slettingen finnes ikke",
    nn: "Slettinga finst ikkje",
    en: "Erasure request not found",
  },
  "refusal.not_found.activity": {
    nb: "Aktiviteten finnes ikke",
    nn: "Aktiviteten finst ikkje",
    en: "Activity not found",
  },
  "refusal.not_found.access_export": {
    nb: "Innsynsforespørselen finnes ikke",
    nn: "Innsynsførespurnaden finst ikkje",
    en: "Access export not found",
  },
  "refusal.not_found.accounting_export": {
    nb: "Regnskapseksporten finnes ikke",
    nn: "Rekneskapseksporten finst ikkje",
    en: "Accounting export not found",
  },
  "refusal.not_found.assignment": {
    nb: "Oppdraget finnes ikke",
    nn: "Oppdraget finst ikkje",
    en: "Assignment not found",
  },
  "refusal.not_found.badge": { nb: "Merket finnes ikke", nn: "Merket finst ikkje", en: "Badge not found" },
  "refusal.not_found.certification": {
    nb: "Sertifiseringen finnes ikke",
    nn: "Sertifiseringa finst ikkje",
    en: "Certification not found",
  },
  "refusal.not_found.contact": { nb: "Kontakten finnes ikke", nn: "Kontakten finst ikkje", en: "Contact not found" },
  "refusal.not_found.course": { nb: "Kurset finnes ikke", nn: "Kurset finst ikkje", en: "Course not found" },
  "refusal.not_found.enrollment": {
    nb: "Påmeldingen finnes ikke",
    nn: "Påmeldinga finst ikkje",
    en: "Enrollment not found",
  },
  "refusal.not_found.expense": { nb: "Utlegget finnes ikke", nn: "Utlegget finst ikkje", en: "Expense not found" },
  "refusal.not_found.external_resource": { nb: "Lenken finnes ikke", nn: "Lenkja finst ikkje", en: "Link not found" },
  "refusal.not_found.faqitem": { nb: "Spørsmålet finnes ikke", nn: "Spørsmålet finst ikkje", en: "FAQ item not found" },
  "refusal.not_found.gathering": { nb: "Samlingen finnes ikke", nn: "Samlinga finst ikkje", en: "Gathering not found" },
  "refusal.not_found.invitation": {
    nb: "Invitasjonen finnes ikke",
    nn: "Invitasjonen finst ikkje",
    en: "Invitation not found",
  },
  "refusal.not_found.lead": { nb: "Leadet finnes ikke", nn: "Leadet finst ikkje", en: "Lead not found" },
  "refusal.not_found.local_association": {
    nb: "[[local_association|cap]] finnes ikke",
    nn: "[[local_association|cap]] finst ikkje",
    en: "[[local_association|cap]] not found",
  },
  "refusal.not_found.membership": {
    nb: "Medlemskapet finnes ikke",
    nn: "Medlemskapet finst ikkje",
    en: "Membership not found",
  },
  "refusal.not_found.organization": {
    nb: "Organisasjonen finnes ikke",
    nn: "Organisasjonen finst ikkje",
    en: "Organization not found",
  },
  "refusal.not_found.organization_settings": {
    nb: "Organisasjonens innstillinger finnes ikke",
    nn: "Organisasjonen sine innstillingar finst ikkje",
    en: "Organization settings not found",
  },
  "refusal.not_found.participant": {
    nb: "Deltakeren finnes ikke",
    nn: "Deltakaren finst ikkje",
    en: "Participant not found",
  },
  "refusal.not_found.peer_mentor": {
    nb: "[[peer_mentor|cap]] finnes ikke",
    nn: "[[peer_mentor|cap]] finst ikkje",
    en: "[[peer_mentor|cap]] not found",
  },
  "refusal.not_found.referral_link": {
    nb: "Vervelenken finnes ikke",
    nn: "Vervelenkja finst ikkje",
    en: "Referral link not found",
  },
  "refusal.not_found.reimbursement": {
    nb: "Refusjonen finnes ikke",
    nn: "Refusjonen finst ikkje",
    en: "Reimbursement not found",
  },
  "refusal.not_found.report_definition": {
    nb: "Rapportdefinisjonen finnes ikke",
    nn: "Rapportdefinisjonen finst ikkje",
    en: "Report definition not found",
  },
  "refusal.not_found.session": { nb: "Økten finnes ikke", nn: "Økta finst ikkje", en: "Session not found" },
  "refusal.not_found.toolboxcard": {
    nb: "Verktøykortet finnes ikke",
    nn: "Verktøykortet finst ikkje",
    en: "Toolbox card not found",
  },

  // Uploads (packages/storage).
  "refusal.upload_dimensions": { nb: "Bildet er for stort", nn: "Biletet er for stort", en: "The image is too large" },
  "refusal.upload_empty": { nb: "Filen er tom", nn: "Fila er tom", en: "The file is empty" },
  "refusal.upload_encoding": {
    nb: "Filen er ikke gyldig base64",
    nn: "Fila er ikkje gyldig base64",
    en: "The file is not valid base64",
  },
  "refusal.upload_too_large": { nb: "Filen er for stor", nn: "Fila er for stor", en: "The file is too large" },
  "refusal.upload_type_mismatch": {
    nb: "Filens innhold stemmer ikke med filtypen",
    nn: "Innhaldet i fila stemmer ikkje med filtypen",
    en: "The file's content does not match its type",
  },
  "refusal.upload_type_not_allowed": {
    nb: "Denne filtypen er ikke tillatt",
    nn: "Denne filtypen er ikkje tillaten",
    en: "This file type is not allowed",
  },
  "refusal.upload_unreadable": {
    nb: "Filen kan ikke leses",
    nn: "Fila kan ikkje lesast",
    en: "The file cannot be read",
  },
} as const satisfies MessageTable;

/** Every refusal text, one file per area (refusals-<area>.ts). Write each key once: a repeat in a later file would win here silently. */
export const refusalMessages = {
  ...generalRefusals,
  ...activityRefusals,
  ...engagementRefusals,
  ...financeRefusals,
  ...peopleRefusals,
  ...privacyRefusals,
  ...forbiddenRefusals,
  ...reportingRefusals,
} as const satisfies MessageTable;
