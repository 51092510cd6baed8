/** Refusal texts (see refusals.ts for the keys and how they are picked). Subject access exports and erasure (issue 24). */
import type { MessageTable } from "./types.js";

export const privacyRefusals = {
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
} as const satisfies MessageTable;
