/**
 * The purposes of processing, with legal ground and retention (Norwegian bokmål: the data protection officer
 * reads them). Meander processes on behalf of each organization (the controller, GDPR art. 28), except the
 * operator's own sales leads. The grounds below are the ones Meander's design assumes, chosen conservatively;
 * each organization confirms them in its own record. The Norwegian personal data act
 * (personopplysningsloven § 1) makes the GDPR Norwegian law; it adds no ground used here.
 */
import type { Purpose } from "./types.js";

const NO_AUTOMATIC_ERASURE =
  "Ingen automatisk sletting ennå: slettes når organisasjonen sletter personen (sletting og oppbevaringstid per organisasjon kommer, sak 24 punkt 4–5).";

export const ACCOUNT: Purpose = {
  key: "account",
  description:
    "Brukerkonto for likepersoner, koordinatorer og administratorer: innlogging, medlemskap, profil og innstillinger.",
  legalGrounds: ["GDPR_6_1_B_CONTRACT"],
  legalGroundNote: "Nødvendig for avtalen om frivillig oppdrag eller medlemskap i organisasjonen (art. 6 nr. 1 b).",
  retention: `Så lenge brukeren har et medlemskap. ${NO_AUTOMATIC_ERASURE}`,
};

export const SECURITY: Purpose = {
  key: "security",
  description: "Sikker innlogging: sesjoner, enheter, engangskoder og vern mot gjetting av passord.",
  legalGrounds: ["GDPR_6_1_F_LEGITIMATE_INTERESTS"],
  legalGroundNote: "Berettiget interesse i å sikre tjenesten, og plikten til informasjonssikkerhet (art. 32).",
  retention: "Til sesjonen eller koden utløper eller trekkes tilbake; utløpte rader ryddes ikke automatisk ennå.",
};

export const CONTACT_FOLLOW_UP: Purpose = {
  key: "contact_follow_up",
  description:
    "Oppfølging av kontakter (mottakere av likepersonsarbeid) og deres pårørende: oppdrag til likepersoner, notater, helseopplysninger som trengs for besøket.",
  legalGrounds: ["GDPR_6_1_A_CONSENT", "GDPR_9_2_A_EXPLICIT_CONSENT"],
  legalGroundNote:
    "Samtykke fra kontakten (eller foresatte for barn); for helseopplysninger uttrykkelig samtykke (art. 9 nr. 2 a). Særlige kategorier er kryptert med en egen nøkkel per kontakt (sletting av nøkkelen gjør dem uleselige), og lesing logges.",
  retention: `Til samtykket trekkes eller kontakten slettes. ${NO_AUTOMATIC_ERASURE}`,
};

export const ACTIVITY_RECORDING: Purpose = {
  key: "activity_recording",
  description: "Registrering og godkjenning av likepersonsaktiviteter, samlinger og dokumentasjon (vedlegg).",
  legalGrounds: ["GDPR_6_1_F_LEGITIMATE_INTERESTS"],
  legalGroundNote:
    "Berettiget interesse i å dokumentere frivillig innsats og bruken av offentlige tilskudd; tilskuddsvilkår er ikke en rettslig forpliktelse etter art. 6 nr. 1 c.",
  retention: `Så lenge organisasjonen må dokumentere tilskudd. ${NO_AUTOMATIC_ERASURE}`,
};

export const GRANT_REPORTING: Purpose = {
  key: "grant_reporting",
  description:
    "Rapportering til Bufdir og statistikk for organisasjonen: aggregater og grunnlag for innsendte rapporter.",
  legalGrounds: ["GDPR_6_1_F_LEGITIMATE_INTERESTS"],
  legalGroundNote:
    "Berettiget interesse i å søke og dokumentere tilskudd; rapportene inneholder tall, grunnlaget peker på personer med id.",
  retention:
    "Innsendte rapporter og grunnlaget deres beholdes som dokumentasjon av tilskuddet; øvrige tall følger kildedataene.",
};

export const REIMBURSEMENT: Purpose = {
  key: "reimbursement",
  description: "Utlegg, kjøregodtgjørelse, honorar og utbetaling til frivillige, med kvitteringer og regnskapseksport.",
  legalGrounds: ["GDPR_6_1_B_CONTRACT", "GDPR_6_1_C_LEGAL_OBLIGATION"],
  legalGroundNote:
    "Avtalen om refusjon til den frivillige (art. 6 nr. 1 b); bokføringsplikten (bokføringsloven §§ 10 og 13) for bilag og eksport.",
  retention:
    "Regnskapsmateriale 5 år etter regnskapsårets slutt (bokføringsloven § 13); utkast som aldri ble sendt inn: til de slettes.",
};

export const TRAINING: Purpose = {
  key: "training",
  description: "Kurs, påmeldinger, oppmøte og sertifiseringer for likepersoner.",
  legalGrounds: ["GDPR_6_1_B_CONTRACT"],
  legalGroundNote:
    "Nødvendig for avtalen om frivillig oppdrag: organisasjonen krever godkjent kurs for å være likeperson.",
  retention: `Så lenge sertifiseringen er relevant for oppdraget. ${NO_AUTOMATIC_ERASURE}`,
};

export const COMMUNICATION: Purpose = {
  key: "communication",
  description: "Varsler, påminnelser, merker og årsoppsummering til brukeren, og enhetene varslene sendes til.",
  legalGrounds: ["GDPR_6_1_F_LEGITIMATE_INTERESTS"],
  legalGroundNote:
    "Berettiget interesse i å følge opp og motivere frivillige; brukeren styrer kanalene og kan slå av varsler.",
  retention: `Til brukeren slettes; push-enheter til de deaktiveres. ${NO_AUTOMATIC_ERASURE}`,
};

export const RECRUITMENT: Purpose = {
  key: "recruitment",
  description: "Verving av nye likepersoner gjennom invitasjoner og vervelenker.",
  legalGrounds: ["GDPR_6_1_F_LEGITIMATE_INTERESTS"],
  legalGroundNote:
    "Berettiget interesse i å rekruttere frivillige; invitasjonen sendes til en adresse en administrator eller koordinator har oppgitt.",
  retention: "Invitasjoner til de er brukt, trukket tilbake eller utløpt; ryddes ikke automatisk ennå.",
};

export const SALES: Purpose = {
  key: "sales",
  description:
    "Operatørens egne salgshenvendelser og demobestillinger fra nettsiden (operatøren er behandlingsansvarlig her).",
  legalGrounds: ["GDPR_6_1_B_CONTRACT", "GDPR_6_1_F_LEGITIMATE_INTERESTS"],
  legalGroundNote:
    "Tiltak på den registrertes anmodning før en avtale (art. 6 nr. 1 b), og berettiget interesse i oppfølging av henvendelsen.",
  retention: "Til henvendelsen er avsluttet; ryddes ikke automatisk ennå.",
};

export const ACCOUNTABILITY: Purpose = {
  key: "accountability",
  description: "Revisjonslogg og logg over lesing av sensitive felt: hvem gjorde hva, når.",
  legalGrounds: ["GDPR_6_1_C_LEGAL_OBLIGATION", "GDPR_6_1_F_LEGITIMATE_INTERESTS"],
  legalGroundNote:
    "Ansvarlighet og informasjonssikkerhet etter art. 5 nr. 2, 24 og 32; oppføringene bærer id-er, ikke navn.",
  retention:
    "Hele kjeden beholdes for å kunne verifiseres; ved sletting skal oppføringene beholde et pseudonym (sak 24 punkt 4).",
};

export const MESSAGING: Purpose = {
  key: "messaging",
  description:
    "Hendelser mellom tjenestene (utboks) og kopier av andre tjenesters data (projeksjoner), for visning og avspilling.",
  legalGrounds: ["GDPR_6_1_F_LEGITIMATE_INTERESTS"],
  legalGroundNote:
    "Samme formål og grunnlag som dataene de bærer; kopier holdes for at hver tjeneste skal kunne svare alene.",
  retention:
    "Utboksen og emnene beholder hendelser for avspilling; noen hendelser bærer i dag navn og e-post (sak 24 punkt 2 fjerner dem).",
};

export const SUBJECT_RIGHTS: Purpose = {
  key: "subject_rights",
  description: "Innsyn: hvem ba om en kopi av en persons opplysninger, når den var klar og når den ble lastet ned.",
  legalGrounds: ["GDPR_6_1_C_LEGAL_OBLIGATION"],
  legalGroundNote: "Plikten til å gi innsyn (art. 15) og å kunne vise at det ble gjort (art. 5 nr. 2).",
  retention:
    "Forespørselen beholdes som dokumentasjon; selve innsynsfilene ligger kryptert i objektlageret og slettes når de er lastet ned (eller ryddes etter fristen på 7 dager).",
};

export const PURPOSES: Purpose[] = [
  ACCOUNT,
  SECURITY,
  CONTACT_FOLLOW_UP,
  ACTIVITY_RECORDING,
  GRANT_REPORTING,
  REIMBURSEMENT,
  TRAINING,
  COMMUNICATION,
  RECRUITMENT,
  SALES,
  ACCOUNTABILITY,
  MESSAGING,
  SUBJECT_RIGHTS,
];
