/**
 * The readable PDF of a subject access export, in Norwegian bokmål: a cover (whose data, for which organization,
 * when), then every subgraph's categories with their records as "label: value" lines. Names, not ids: an id that a
 * part labelled (a local association, an activity type, a person) is shown by its name; other ids are left out
 * (they are in the JSON bundle). Drawn with @meander/pdf (the helpers reporting's Bufdir PDF uses).
 */
import { ensureRoom, heading, INK, LEFT, MUTED, newPdf, pageFooters, WIDTH, type Doc } from "@meander/pdf";
import type { ExportBundle, ExportRecord, ExportValue } from "@meander/privacy/access-export";

const SUBGRAPH_TITLES: Record<string, string> = {
  identity: "Brukerkonto og innlogging",
  organization: "Medlemskap i organisasjonen",
  activity: "Aktiviteter, kontakter og oppdrag",
  finance: "Utlegg og utbetalinger",
  engagement: "Kurs, sertifiseringer og varsler",
  reporting: "Rapporter og revisjonslogg",
};

const CATEGORY_TITLES: Record<string, string> = {
  user: "Brukeren",
  profile: "Likepersonprofil",
  profileStatusLog: "Statuslogg for profilen",
  settings: "Innstillinger",
  sessions: "Innlogginger (økter)",
  devices: "Enheter for varsler",
  identities: "Innlogging med andre tjenester",
  memberships: "Medlemskap",
  invitations: "Invitasjoner",
  accessExports: "Innsynsforespørsler",
  contact: "Kontakten",
  activities: "Aktiviteter",
  notes: "Notater",
  caregivers: "Pårørende og omsorgspersoner",
  assignments: "Oppdrag",
  assignmentStatusLog: "Statuslogg for oppdrag",
  documents: "Dokumenter",
  gatheringRegistrations: "Påmeldinger til samlinger",
  sensitiveReads: "Oppslag i sensitive opplysninger",
  expenses: "Utlegg",
  receipts: "Kvitteringer",
  payouts: "Utbetalinger",
  honorariums: "Honorarer",
  certifications: "Sertifiseringer",
  enrollments: "Kurspåmeldinger",
  notifications: "Varsler",
  notificationPreferences: "Varselinnstillinger",
  badges: "Merker",
  referralLinks: "Vervelenker",
  referralEvents: "Vervehendelser",
  reminders: "Påminnelser",
  pushDevices: "Enheter for push-varsler",
  auditEntries: "Revisjonslogg (hendelser om personen)",
  activityFacts: "Aktiviteter i rapportgrunnlaget",
  annualSummaries: "Årsoppsummeringer",
};

const FIELD_LABELS: Record<string, string> = {
  firstName: "Fornavn",
  lastName: "Etternavn",
  displayName: "Visningsnavn",
  email: "E-post",
  phone: "Telefon",
  address: "Adresse",
  healthInfo: "Helseopplysninger",
  municipality: "Kommune",
  name: "Navn",
  relation: "Relasjon",
  kind: "Type",
  body: "Tekst",
  payload: "Innhold",
  status: "Status",
  role: "Rolle",
  title: "Tittel",
  description: "Beskrivelse",
  createdAt: "Opprettet",
  updatedAt: "Endret",
  date: "Dato",
  startsAt: "Start",
  durationMinutes: "Varighet (minutter)",
  amountOre: "Beløp (øre)",
  totalOre: "Sum (øre)",
  paidAt: "Utbetalt",
  submittedAt: "Sendt inn",
  issuedAt: "Utstedt",
  validFrom: "Gyldig fra",
  validUntil: "Gyldig til",
  enrolledAt: "Påmeldt",
  readAt: "Lest",
  sentAt: "Sendt",
  at: "Tidspunkt",
  action: "Hendelse",
  joinedAt: "Ble medlem",
  isPrimary: "Hovedmedlemskap",
  requestedAt: "Bedt om",
  downloadedAt: "Lastet ned",
  lastUsedAt: "Sist brukt",
  expiresAt: "Utløper",
  revokedAt: "Avsluttet",
  platform: "Plattform",
  language: "Språk",
  occurredAt: "Tidspunkt",
  originalFilename: "Filnavn",
  contentType: "Filtype",
  sizeBytes: "Størrelse (byte)",
  user: "Bruker",
  deviceName: "Enhet",
  ip: "IP-adresse",
  method: "Innloggingsmåte",
  localAssociation: "Lokallag",
  organization: "Organisasjon",
  activityTypeName: "Aktivitetstype",
  activityType: "Aktivitetstype (nøkkel)",
  activityDate: "Aktivitetsdato",
  participantCount: "Deltakere",
  location: "Sted",
  expenseTypeName: "Utleggstype",
  expenseType: "Utleggstype (nøkkel)",
  courseTitle: "Kurs",
  course: "Kurs",
  typeName: "Sertifisering",
  badgeName: "Merke",
  badge: "Merke",
  author: "Skrevet av",
  mentor: "Likeperson",
  coordinator: "Koordinator",
  actor: "Utført av",
  actorRole: "Rolle",
  subject: "Gjelder",
  subjectType: "Gjelder (type)",
  eventType: "Hendelsestype",
  contact: "Kontakt",
  active: "Aktiv",
  category: "Kategori",
  fileName: "Filnavn",
  sha256: "Sjekksum (SHA-256)",
  decidedBy: "Besluttet av",
  reason: "Begrunnelse",
  note: "Merknad",
  outcome: "Utfall",
  year: "År",
  registeredBy: "Registrert av",
  submittedBy: "Sendt inn av",
  uploadedBy: "Lastet opp av",
  createdBy: "Opprettet av",
  proxySubmittedBy: "Registrert på vegne av",
  preferredLanguage: "Språk",
  distanceMeters: "Avstand (meter)",
  passengers: "Passasjerer",
  fields: "Felt",
  operationName: "Operasjon",
  recordedAt: "Registrert",
  seq: "Løpenummer",
  week: "Uke",
  month: "Måned",
};

/** Stored enum values as a person reads them (others are shown as stored). */
const VALUES: Record<string, string> = {
  peer_mentor: "likeperson",
  coordinator: "koordinator",
  org_admin: "organisasjonsadministrator",
  global_admin: "plattformadministrator",
  approved: "godkjent",
  rejected: "avvist",
  pending_review: "til godkjenning",
  flagged: "flagget",
  withdrawn: "trukket tilbake",
  submitted: "sendt inn",
  paid: "utbetalt",
  exported: "eksportert",
  dispatched: "sendt",
  delivered: "levert",
  read: "lest",
  acknowledged: "bekreftet",
  completed: "fullført",
  cancelled: "avlyst",
  active: "aktiv",
  expired: "utløpt",
  expiring: "utløper snart",
  revoked: "trukket tilbake",
  enrolled: "påmeldt",
  waitlisted: "på venteliste",
  caregiver: "omsorgsperson",
  next_of_kin: "pårørende",
  ios: "iOS",
  android: "Android",
  password: "passord",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OSLO = new Intl.DateTimeFormat("nb-NO", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Oslo" });
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function shown(value: ExportValue, labels: Record<string, string>): string | null {
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return value ? "ja" : "nei";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (UUID.test(value)) return labels[value] ?? null;
    return ISO.test(value) ? OSLO.format(new Date(value)) : (VALUES[value] ?? value);
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => shown(v, labels)).filter((v): v is string => v !== null);
    return items.length ? items.join(", ") : null;
  }
  const inner = Object.entries(value)
    .map(([k, v]) => [k, shown(v, labels)] as const)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${v}`);
  return inner.length ? inner.join("; ") : null;
}

function fieldLabel(key: string): string {
  if (FIELD_LABELS[key]) return FIELD_LABELS[key];
  const bare = key.replace(/Id$/, "");
  return (
    FIELD_LABELS[bare] ??
    bare
      .replace(/([A-Z])/g, " $1")
      .toLowerCase()
      .replace(/^./, (c) => c.toUpperCase())
  );
}

function record(doc: Doc, r: ExportRecord, labels: Record<string, string>): void {
  const lines = Object.entries(r)
    .filter(([key]) => key !== "id" && key !== "organizationId")
    .map(([key, value]) => [fieldLabel(key), shown(value, labels)] as const)
    .filter(([, v]) => v !== null);
  if (lines.length === 0) return;
  doc.y = ensureRoom(doc, doc.y, 14 * Math.min(lines.length, 4));
  for (const [label, value] of lines) {
    doc
      .font("Helvetica-Bold")
      .fontSize(9)
      .fillColor(INK)
      .text(`${label}: `, LEFT + 8, doc.y, { continued: true, width: WIDTH - 8 });
    doc.font("Helvetica").text(value!, { width: WIDTH - 8 });
  }
  doc.moveDown(0.6);
}

export interface PdfNames {
  organizationName: string;
  subjectName: string;
}

/** The readable PDF of an assembled bundle. */
export function accessExportPdf(bundle: ExportBundle, names: PdfNames): Promise<Buffer> {
  const title = "Innsyn i personopplysninger";
  const { doc, finish } = newPdf({ title: `${title} \u2013 ${names.subjectName}`, lang: "nb-NO" });
  const labels: Record<string, string> = Object.assign({}, ...Object.values(bundle.parts).map((p) => p.labels ?? {}));
  doc.font("Helvetica-Bold").fontSize(24).fillColor(INK).text(title, LEFT, 80, { width: WIDTH });
  doc
    .font("Helvetica-Bold")
    .fontSize(16)
    .text(names.subjectName, LEFT, doc.y + 6, { width: WIDTH });
  doc.font("Helvetica").fontSize(11).fillColor(MUTED);
  doc.text(`${names.organizationName} \u00b7 laget ${OSLO.format(new Date(bundle.generatedAt))}`, LEFT, doc.y + 4, {
    width: WIDTH,
  });
  doc.moveDown(1);
  doc
    .fillColor(INK)
    .fontSize(10)
    .text(
      "Dette er alt Meander har lagret om personen, samlet fra alle delene av tjenesten (personvernforordningen artikkel 15). " +
        "Den maskinlesbare filen (JSON) som ble lastet ned sammen med denne, har de samme opplysningene med alle felt og id-er.",
      { width: WIDTH },
    );
  for (const [subgraph, part] of Object.entries(bundle.parts)) {
    doc.addPage();
    doc.y = heading(doc, SUBGRAPH_TITLES[subgraph] ?? subgraph, doc.page.margins.top, 16);
    for (const [category, records] of Object.entries(part.categories)) {
      doc.y = heading(
        doc,
        `${CATEGORY_TITLES[category] ?? fieldLabel(category)} (${records.length})`,
        ensureRoom(doc, doc.y, 40),
        12,
      );
      if (records.length === 0) {
        doc
          .font("Helvetica")
          .fontSize(9)
          .fillColor(MUTED)
          .text("Ingen opplysninger.", LEFT + 8, doc.y, { width: WIDTH - 8 });
        doc.moveDown(0.8);
        continue;
      }
      for (const r of records) record(doc, r, labels);
    }
  }
  pageFooters(doc, `${title} \u00b7 ${names.subjectName}`, (page, pages) => `Side ${page} av ${pages}`);
  return finish();
}
