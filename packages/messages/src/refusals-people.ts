/** Refusal texts (see refusals.ts for the keys and how they are picked). Identity and organization: users, invitations, memberships, the organization tree, settings, integrations, leads, peer mentor profiles. */
import type { MessageTable } from "./types.js";

export const peopleRefusals = {
  // Identity and organization.
  "refusal.admin_only": {
    nb: "Krever en administrator",
    nn: "Krev ein administrator",
    en: "Requires an administrator",
  },
  "refusal.active_local_association": {
    nb: "[[local_association|cap]] er ikke aktivt",
    nn: "[[local_association|cap]] er ikkje aktivt",
    en: "The [[local_association]] is not active",
  },
  "refusal.erasure_subject_one": {
    nb: "Velg enten en kontakt eller en bruker som skal slettes",
    nn: "Vel anten ein kontakt eller ein brukar som skal slettast",
    en: "Name either a contact or a user to erase",
  },
  "refusal.erasure_subject_in_progress": {
    nb: "Det finnes allerede en sletting av denne personen",
    nn: "Det finst alt ei sletting av denne personen",
    en: "An erasure of this person already exists",
  },
  "refusal.erasure_second_administrator": {
    nb: "En annen administrator enn den som ba om slettingen, må bekrefte den",
    nn: "Ein annan administrator enn den som bad om slettinga, må stadfeste ho",
    en: "An administrator other than the requester must confirm the erasure",
  },
  "refusal.erasure_awaiting_confirmation": {
    nb: "Slettingen venter ikke på bekreftelse",
    nn: "Slettinga ventar ikkje på stadfesting",
    en: "The erasure is not awaiting confirmation",
  },
  "refusal.erasure_subject_outside_organization": {
    nb: "Kontakten finnes ikke i organisasjonen din",
    nn: "Kontakten finst ikkje i organisasjonen din",
    en: "The contact is not one of your organization's",
  },
  "refusal.email_format": {
    nb: "E-postadressen er ikke gyldig",
    nn: "E-postadressa er ikkje gyldig",
    en: "The e-mail address is not valid",
  },
  "refusal.email_length_limit": {
    nb: "E-postadressen er for lang",
    nn: "E-postadressa er for lang",
    en: "The e-mail address is too long",
  },
  "refusal.invitation_expired": {
    nb: "Invitasjonen er utløpt; be om en ny",
    nn: "Invitasjonen har gått ut; be om ein ny",
    en: "This invitation has expired; ask for a new one",
  },
  // Organization settings, integrations and leads.
  "refusal.account_mapping_count": {
    nb: "Høyst 200 kontotilordninger",
    nn: "Høgst 200 kontotilordningar",
    en: "At most 200 account mappings",
  },
  "refusal.account_mapping_format": {
    nb: "En kontotilordning har feil form",
    nn: "Ei kontotilordning har feil form",
    en: "An account mapping has the wrong form",
  },
  "refusal.account_mapping_unique": {
    nb: "En konto er tilordnet to ganger",
    nn: "Ein konto er tilordna to gonger",
    en: "An account is mapped twice",
  },
  "refusal.accounting_system_known": {
    nb: "Ukjent regnskapssystem",
    nn: "Ukjent rekneskapssystem",
    en: "Unknown accounting system",
  },
  "refusal.bufdir_threshold_range": {
    nb: "Bufdir-grensen er utenfor det tillatte",
    nn: "Bufdir-grensa er utanfor det tillatne",
    en: "The Bufdir threshold is out of range",
  },
  "refusal.color_format": {
    nb: "Fargen er en heksadesimal farge (#1A2B3C)",
    nn: "Fargen er ein heksadesimal farge (#1A2B3C)",
    en: "A colour is a hexadecimal colour (#1A2B3C)",
  },
  "refusal.credentials_conflict": {
    nb: "Oppgi påloggingsdata eller fjern dem, ikke begge deler",
    nn: "Oppgi påloggingsdata eller fjern dei, ikkje begge delar",
    en: "Give credentials or clear them, not both",
  },
  "refusal.credentials_format": {
    nb: "1 til 10 påloggingsverdier, hvert navn én gang",
    nn: "1 til 10 påloggingsverdiar, kvart namn éin gong",
    en: "1 to 10 credentials, each name once",
  },
  "refusal.activity_date_floor_format": {
    nb: "Tidligste aktivitetsdato er en dag (ÅÅÅÅ-MM-DD) fra 1900-01-01 til i dag",
    nn: "Tidlegaste aktivitetsdato er ein dag (ÅÅÅÅ-MM-DD) frå 1900-01-01 til i dag",
    en: "The earliest activity date is a day (YYYY-MM-DD) from 1900-01-01 to today",
  },
  "refusal.retention_years_range": {
    nb: "En kontakt beholdes 1 til 10 hele år etter siste aktivitet",
    nn: "Ein kontakt vert halden på 1 til 10 heile år etter siste aktivitet",
    en: "A contact is kept 1 to 10 whole years after their last activity",
  },
  "refusal.duplicate_window_range": {
    nb: "Vinduet er 1 minutt til 30 dager (43 200 minutter)",
    nn: "Vindauget er 1 minutt til 30 dagar (43 200 minutt)",
    en: "The window is 1 minute to 30 days (43,200 minutes)",
  },
  "refusal.external_resource_count": { nb: "Høyst 100 lenker", nn: "Høgst 100 lenkjer", en: "At most 100 links" },
  "refusal.feature_flag_known": { nb: "Ukjent funksjon", nn: "Ukjend funksjon", en: "Unknown feature" },
  "refusal.feature_flag_unique": {
    nb: "En funksjon er oppgitt to ganger",
    nn: "Ein funksjon er oppgitt to gonger",
    en: "A feature is given twice",
  },
  "refusal.hidden_role_valid": { nb: "Ukjent rolle", nn: "Ukjend rolle", en: "Unknown role" },
  "refusal.impact_metric_format": {
    nb: "Et effektmål har feil form",
    nn: "Eit effektmål har feil form",
    en: "An impact metric has the wrong form",
  },
  "refusal.impact_metric_unique": {
    nb: "Et effektmål er oppgitt to ganger",
    nn: "Eit effektmål er oppgitt to gonger",
    en: "An impact metric is given twice",
  },
  "refusal.impact_multiplier_count": {
    nb: "Høyst 50 multiplikatorer",
    nn: "Høgst 50 multiplikatorar",
    en: "At most 50 multipliers",
  },
  "refusal.impact_multiplier_range": {
    nb: "En multiplikator er utenfor det tillatte",
    nn: "Ein multiplikator er utanfor det tillatne",
    en: "A multiplier is out of range",
  },
  "refusal.integration_credentials_required": {
    nb: "En påslått integrasjon trenger påloggingsdata",
    nn: "Ein påslått integrasjon treng påloggingsdata",
    en: "An enabled integration needs credentials",
  },
  "refusal.invitation_unknown": {
    nb: "Invitasjonen finnes ikke",
    nn: "Invitasjonen finst ikkje",
    en: "No such invitation",
  },
  "refusal.logo_url_format": {
    nb: "Logoen er en https-adresse på høyst 2048 tegn",
    nn: "Logoen er ei https-adresse på høgst 2048 teikn",
    en: "The logo URL must be an https URL of at most 2048 characters",
  },
  "refusal.name_field_length": {
    nb: "Navnet har feil lengde",
    nn: "Namnet har feil lengd",
    en: "The name has the wrong length",
  },
  "refusal.notes_length_limit": {
    nb: "Merknaden er for lang",
    nn: "Merknaden er for lang",
    en: "The notes are too long",
  },
  "refusal.organization_name_length": {
    nb: "Organisasjonsnavnet har feil lengde",
    nn: "Organisasjonsnamnet har feil lengd",
    en: "The organization name has the wrong length",
  },
  "refusal.resource_category_length": {
    nb: "Kategorien har feil lengde",
    nn: "Kategorien har feil lengd",
    en: "The category has the wrong length",
  },
  "refusal.resource_description_length": {
    nb: "Beskrivelsen er for lang",
    nn: "Skildringa er for lang",
    en: "The description is too long",
  },
  "refusal.resource_title_length": {
    nb: "Tittelen har feil lengde",
    nn: "Tittelen har feil lengd",
    en: "The title has the wrong length",
  },
  "refusal.resource_unknown": {
    nb: "En av lenkene finnes ikke i organisasjonen",
    nn: "Ei av lenkjene finst ikkje i organisasjonen",
    en: "One of the links is not in the organization",
  },
  "refusal.resource_url_format": {
    nb: "Lenken er ikke en gyldig https-adresse",
    nn: "Lenkja er ikkje ei gyldig https-adresse",
    en: "The link is not a valid https URL",
  },
  "refusal.sensitive_field_known": { nb: "Ukjent felt", nn: "Ukjent felt", en: "Unknown field" },
  "refusal.sensitive_field_unique": {
    nb: "Et felt er oppgitt to ganger",
    nn: "Eit felt er oppgitt to gonger",
    en: "A field is given twice",
  },
  "refusal.settings_version": {
    nb: "Innstillingene er endret i mellomtiden; hent dem på nytt og prøv igjen",
    nn: "Innstillingane er endra i mellomtida; hent dei på nytt og prøv igjen",
    en: "The settings changed meanwhile; reload and try again",
  },
  "refusal.short_name_length": {
    nb: "Kortnavnet har feil lengde",
    nn: "Kortnamnet har feil lengd",
    en: "The short name has the wrong length",
  },
  "refusal.terminology_count": { nb: "Høyst 500 begreper", nn: "Høgst 500 omgrep", en: "At most 500 labels" },
  "refusal.terminology_key_format": { nb: "Ukjent begrep", nn: "Ukjent omgrep", en: "Unknown term" },
  "refusal.terminology_label_length": {
    nb: "Begrepet har feil lengde",
    nn: "Omgrepet har feil lengd",
    en: "The label has the wrong length",
  },
  "refusal.terminology_language": {
    nb: "Ukjent språk for begrepet",
    nn: "Ukjent språk for omgrepet",
    en: "Unknown language for the label",
  },
  "refusal.terminology_unique": {
    nb: "Et begrep er oppgitt to ganger for samme språk",
    nn: "Eit omgrep er oppgitt to gonger for same språk",
    en: "A label is given twice for the same language",
  },
  "refusal.text_length_limit": { nb: "Teksten er for lang", nn: "Teksten er for lang", en: "The text is too long" },

  // Peer mentor profiles and status (identity).
  "refusal.availability_note_length": {
    nb: "Merknaden om tilgjengelighet er for lang",
    nn: "Merknaden om tilgjenge er for lang",
    en: "The availability note is too long",
  },
  "refusal.availability_slot": {
    nb: "Et tidsrom er en ukedag med start før slutt (TT:MM)",
    nn: "Eit tidsrom er ein vekedag med start før slutt (TT:MM)",
    en: "A slot is a weekday with start before end (HH:MM)",
  },
  "refusal.bio_length": {
    nb: "Presentasjonen er for lang",
    nn: "Presentasjonen er for lang",
    en: "The bio is too long",
  },
  "refusal.experience_areas": {
    nb: "For mange erfaringsområder, eller et har feil lengde",
    nn: "For mange erfaringsområde, eller eitt har feil lengd",
    en: "Too many experience areas, or one has the wrong length",
  },
  "refusal.languages_format": {
    nb: "Språk er ISO 639-koder (for eksempel nb, en, se)",
    nn: "Språk er ISO 639-kodar (til dømes nb, en, se)",
    en: "Languages are ISO 639 codes (e.g. nb, en, se)",
  },
  "refusal.max_active_contacts_range": {
    nb: "Høyeste antall aktive kontakter er utenfor det tillatte",
    nn: "Høgaste tal på aktive kontaktar er utanfor det tillatne",
    en: "Max active contacts is out of range",
  },
  "refusal.mentoring_since_range": {
    nb: "Likeperson siden er en dato mellom 1950 og i dag",
    nn: "Likeperson sidan er ein dato mellom 1950 og i dag",
    en: "Mentoring since is a date between 1950 and today",
  },
  "refusal.status_actor": {
    nb: "Du kan ikke gi [[peer_mentor]] denne statusen",
    nn: "Du kan ikkje gje [[peer_mentor]] denne statusen",
    en: "You may not give the [[peer_mentor]] this status",
  },
  "refusal.status_final": {
    nb: "En deaktivert [[peer_mentor]] kan ikke endre status",
    nn: "Ein deaktivert [[peer_mentor]] kan ikkje endre status",
    en: "A deactivated [[peer_mentor]] cannot change status",
  },
  "refusal.status_transition": {
    nb: "Statusen kan ikke endres slik",
    nn: "Statusen kan ikkje endrast slik",
    en: "The status cannot change this way",
  },
  "refusal.status_unchanged": {
    nb: "[[peer_mentor|cap]] har allerede denne statusen",
    nn: "[[peer_mentor|cap]] har alt denne statusen",
    en: "The [[peer_mentor]] has this status already",
  },
  "refusal.declaration_once_per_version": {
    nb: "Denne versjonen av erklæringen er allerede signert",
    nn: "Denne versjonen av erklæringa er alt signert",
    en: "This version of the declaration is signed already",
  },
} as const satisfies MessageTable;
