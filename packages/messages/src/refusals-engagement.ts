/** Refusal texts (see refusals.ts for the keys and how they are picked). Engagement: courses, certifications, badges, referrals, notifications, content. */
import type { MessageTable } from "./types.js";

export const engagementRefusals = {
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
} as const satisfies MessageTable;
