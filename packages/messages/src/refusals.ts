/**
 * Refusals (issue 20 "messages in the caller's language"): the message of each rule violation and of the
 * FORBIDDEN/CONFLICT/NOT_FOUND errors people read. Keyed `refusal.<rule>` (the rule's name as in the seeds),
 * `refusal.<rule>.<field>` where one rule reads differently per field (the field's last name: `durationMinutes`
 * of `activities[2].durationMinutes`). `{param}`s are what the domain passes with the violation (limits, the
 * value refused); a text whose parameters were not passed is not used. The subgraph kit picks the text once, at
 * error formatting (packages/subgraph-kit/src/refusals.ts), in the caller's language.
 */
import type { MessageTable } from "./types.js";

export const refusalMessages = {
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

  // Engagement.
  "refusal.already_enrolled": {
    nb: "Du er allerede påmeldt dette kurset",
    nn: "Du er alt påmeld dette kurset",
    en: "Already enrolled in this course",
  },
  "refusal.already_revoked": {
    nb: "Sertifiseringen er allerede trukket tilbake",
    nn: "Sertifiseringa er alt trekt tilbake",
    en: "The certification is revoked already",
  },
  "refusal.already_withdrawn": {
    nb: "Påmeldingen er allerede trukket",
    nn: "Påmeldinga er alt trekt",
    en: "The enrollment is withdrawn already",
  },
  "refusal.attended_final": {
    nb: "Du kan ikke melde deg av et kurs du har gjennomført",
    nn: "Du kan ikkje melde deg av eit kurs du har gjennomført",
    en: "An attended course cannot be withdrawn from",
  },
  "refusal.attendance_requires_seat": {
    nb: "Bare en deltaker med plass kan markeres som møtt",
    nn: "Berre ein deltakar med plass kan merkjast som møtt",
    en: "Only a registered participant can be marked as attended",
  },
  "refusal.day_in_session": {
    nb: "Dagen er ikke en av samlingens dager",
    nn: "Dagen er ikkje ein av dagane i samlinga",
    en: "The day is not one of the session's days",
  },
  "refusal.course_open": {
    nb: "Kurset er ikke åpent for påmelding",
    nn: "Kurset er ikkje ope for påmelding",
    en: "The course is not open for enrollment",
  },
  "refusal.course_cancelled": {
    nb: "Kurset er avlyst og kan ikke endres",
    nn: "Kurset er avlyst og kan ikkje endrast",
    en: "The course is cancelled and cannot change",
  },
  "refusal.course_transition": {
    nb: "Kurset kan ikke få denne statusen nå",
    nn: "Kurset kan ikkje få denne statusen no",
    en: "The course cannot take this status now",
  },
  "refusal.capacity_below_seats": {
    nb: "Kapasiteten kan ikke være lavere enn antall deltakere med plass",
    nn: "Kapasiteten kan ikkje vere lågare enn talet på deltakarar med plass",
    en: "The capacity cannot be below the seats taken",
  },
  "refusal.certification_type_exists": {
    nb: "Sertifiseringstypen finnes ikke i organisasjonen",
    nn: "Sertifiseringstypen finst ikkje i organisasjonen",
    en: "No such certification type in the organization",
  },
  "refusal.date_order": {
    nb: "Sluttdatoen kan ikke være før startdatoen",
    nn: "Sluttdatoen kan ikkje vere før startdatoen",
    en: "The end cannot be before the start",
  },
  "refusal.reason_required": { nb: "Oppgi en begrunnelse", nn: "Oppgi ei grunngjeving", en: "Give a reason" },
  "refusal.key_format": {
    nb: "Nøkkelen er 1–64 tegn: a–z, 0–9 og _",
    nn: "Nøkkelen er 1–64 teikn: a–z, 0–9 og _",
    en: "A key is 1-64 of a-z, 0-9 and _",
  },
  "refusal.validity_positive": {
    nb: "Gyldigheten er 1 til 600 måneder, eller tom for ingen utløpsdato",
    nn: "Gyldigheita er 1 til 600 månader, eller tom for ingen utløpsdato",
    en: "Validity must be 1 to 600 months, or empty for no expiry",
  },
  "refusal.product_format": {
    nb: "Produktet er 1–40 tegn: a–z, 0–9, _ og -",
    nn: "Produktet er 1–40 teikn: a–z, 0–9, _ og -",
    en: "Product: 1 to 40 of a-z, 0-9, _ and -",
  },
  "refusal.body_length": {
    nb: "Teksten må ha 1 til 10 000 tegn",
    nn: "Teksten må ha 1 til 10 000 teikn",
    en: "The text must be 1 to 10,000 characters",
  },
  "refusal.question_length": {
    nb: "Spørsmålet må ha 1 til 500 tegn",
    nn: "Spørsmålet må ha 1 til 500 teikn",
    en: "The question must be 1 to 500 characters",
  },
  "refusal.answer_length": {
    nb: "Svaret må ha 1 til 10 000 tegn",
    nn: "Svaret må ha 1 til 10 000 teikn",
    en: "The answer must be 1 to 10,000 characters",
  },
  "refusal.subject_length": {
    nb: "Emnet kan ha høyst 200 tegn",
    nn: "Emnet kan ha høgst 200 teikn",
    en: "The subject is at most 200 characters",
  },
  "refusal.ids_unique": {
    nb: "Hver oppføring kan bare nevnes én gang",
    nn: "Kvar oppføring kan berre nemnast éin gong",
    en: "Each item may be named only once",
  },
  "refusal.card_unknown": {
    nb: "Et av kortene finnes ikke i organisasjonen",
    nn: "Eitt av korta finst ikkje i organisasjonen",
    en: "One of the cards is not in the organization",
  },
  "refusal.faq_unknown": {
    nb: "Et av spørsmålene finnes ikke for organisasjonen",
    nn: "Eitt av spørsmåla finst ikkje for organisasjonen",
    en: "One of the questions is not in the organization",
  },
  "refusal.platform_enum": {
    nb: "Plattformen er ANDROID eller IOS",
    nn: "Plattforma er ANDROID eller IOS",
    en: "The platform is ANDROID or IOS",
  },
  "refusal.push_token_format": {
    nb: "Push-nøkkelen har feil form",
    nn: "Push-nøkkelen har feil form",
    en: "The push token has the wrong form",
  },
  "refusal.apns_token_format": {
    nb: "En APNs-nøkkel er 64 til 200 heksadesimale tegn",
    nn: "Ein APNs-nøkkel er 64 til 200 heksadesimale teikn",
    en: "An APNs device token is 64 to 200 hexadecimal characters",
  },
  "refusal.fcm_token_format": {
    nb: "En FCM-nøkkel er 100 til 4096 URL-sikre tegn",
    nn: "Ein FCM-nøkkel er 100 til 4096 URL-sikre teikn",
    en: "An FCM registration token is 100 to 4096 URL-safe characters",
  },
  "refusal.device_name_length": {
    nb: "Enhetsnavnet må ha 1 til 100 tegn",
    nn: "Einingsnamnet må ha 1 til 100 teikn",
    en: "The device name must be 1 to 100 characters",
  },
  "refusal.quiet_hours_range": {
    nb: "Stilletiden er to minutter i døgnet, 0 til 1439",
    nn: "Stilletida er to minutt i døgeret, 0 til 1439",
    en: "Quiet hours are two minutes of the day, 0 to 1439",
  },
  "refusal.tier_label_length": {
    nb: "Navnet på trinnet må ha 1 til 100 tegn",
    nn: "Namnet på trinnet må ha 1 til 100 teikn",
    en: "A label is 1-100 characters",
  },
  "refusal.min_assignments_range": {
    nb: "Et trinn starter på 1 til 10 000 oppdrag",
    nn: "Eit trinn startar på 1 til 10 000 oppdrag",
    en: "A tier starts at 1 to 10,000 assignments",
  },
  "refusal.tier_in_effect": {
    nb: "Ingen trinn med den grensen gjelder den dagen",
    nn: "Ingen trinn med den grensa gjeld den dagen",
    en: "No tier at that minimum is in effect on that day",
  },
  "refusal.tier_version_awarded": {
    nb: "[[peer_mentors|cap]] har nådd denne versjonen av trinnet; endre det fra en senere dag",
    nn: "[[peer_mentors|cap]] har nådd denne versjonen av trinnet; endre det frå ein seinare dag",
    en: "[[peer_mentors|cap]] have reached this version of the tier: change it from a later day",
  },
  "refusal.valid_from_date": {
    nb: "Gjelder fra er en dato, ÅÅÅÅ-MM-DD",
    nn: "Gjeld frå er ein dato, ÅÅÅÅ-MM-DD",
    en: "validFrom is a calendar date, YYYY-MM-DD",
  },
  "refusal.referral_code_length": {
    nb: "En vervekode har høyst 64 tegn",
    nn: "Ein vervekode har høgst 64 teikn",
    en: "A referral code is at most 64 characters",
  },

  // Finance.
  "refusal.amount_non_negative": {
    nb: "Beløp er hele, ikke-negative øre",
    nn: "Beløp er heile, ikkje-negative øre",
    en: "Amounts are whole, non-negative øre",
  },
  "refusal.amount_positive": {
    nb: "Beløpet må være et positivt helt antall øre",
    nn: "Beløpet må vere eit positivt heilt tal øre",
    en: "The amount must be a positive whole number of øre",
  },
  "refusal.auto_approve_within_max": {
    nb: "Grensen for automatisk godkjenning kan ikke være over maksimumsbeløpet",
    nn: "Grensa for automatisk godkjenning kan ikkje vere over maksimumsbeløpet",
    en: "The automatic-approval limit cannot exceed the maximum amount",
  },
  "refusal.distance_positive": {
    nb: "Distansen må være et positivt helt antall meter",
    nn: "Distansen må vere eit positivt heilt tal meter",
    en: "The distance must be a positive whole number of metres",
  },
  "refusal.distance_required": {
    nb: "Kjøregodtgjørelse trenger kjørt distanse i meter",
    nn: "Køyregodtgjersle treng køyrd distanse i meter",
    en: "Mileage needs the distance driven, in metres",
  },
  "refusal.expense_type_enum": { nb: "Ukjent utleggstype", nn: "Ukjend utleggstype", en: "Unknown expense type" },
  "refusal.exclusive_with_known": {
    nb: "En utleggstype den utelukker, finnes ikke",
    nn: "Ein utleggstype han utelukkar, finst ikkje",
    en: "An expense type it excludes does not exist",
  },
  "refusal.exclusive_with_self": {
    nb: "En type kan ikke utelukke seg selv",
    nn: "Ein type kan ikkje utelukke seg sjølv",
    en: "A type cannot exclude itself",
  },
  "refusal.idempotency_key": {
    nb: "Klient-id-en hører til et annet utlegg",
    nn: "Klient-ID-en høyrer til eit anna utlegg",
    en: "This client id belongs to another expense",
  },
  "refusal.max_amount": {
    nb: "Beløpet er over typens maksimum",
    nn: "Beløpet er over maksimum for typen",
    en: "The amount exceeds this type's maximum",
  },
  "refusal.mileage_amount": {
    nb: "Beløpet stemmer ikke med distansen og satsen",
    nn: "Beløpet stemmer ikkje med distansen og satsen",
    en: "The amount does not match the distance and rate",
  },
  "refusal.mileage_rate_missing": {
    nb: "Organisasjonen har ingen kilometersats som gjelder på aktivitetens dato",
    nn: "Organisasjonen har ingen kilometersats som gjeld på datoen til aktiviteten",
    en: "The organization has no mileage rate valid on the activity's date",
  },
  "refusal.mutual_exclusivity": {
    nb: "Denne utleggstypen kan ikke kombineres med en du allerede har ført",
    nn: "Denne utleggstypen kan ikkje kombinerast med ein du alt har ført",
    en: "This expense type cannot be combined with one claimed already",
  },
  "refusal.nothing_to_export": {
    nb: "Ingen godkjente refusjoner venter på eksport",
    nn: "Ingen godkjende refusjonar ventar på eksport",
    en: "There are no approved reimbursements waiting for an export",
  },
  "refusal.nothing_to_reimburse": {
    nb: "Ingen godkjente utlegg venter på refusjon",
    nn: "Ingen godkjende utlegg ventar på refusjon",
    en: "There are no approved expenses waiting for a reimbursement",
  },
  "refusal.passengers_not_allowed": {
    nb: "Passasjerer gir tillegg bare på en kjøretype som tillater det",
    nn: "Passasjerar gjev tillegg berre på ein køyretype som tillèt det",
    en: "Passengers add to the rate only on a mileage type that allows it",
  },
  "refusal.passengers_range": {
    nb: "Antall passasjerer er utenfor det tillatte",
    nn: "Talet på passasjerar er utanfor det tillatne",
    en: "The number of passengers is out of range",
  },
  "refusal.rate_positive": {
    nb: "En sats er et positivt helt antall øre per km",
    nn: "Ein sats er eit positivt heilt tal øre per km",
    en: "A rate is a positive whole number of øre per km",
  },
  "refusal.receipt_count": {
    nb: "For mange kvitteringer på utlegget",
    nn: "For mange kvitteringar på utlegget",
    en: "Too many receipts on the expense",
  },
  "refusal.receipt_required": {
    nb: "Beløpet krever kvittering",
    nn: "Beløpet krev kvittering",
    en: "A receipt is required for this amount",
  },
  "refusal.type_key_format": {
    nb: "En nøkkel er 2–40 små bokstaver, sifre eller _, og starter med en bokstav",
    nn: "Ein nøkkel er 2–40 små bokstavar, siffer eller _, og startar med ein bokstav",
    en: "A key is 2-40 lower-case letters, digits or _, starting with a letter",
  },
  "refusal.type_name_length": {
    nb: "Navnet har feil lengde",
    nn: "Namnet har feil lengd",
    en: "The name has the wrong length",
  },
  "refusal.note_length": { nb: "Notatet er for langt", nn: "Notatet er for langt", en: "The note is too long" },
  "refusal.encryption_configured": {
    nb: "Påloggingsdata kan ikke lagres: ingen krypteringsnøkkel er satt opp",
    nn: "Påloggingsdata kan ikkje lagrast: ingen krypteringsnøkkel er sett opp",
    en: "Credentials cannot be stored: no encryption master key is configured",
  },
  "refusal.callback_url": { nb: "Ikke en URL", nn: "Ikkje ein URL", en: "Not a URL" },

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
  // Subject access export (issue 24 item 3).
  "refusal.access_export_subject_required": {
    nb: "Velg nøyaktig én person: en kontakt eller en bruker",
    nn: "Vel nøyaktig éin person: ein kontakt eller ein brukar",
    en: "Name exactly one person: a contact or a user",
  },
  "refusal.access_export_permission": {
    nb: "Bare en organisasjonsadministrator, eller personen selv for sin egen konto, kan be om innsyn",
    nn: "Berre ein organisasjonsadministrator, eller personen sjølv for sin eigen konto, kan be om innsyn",
    en: "Only an organization administrator, or the person for their own account, may ask for an export",
  },
  "refusal.access_export_subject_outside_organization": {
    nb: "Brukeren er ikke medlem av organisasjonen din",
    nn: "Brukaren er ikkje medlem av organisasjonen din",
    en: "The user is not a member of your organization",
  },
  "refusal.access_export_subject_outside_organization.contactId": {
    nb: "Kontakten finnes ikke i organisasjonen din",
    nn: "Kontakten finst ikkje i organisasjonen din",
    en: "The contact is not one of your organization's",
  },
  "refusal.access_export_requester_only": {
    nb: "Bare den som ba om innsynet, kan laste det ned",
    nn: "Berre den som bad om innsynet, kan laste det ned",
    en: "Only the person who asked for the export may download it",
  },
  "refusal.access_export_not_ready": {
    nb: "Innsynet blir fortsatt satt sammen; prøv igjen om litt",
    nn: "Innsynet vert framleis sett saman; prøv igjen om litt",
    en: "The export is still being assembled; try again shortly",
  },
  "refusal.access_export_already_downloaded": {
    nb: "Innsynet er allerede lastet ned; be om et nytt",
    nn: "Innsynet er alt lasta ned; be om eit nytt",
    en: "The export has been downloaded already; ask for a new one",
  },
  "refusal.access_export_expired": {
    nb: "Fristen for å laste ned innsynet har gått ut; be om et nytt",
    nn: "Fristen for å laste ned innsynet har gått ut; be om eit nytt",
    en: "The export's download window has passed; ask for a new one",
  },
  "refusal.invitation_expiry": {
    nb: "En invitasjon utløper etter 1 til {max} dager",
    nn: "Ein invitasjon går ut etter 1 til {max} dagar",
    en: "An invitation expires after 1 to {max} days",
  },
  "refusal.invitation_open": {
    nb: "Invitasjonen er ikke lenger åpen",
    nn: "Invitasjonen er ikkje lenger open",
    en: "The invitation is no longer open",
  },
  "refusal.invitation_permission": {
    nb: "En koordinator ser bare invitasjoner til sitt eget [[local_association]]",
    nn: "Ein koordinator ser berre invitasjonar til sitt eige [[local_association]]",
    en: "A coordinator sees only their own [[local_association]]'s invitations",
  },
  "refusal.invitation_revoked": {
    nb: "Invitasjonen er trukket tilbake",
    nn: "Invitasjonen er trekt tilbake",
    en: "This invitation has been withdrawn",
  },
  "refusal.invitation_used": {
    nb: "Invitasjonen er allerede tatt imot",
    nn: "Invitasjonen er alt teken imot",
    en: "This invitation has already been accepted",
  },
  "refusal.local_association_name_unique": {
    nb: "Organisasjonen har allerede et [[local_association]] med dette navnet",
    nn: "Organisasjonen har alt eit [[local_association]] med dette namnet",
    en: "The organization already has a [[local_association]] with this name",
  },
  "refusal.max_memberships_range": {
    nb: "Høyeste antall medlemskap per bruker er 1 til 20",
    nn: "Høgaste tal på medlemskap per brukar er 1 til 20",
    en: "Max memberships per user must be 1 to 20",
  },
  "refusal.membership_limit": {
    nb: "En bruker kan høre til høyst {max} [[local_association]]",
    nn: "Ein brukar kan høyre til høgst {max} [[local_association]]",
    en: "A user may belong to at most {max} [[local_association]]s",
  },
  "refusal.membership_unique": {
    nb: "Brukeren er allerede medlem av dette [[local_association]]",
    nn: "Brukaren er alt medlem av dette [[local_association]]",
    en: "The user is already a member of this [[local_association]]",
  },
  "refusal.municipality_length": {
    nb: "Kommunenavnet er for langt",
    nn: "Kommunenamnet er for langt",
    en: "The municipality name is too long",
  },
  "refusal.oidc_provider": {
    nb: "Ukjent innloggingstjeneste",
    nn: "Ukjend innloggingsteneste",
    en: "Unknown sign-in provider",
  },
  "refusal.organization_number_format": {
    nb: "Organisasjonsnummeret er 9 sifre med gyldig kontrollsiffer",
    nn: "Organisasjonsnummeret er 9 siffer med gyldig kontrollsiffer",
    en: "Organization number must be 9 digits with a valid check digit",
  },
  "refusal.organization_required": {
    nb: "Oppgi organisasjonen du handler i",
    nn: "Oppgi organisasjonen du handlar i",
    en: "Name the organization to act on",
  },
  "refusal.organization_size_enum": {
    nb: "Ukjent organisasjonsstørrelse",
    nn: "Ukjend organisasjonsstorleik",
    en: "Unknown organization size",
  },
  "refusal.organization_unique": {
    nb: "Det finnes allerede en organisasjon med dette kortnavnet eller nummeret",
    nn: "Det finst alt ein organisasjon med dette kortnamnet eller nummeret",
    en: "An organization with this short name or number exists",
  },
  "refusal.password_length": {
    nb: "Passordet har feil lengde",
    nn: "Passordet har feil lengd",
    en: "The password has the wrong length",
  },
  "refusal.password_required": {
    nb: "En ny konto trenger et passord",
    nn: "Ein ny konto treng eit passord",
    en: "A new account needs a password",
  },
  "refusal.primary_change_permission": {
    nb: "Bare medlemmet selv eller en administrator kan bytte hovedmedlemskap",
    nn: "Berre medlemen sjølv eller ein administrator kan byte hovudmedlemskap",
    en: "Only the member or an administrator may change the primary membership",
  },
  "refusal.rate_limit_per_ip": {
    nb: "For mange forespørsler; prøv igjen om litt",
    nn: "For mange førespurnader; prøv igjen om litt",
    en: "Too many requests; try again shortly",
  },
  "refusal.region_in_organization": {
    nb: "[[region|cap]] må høre til samme organisasjon",
    nn: "[[region|cap]] må høyre til same organisasjon",
    en: "The [[region]] must belong to the same organization",
  },
  "refusal.region_name_unique": {
    nb: "Organisasjonen har allerede en [[region]] med dette navnet",
    nn: "Organisasjonen har alt ein [[region]] med dette namnet",
    en: "The organization already has a [[region]] with this name",
  },
  "refusal.role_grant": {
    nb: "Du kan ikke gi denne rollen",
    nn: "Du kan ikkje gje denne rolla",
    en: "You may not grant this role",
  },
  "refusal.single_organization_tree": {
    nb: "En brukers medlemskap må være i én organisasjon",
    nn: "Medlemskapa til ein brukar må vere i éin organisasjon",
    en: "A user's memberships must stay within one organization",
  },
  "refusal.status_enum_constraint": { nb: "Ukjent status", nn: "Ukjend status", en: "Unknown status" },
  "refusal.status_transition_ordering": {
    nb: "Statusen kan ikke endres slik",
    nn: "Statusen kan ikkje endrast slik",
    en: "The status cannot change this way",
  },

  // FORBIDDEN and CONFLICT: every one names its rule (gateway/test/error-catalog.test.ts checks each has a text here).
  "refusal.org_admin_required": {
    nb: "Bare en organisasjonsadministrator kan gjøre dette",
    nn: "Berre ein organisasjonsadministrator kan gjere dette",
    en: "Only an organization administrator may do this",
  },
  "refusal.global_admin_required": {
    nb: "Bare en plattformadministrator kan gjøre dette",
    nn: "Berre ein plattformadministrator kan gjere dette",
    en: "Only a platform administrator may do this",
  },
  "refusal.organization_context_required": {
    nb: "Dette hører til en organisasjon; velg en du er medlem av først",
    nn: "Dette høyrer til ein organisasjon; vel ein du er medlem av først",
    en: "This belongs to an organization: choose one you are a member of first",
  },
  "refusal.own_organization_only": {
    nb: "Du kan bare gjøre dette for din egen organisasjon",
    nn: "Du kan berre gjere dette for din eigen organisasjon",
    en: "You may do this only for your own organization",
  },
  "refusal.own_local_association_only": {
    nb: "Du kan bare se ditt eget [[local_association]]",
    nn: "Du kan berre sjå ditt eige [[local_association]]",
    en: "You may see only your own [[local_association]]",
  },
  "refusal.role_required": {
    nb: "Rollen din gir ikke tilgang til dette",
    nn: "Rolla di gjev ikkje tilgang til dette",
    en: "Your role does not give access to this",
  },
  "refusal.permission_denied": {
    nb: "Du har ikke tilgang til dette",
    nn: "Du har ikkje tilgang til dette",
    en: "You do not have access to this",
  },
  "refusal.archived_content_access": {
    nb: "Bare koordinatorer og administratorer ser arkivert innhold",
    nn: "Berre koordinatorar og administratorar ser arkivert innhald",
    en: "Only coordinators and administrators see archived content",
  },
  "refusal.global_content_permission": {
    nb: "Bare plattformadministratorer endrer innhold som gjelder alle organisasjoner",
    nn: "Berre plattformadministratorar endrar innhald som gjeld alle organisasjonar",
    en: "Only platform administrators change content shared by every organization",
  },
  "refusal.certification_type_key_unique": {
    nb: "Organisasjonen har allerede en sertifiseringstype med denne nøkkelen",
    nn: "Organisasjonen har alt ein sertifiseringstype med denne nøkkelen",
    en: "The organization has a certification type with this key already",
  },
  "refusal.badge_already_awarded": {
    nb: "Personen har allerede dette merket",
    nn: "Personen har alt dette merket",
    en: "This person holds this badge already",
  },
  "refusal.referral_step_public": {
    nb: "Bare klikk og installasjoner registreres slik; resten kommer fra personens egne hendelser",
    nn: "Berre klikk og installasjonar vert registrerte slik; resten kjem frå hendingane til personen sjølv",
    en: "Only clicks and installs are recorded this way; the other steps come from the person's own events",
  },
  "refusal.enroll_others_permission": {
    nb: "Bare koordinatorer og administratorer melder på andre",
    nn: "Berre koordinatorar og administratorar melder på andre",
    en: "Only coordinators and administrators enroll others",
  },
  "refusal.own_enrollment_only": {
    nb: "Du kan bare trekke din egen påmelding",
    nn: "Du kan berre trekkje di eiga påmelding",
    en: "You may withdraw only your own enrollment",
  },
  "refusal.own_activity_expense": {
    nb: "Du kan bare føre utlegg på dine egne aktiviteter",
    nn: "Du kan berre føre utlegg på dine eigne aktivitetar",
    en: "You may claim expenses only on your own activities",
  },
  "refusal.own_reimbursement_only": {
    nb: "Du kan bare be om refusjon for deg selv",
    nn: "Du kan berre be om refusjon for deg sjølv",
    en: "You may claim a reimbursement only for yourself",
  },
  "refusal.mileage_rate_unique": {
    nb: "Organisasjonen har allerede en kilometersats som gjelder fra denne dagen",
    nn: "Organisasjonen har alt ein kilometersats som gjeld frå denne dagen",
    en: "The organization has a mileage rate valid from this day already",
  },
  "refusal.reimbursement_already_exported": {
    nb: "En refusjon ble eksportert i mellomtiden; prøv igjen",
    nn: "Ein refusjon vart eksportert i mellomtida; prøv igjen",
    en: "A reimbursement was exported meanwhile; try again",
  },
  "refusal.export_already_paid": {
    nb: "Eksporten er allerede markert som betalt",
    nn: "Eksporten er alt markert som betalt",
    en: "The export is marked paid already",
  },
  "refusal.expense_already_bundled": {
    nb: "Noen utlegg ble samlet i en refusjon i mellomtiden; prøv igjen",
    nn: "Nokre utlegg vart samla i ein refusjon i mellomtida; prøv igjen",
    en: "Some expenses were bundled meanwhile; try again",
  },
  "refusal.expense_rejected": {
    nb: "Utlegget er avvist; det kan ikke få flere kvitteringer",
    nn: "Utlegget er avvist; det kan ikkje få fleire kvitteringar",
    en: "The expense was rejected: no receipts can be added",
  },
  "refusal.expense_already_decided": {
    nb: "Utlegget er allerede behandlet",
    nn: "Utlegget er alt handsama",
    en: "The expense has been decided already",
  },
  "refusal.reimbursement_not_pending": {
    nb: "Refusjonen venter ikke på godkjenning",
    nn: "Refusjonen ventar ikkje på godkjenning",
    en: "The reimbursement is not waiting for approval",
  },
  "refusal.approver_role": {
    nb: "Bare koordinatorer og administratorer godkjenner",
    nn: "Berre koordinatorar og administratorar godkjenner",
    en: "Only coordinators and administrators approve",
  },
  "refusal.approver_scope": {
    nb: "Du kan bare behandle det som hører til et [[local_association]] du er koordinator i",
    nn: "Du kan berre handsame det som høyrer til eit [[local_association]] du er koordinator i",
    en: "You may decide only on what belongs to a [[local_association]] you coordinate",
  },
  "refusal.no_self_approval": {
    nb: "Du kan ikke godkjenne ditt eget",
    nn: "Du kan ikkje godkjenne ditt eige",
    en: "You cannot approve your own",
  },
  "refusal.honorarium_tier_permission": {
    nb: "Bare organisasjonens administratorer eller lagets koordinatorer setter honorartrinnene",
    nn: "Berre administratorane i organisasjonen eller koordinatorane i laget set honorartrinna",
    en: "Only the organization's administrators or the association's coordinators set its honorarium tiers",
  },
  "refusal.membership_held": {
    nb: "Du har ikke dette medlemskapet",
    nn: "Du har ikkje dette medlemskapet",
    en: "You do not hold this membership",
  },
  "refusal.membership_required": {
    nb: "Kontoen har ikke noe medlemskap å logge inn i",
    nn: "Kontoen har ikkje noko medlemskap å logge inn i",
    en: "This account has no membership to sign in to",
  },
  "refusal.email_unique": {
    nb: "Det finnes allerede en bruker med denne e-postadressen",
    nn: "Det finst alt ein brukar med denne e-postadressa",
    en: "A user with this e-mail address exists already",
  },
  "refusal.peer_mentor_profile_role": {
    nb: "Bare en [[peer_mentor]] har en profil som [[peer_mentor]]",
    nn: "Berre ein [[peer_mentor]] har ein profil som [[peer_mentor]]",
    en: "Only a [[peer_mentor]] has a [[peer_mentor]] profile",
  },
  "refusal.session_revocation_permission": {
    nb: "Bare en administrator i brukerens organisasjon kan logge ut brukerens økter",
    nn: "Berre ein administrator i organisasjonen til brukaren kan logge ut øktene til brukaren",
    en: "Only an administrator of the user's organization may revoke their sessions",
  },
  "refusal.team_statistics_role": {
    nb: "Bare koordinatorer og organisasjonsadministratorer ser lagets statistikk",
    nn: "Berre koordinatorar og organisasjonsadministratorar ser statistikken til laget",
    en: "Only coordinators and organization administrators see team statistics",
  },
  "refusal.auditor_required": {
    nb: "Bare revisorer kan verifisere denne revisjonskjeden",
    nn: "Berre revisorar kan verifisere denne revisjonskjeda",
    en: "Only auditors may verify this audit chain",
  },
  "refusal.audit_log_access": {
    nb: "Bare organisasjonsadministratorer og plattformadministratorer leser revisjonsloggen",
    nn: "Berre organisasjonsadministratorar og plattformadministratorar les revisjonsloggen",
    en: "Only organization and platform administrators read the audit log",
  },

  // Reporting.
  "refusal.dimension_allowed": { nb: "Ukjent dimensjon", nn: "Ukjend dimensjon", en: "Unknown dimension" },
  "refusal.dimension_unique": {
    nb: "En dimensjon er oppgitt to ganger",
    nn: "Ein dimensjon er oppgitt to gonger",
    en: "A dimension is given twice",
  },
  "refusal.dimensions_max": { nb: "For mange dimensjoner", nn: "For mange dimensjonar", en: "Too many dimensions" },
  "refusal.filter_values_max": {
    nb: "For mange verdier i filteret",
    nn: "For mange verdiar i filteret",
    en: "Too many values in the filter",
  },
  "refusal.frequency_allowed": { nb: "Ukjent frekvens", nn: "Ukjend frekvens", en: "Unknown frequency" },
  "refusal.id_format": { nb: "Ikke en gyldig id", nn: "Ikkje ein gyldig id", en: "Not a valid id" },
  "refusal.metric_allowed": { nb: "Ukjent måltall", nn: "Ukjent måltal", en: "Unknown metric" },
  "refusal.metric_unique": {
    nb: "Et måltall er oppgitt to ganger",
    nn: "Eit måltal er oppgitt to gonger",
    en: "A metric is given twice",
  },
  "refusal.metrics_required": {
    nb: "Velg minst ett måltall",
    nn: "Vel minst eitt måltal",
    en: "Choose at least one metric",
  },
  "refusal.name_unique": {
    nb: "En annen har allerede dette navnet",
    nn: "Ein annan har alt dette namnet",
    en: "Another one has this name",
  },
  "refusal.period_dates": {
    nb: "Bare en fast periode har fra- og til-dato",
    nn: "Berre ein fast periode har frå- og til-dato",
    en: "Only a FIXED period takes from and to",
  },
  "refusal.period_kind_allowed": { nb: "Ukjent periode", nn: "Ukjend periode", en: "Unknown period" },
  "refusal.period_length": { nb: "Perioden er for lang", nn: "Perioden er for lang", en: "The period is too long" },
  "refusal.period_order": {
    nb: "Perioden slutter før den starter",
    nn: "Perioden sluttar før han startar",
    en: "The period ends before it starts",
  },
  "refusal.period_range": {
    nb: "Perioden slutter før den starter",
    nn: "Perioden sluttar før han startar",
    en: "The period ends before it starts",
  },
  "refusal.start_range": {
    nb: "Første kjøring er høyst ett år fram i tid",
    nn: "Første køyring er høgst eitt år fram i tid",
    en: "The first run is at most a year ahead",
  },
  "refusal.status_allowed": {
    nb: "Ukjent status i filteret",
    nn: "Ukjend status i filteret",
    en: "Unknown status in the filter",
  },
  "refusal.year_not_ended": {
    nb: "Dette kan bare lages for et år som er slutt",
    nn: "Dette kan berre lagast for eit år som er slutt",
    en: "This can only be made for a year that has ended",
  },
  "refusal.year_range": {
    nb: "Året må være mellom 2000 og 2100",
    nn: "Året må vere mellom 2000 og 2100",
    en: "The year must be between 2000 and 2100",
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
