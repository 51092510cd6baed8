/** Refusal texts (see refusals.ts for the keys and how they are picked). Finance: expenses, reimbursements, mileage, honorarium, accounting exports. */
import type { MessageTable } from "./types.js";

export const financeRefusals = {
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
} as const satisfies MessageTable;
