/** Refusal texts (see refusals.ts for the keys and how they are picked). Activity registration, review, gatherings, contacts and documents (seed 002). */
import type { MessageTable } from "./types.js";

export const activityRefusals = {
  // Activity registration (seed 002): texts moved from subgraphs/activity/src/domain.
  "refusal.required_fields": { nb: "Feltet må fylles ut", nn: "Feltet må fyllast ut", en: "This field is required" },
  "refusal.required_fields.organizationId": {
    nb: "Dette hører til en organisasjon; logg inn i en",
    nn: "Dette høyrer til ein organisasjon; logg inn i ein",
    en: "This belongs to an organization; sign in to one",
  },
  "refusal.required_fields.activityTypeKey": {
    nb: "[[activity_type|cap]] må fylles ut",
    nn: "[[activity_type|cap]] må fyllast ut",
    en: "[[activity_type|cap]] is required",
  },
  "refusal.required_fields.localAssociationId": {
    nb: "Dette hører til et [[local_association]]",
    nn: "Dette høyrer til eit [[local_association]]",
    en: "This belongs to a [[local_association]]",
  },
  "refusal.required_fields.title": {
    nb: "Tittelen må fylles ut",
    nn: "Tittelen må fyllast ut",
    en: "The title is required",
  },
  "refusal.required_fields.name": { nb: "Navnet må fylles ut", nn: "Namnet må fyllast ut", en: "The name is required" },
  "refusal.required_fields.firstName": {
    nb: "Fornavn må fylles ut",
    nn: "Førenamn må fyllast ut",
    en: "The first name is required",
  },
  "refusal.required_fields.lastName": {
    nb: "Etternavn må fylles ut",
    nn: "Etternamn må fyllast ut",
    en: "The last name is required",
  },
  "refusal.required_fields.reason": {
    nb: "Begrunnelsen må fylles ut",
    nn: "Grunngjevinga må fyllast ut",
    en: "A reason is required",
  },
  "refusal.required_fields.payload": {
    nb: "Oppdraget må ha innhold",
    nn: "Oppdraget må ha innhald",
    en: "The assignment needs content",
  },
  "refusal.required_fields.clientId": {
    nb: "Hver synkroniserte aktivitet må ha sin klient-id",
    nn: "Kvar synkroniserte aktivitet må ha klient-ID-en sin",
    en: "Every synchronized activity needs its client id",
  },
  "refusal.required_fields.ids": { nb: "Velg minst én", nn: "Vel minst éin", en: "Choose at least one" },
  "refusal.required_fields.activities": {
    nb: "En masseregistrering har minst én aktivitet",
    nn: "Ei masseregistrering har minst éin aktivitet",
    en: "A bulk registration has at least one activity",
  },
  "refusal.required_fields.body": {
    nb: "Teksten må fylles ut",
    nn: "Teksten må fyllast ut",
    en: "The text is required",
  },
  "refusal.required_fields_present": {
    nb: "Feltet må fylles ut",
    nn: "Feltet må fyllast ut",
    en: "This field is required",
  },
  "refusal.activity_type_enum": {
    nb: "«{key}» er ikke en aktiv [[activity_type]] i organisasjonen",
    nn: "«{key}» er ikkje ein aktiv [[activity_type]] i organisasjonen",
    en: "«{key}» is not an active [[activity_type]] of the organization",
  },
  "refusal.duration_range": {
    nb: "Varigheten må være {min} til {max} minutter",
    nn: "Varigheita må vere {min} til {max} minutt",
    en: "The duration must be {min} to {max} minutes",
  },
  "refusal.participant_count_positive": {
    nb: "Det må være minst én deltaker",
    nn: "Det må vere minst éin deltakar",
    en: "There must be at least one participant",
  },
  "refusal.title_length": {
    nb: "Tittelen må ha 1 til {max} tegn",
    nn: "Tittelen må ha 1 til {max} teikn",
    en: "The title must be 1 to {max} characters",
  },
  "refusal.description_length": {
    nb: "Beskrivelsen kan ha høyst {max} tegn",
    nn: "Skildringa kan ha høgst {max} teikn",
    en: "The description may have at most {max} characters",
  },
  "refusal.bulk_fields_consistency": {
    nb: "En masseregistrering oppgir sin batch, og bare en masseregistrering har en",
    nn: "Ei masseregistrering oppgir batchen sin, og berre ei masseregistrering har ein",
    en: "A bulk registration names its batch, and only a bulk registration has one",
  },
  "refusal.country_code": {
    nb: "Landet er en tobokstavskode etter ISO 3166 (NO, SE, ...)",
    nn: "Landet er ein tobokstavskode etter ISO 3166 (NO, SE, ...)",
    en: "The country is a two-letter ISO 3166 code (NO, SE, ...)",
  },
  "refusal.date_format": {
    nb: "Datoen er ikke en ISO 8601-dato (2026-03-14 eller 2026-03-14T10:30:00Z)",
    nn: "Datoen er ikkje ein ISO 8601-dato (2026-03-14 eller 2026-03-14T10:30:00Z)",
    en: "The date is not an ISO 8601 date (2026-03-14 or 2026-03-14T10:30:00Z)",
  },
  "refusal.activity_date_not_future": {
    nb: "Aktivitetsdatoen kan ligge høyst 24 timer fram i tid",
    nn: "Aktivitetsdatoen kan liggje høgst 24 timar fram i tid",
    en: "The activity date may be at most 24 hours ahead",
  },
  "refusal.activity_date_floor": {
    nb: "Aktivitetsdatoen kan ikke være før {floor}",
    nn: "Aktivitetsdatoen kan ikkje vere før {floor}",
    en: "The activity date cannot be before {floor}",
  },
  "refusal.client_id_format": {
    nb: "En klient-id er 1 til {max} synlige ASCII-tegn (en UUID)",
    nn: "Ein klient-ID er 1 til {max} synlege ASCII-teikn (ein UUID)",
    en: "A client id is 1 to {max} visible ASCII characters (a UUID)",
  },
  "refusal.status_enum": {
    nb: "«{status}» er ikke en status ({statuses})",
    nn: "«{status}» er ikkje ein status ({statuses})",
    en: "«{status}» is not a status ({statuses})",
  },
  "refusal.approval_workflow_transition": {
    nb: "Aktiviteten kan ikke få denne statusen nå",
    nn: "Aktiviteten kan ikkje få denne statusen no",
    en: "The activity cannot take this status now",
  },
  "refusal.proxy_fields_consistency": {
    nb: "En registrering på vegne av en annen oppgir hvilken [[peer_mentor]] den gjelder, og det er ikke deg selv",
    nn: "Ei registrering på vegner av ein annan oppgir kva [[peer_mentor]] ho gjeld, og det er ikkje deg sjølv",
    en: "A registration on behalf of someone names the [[peer_mentor]] it is for, and that is not you",
  },
  "refusal.proxy_fields_consistency.isProxyRegistration": {
    nb: "Å registrere for en annen [[peer_mentor]] er en registrering på vegne av en annen",
    nn: "Å registrere for ein annan [[peer_mentor]] er ei registrering på vegner av ein annan",
    en: "Registering for another [[peer_mentor]] is a registration on behalf of someone",
  },
  "refusal.immutable_after_approval": {
    nb: "En godkjent aktivitet kan ikke lenger endres eller trekkes tilbake",
    nn: "Ein godkjend aktivitet kan ikkje lenger endrast eller trekkjast tilbake",
    en: "An approved activity can no longer be changed or withdrawn",
  },
  "refusal.duplicate_decision_state": {
    nb: "Bare en flagget, mulig dobbeltregistrering som ikke er avgjort ennå, kan avgjøres som duplikat eller ikke",
    nn: "Berre ei flagga, mogleg dobbeltregistrering som ikkje er avgjord enno, kan avgjerast som duplikat eller ikkje",
    en: "Only a flagged suspected duplicate not yet decided can be decided as a duplicate or not",
  },
  "refusal.reason_length": {
    nb: "Begrunnelsen er for lang",
    nn: "Grunngjevinga er for lang",
    en: "The reason is too long",
  },
  "refusal.bulk_size": { nb: "For mange på én gang", nn: "For mange på ein gong", en: "Too many at once" },
  "refusal.bulk_batch_atomicity": {
    nb: "{count} rad(er) har feil; ingenting ble registrert",
    nn: "{count} rad(er) har feil; ingenting vart registrert",
    en: "{count} row(s) have faults; nothing was registered",
  },
  "refusal.bulk_batch_atomicity.attendedUserIds": {
    nb: "{count} deltaker(e) kan ikke få en aktivitet; ingenting ble registrert",
    nn: "{count} deltakar(ar) kan ikkje få ein aktivitet; ingenting vart registrert",
    en: "{count} participant(s) cannot get an activity; nothing was registered",
  },
  "refusal.offline_sync_conflict_resolution": {
    nb: "Klient-id-en hører til en annen aktivitet",
    nn: "Klient-ID-en høyrer til ein annan aktivitet",
    en: "This client id belongs to another activity",
  },
  "refusal.csv_size": {
    nb: "Filen kan være høyst 5 MB",
    nn: "Fila kan vere høgst 5 MB",
    en: "The file may be at most 5 MB",
  },
  "refusal.csv_format": {
    nb: "Filen er ikke en lesbar CSV-fil",
    nn: "Fila er ikkje ei lesbar CSV-fil",
    en: "Not a readable CSV file",
  },
  "refusal.cursor_format": { nb: "Ugyldig sidemarkør", nn: "Ugyldig sidemarkør", en: "Invalid cursor" },
  "refusal.page_size_range": {
    nb: "Sidestørrelsen er utenfor det tillatte",
    nn: "Sidestorleiken er utanfor det tillatne",
    en: "The page size is out of range",
  },
  "refusal.payload_length": {
    nb: "Oppdraget er for langt",
    nn: "Oppdraget er for langt",
    en: "The assignment is too long",
  },
  "refusal.subject_erased": {
    nb: "Personen er slettet: nye opplysninger om dem kan ikke lagres",
    nn: "Personen er sletta: nye opplysningar om dei kan ikkje lagrast",
    en: "This person was erased: no new information about them can be stored",
  },
  "refusal.valid_contact_reference": {
    nb: "Kontakten finnes ikke blant dine kontakter",
    nn: "Kontakten finst ikkje blant kontaktane dine",
    en: "No such contact among yours",
  },
  "refusal.valid_user_reference": {
    nb: "Personen er ikke medlem der du handler",
    nn: "Personen er ikkje medlem der du handlar",
    en: "This person is not a member where you act",
  },
  "refusal.valid_local_association": {
    nb: "[[local_association|cap]] finnes ikke i organisasjonen din",
    nn: "[[local_association|cap]] finst ikkje i organisasjonen din",
    en: "No such [[local_association]] in your organization",
  },
  "refusal.coordinator_proxy_scope": {
    nb: "Du kan bare handle for ditt eget [[local_association]]",
    nn: "Du kan berre handle for ditt eige [[local_association]]",
    en: "You act only for your own [[local_association]]",
  },
  "refusal.owner_attribution_on_proxy": {
    nb: "Bare koordinatorer registrerer på vegne av en [[peer_mentor]]",
    nn: "Berre koordinatorar registrerer på vegner av ein [[peer_mentor]]",
    en: "Only coordinators register on behalf of a [[peer_mentor]]",
  },
  "refusal.organization_scope_isolation": {
    nb: "Dette hører ikke til der du handler",
    nn: "Dette høyrer ikkje til der du handlar",
    en: "This does not belong where you act",
  },
  "refusal.attachment_count": { nb: "For mange vedlegg", nn: "For mange vedlegg", en: "Too many attachments" },
  "refusal.attachment_activity_status": {
    nb: "En avvist aktivitet tar ikke vedlegg",
    nn: "Ein avvist aktivitet tek ikkje vedlegg",
    en: "A rejected activity takes no attachments",
  },
  "refusal.document_attach_permission": {
    nb: "Bare aktivitetens [[peer_mentor]], koordinatorene og administratorene legger til vedlegg",
    nn: "Berre [[peer_mentor]] på aktiviteten, koordinatorane og administratorane legg til vedlegg",
    en: "Only the activity's [[peer_mentor]], its coordinators and administrators add attachments",
  },
  "refusal.file_name_length": {
    nb: "Filnavnet har feil lengde",
    nn: "Filnamnet har feil lengd",
    en: "The file name has the wrong length",
  },
  "refusal.declaration_version_format": {
    nb: "Versjonen er 1–40 bokstaver, sifre, «.», «_» eller «-»",
    nn: "Versjonen er 1–40 bokstavar, siffer, «.», «_» eller «-»",
    en: "A version is 1-40 letters, digits, '.', '_' or '-'",
  },
  "refusal.declaration_signer_scope": {
    nb: "Du kan ikke registrere denne erklæringen",
    nn: "Du kan ikkje registrere denne erklæringa",
    en: "You cannot register this declaration",
  },
  "refusal.text_length": { nb: "Teksten er for lang", nn: "Teksten er for lang", en: "The text is too long" },
  "refusal.name_length": {
    nb: "Navnet har feil lengde",
    nn: "Namnet har feil lengd",
    en: "The name has the wrong length",
  },
  "refusal.phone_format": {
    nb: "Telefonnummeret er ikke gyldig (for eksempel 912 34 567 eller +46 70 123 45 67)",
    nn: "Telefonnummeret er ikkje gyldig (til dømes 912 34 567 eller +46 70 123 45 67)",
    en: "The phone number is not valid (for example 912 34 567 or +46 70 123 45 67)",
  },
  "refusal.phone_format_if_provided": {
    nb: "Telefonnummeret er ikke gyldig (for eksempel 912 34 567 eller +46 70 123 45 67)",
    nn: "Telefonnummeret er ikkje gyldig (til dømes 912 34 567 eller +46 70 123 45 67)",
    en: "The phone number is not valid (for example 912 34 567 or +46 70 123 45 67)",
  },
  "refusal.assignment_status_transition": {
    nb: "Oppdraget kan ikke få denne statusen nå",
    nn: "Oppdraget kan ikkje få denne statusen no",
    en: "The assignment cannot take this status now",
  },
  "refusal.gathering_time_range": {
    nb: "En samling slutter etter at den starter og varer høyst 24 timer",
    nn: "Ei samling sluttar etter at ho startar og varer høgst 24 timar",
    en: "A gathering ends after it starts and lasts at most 24 hours",
  },
  "refusal.capacity_positive": {
    nb: "Kapasiteten er minst 1 (la feltet stå tomt for ingen grense)",
    nn: "Kapasiteten er minst 1 (la feltet stå tomt for inga grense)",
    en: "The capacity is at least 1 (leave it empty for no limit)",
  },
  "refusal.gathering_status_transition": {
    nb: "Samlingen kan ikke få denne statusen nå",
    nn: "Samlinga kan ikkje få denne statusen no",
    en: "The gathering cannot take this status now",
  },
  "refusal.gathering_organizer_only": {
    nb: "Bare arrangøren, en koordinator i lokallaget eller en administrator styrer en samling",
    nn: "Berre arrangøren, ein koordinator i lokallaget eller ein administrator styrer ei samling",
    en: "Only the organizer, a coordinator of its local association or an administrator manages a gathering",
  },
  "refusal.registration_open": {
    nb: "Samlingen tar ikke imot påmeldinger",
    nn: "Samlinga tek ikkje imot påmeldingar",
    en: "The gathering takes no registrations",
  },
  "refusal.gathering_capacity": { nb: "Samlingen er full", nn: "Samlinga er full", en: "The gathering is full" },
  "refusal.attendance_after_start": {
    nb: "Oppmøte registreres når samlingen har startet",
    nn: "Oppmøte vert registrert når samlinga har starta",
    en: "Attendance is recorded once the gathering has started",
  },
  "refusal.registration_required": {
    nb: "Personen er ikke påmeldt samlingen",
    nn: "Personen er ikkje påmeld samlinga",
    en: "This person is not registered for the gathering",
  },
  "refusal.duplicate_registration": { nb: "Allerede påmeldt", nn: "Alt påmeld", en: "Already registered" },
  "refusal.activity_known": {
    nb: "Aktiviteten finnes ikke i organisasjonen din",
    nn: "Aktiviteten finst ikkje i organisasjonen din",
    en: "The activity is not known in your organization",
  },
} as const satisfies MessageTable;
