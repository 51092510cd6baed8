/** Refusal texts (see refusals.ts for the keys and how they are picked). FORBIDDEN and CONFLICT: every one names its rule (gateway/test/error-catalog.test.ts checks each has a text). */
import type { MessageTable } from "./types.js";

export const forbiddenRefusals = {
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
} as const satisfies MessageTable;
