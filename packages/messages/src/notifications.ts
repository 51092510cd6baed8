/**
 * Texts of what engagement tells people: in-app notifications, reminders and their push, e-mail and SMS
 * (the title is the e-mail subject, SMS sends title and body). Everything named by name, never by id.
 */
import type { MessageTable } from "./types.js";

export const notificationMessages = {
  // Reminders (the lead time is named: 30 or 7 days, or whatever the scenario's lead time is).
  "notification.no_contact.title": {
    nb: "På tide å ta kontakt",
    nn: "På tide å ta kontakt",
    en: "Time to get in touch",
  },
  "notification.no_contact.body": {
    nb: "Du har ikke vært i kontakt med en av kontaktene dine siden {since}.",
    nn: "Du har ikkje vore i kontakt med ein av kontaktane dine sidan {since}.",
    en: "You have not been in contact with one of your contacts since {since}.",
  },
  "notification.certification_expiring.title": {
    // The day it expires, not the lead time: a reminder sent late (a certification issued with 13 days left gets the
    // 30-day one) must not say "in 30 days". The body names the lead time.
    nb: "{certification} utløper {validUntil}",
    nn: "{certification} går ut {validUntil}",
    en: "{certification} expires on {validUntil}",
  },
  "notification.certification_expiring.body": {
    nb: "Påminnelse {days} dager før: {certification} er gyldig til {validUntil}. Meld deg på et oppfriskningskurs i tide.",
    nn: "Påminning {days} dagar før: {certification} er gyldig til {validUntil}. Meld deg på eit oppfriskingskurs i tide.",
    en: "Reminder {days} days ahead: {certification} is valid until {validUntil}. Sign up for a renewal course in time.",
  },
  "notification.approval_pending.title": {
    nb: "Aktiviteter venter på godkjenning",
    nn: "Aktivitetar ventar på godkjenning",
    en: "Activities waiting for approval",
  },
  "notification.approval_pending.body.one": {
    nb: "1 aktivitet i {localAssociation} venter på godkjenningen din.",
    nn: "1 aktivitet i {localAssociation} ventar på godkjenninga di.",
    en: "1 activity in {localAssociation} is waiting for your approval.",
  },
  "notification.approval_pending.body.other": {
    nb: "{count} aktiviteter i {localAssociation} venter på godkjenningen din.",
    nn: "{count} aktivitetar i {localAssociation} ventar på godkjenninga di.",
    en: "{count} activities in {localAssociation} are waiting for your approval.",
  },
  // Courses.
  "notification.waitlist_promoted.title": {
    nb: "Du har fått plass: {course}",
    nn: "Du har fått plass: {course}",
    en: "You have a seat: {course}",
  },
  "notification.waitlist_promoted.body": {
    nb: "En plass ble ledig, og du har rykket opp fra ventelisten til «{course}» ({date}).",
    nn: "Ein plass vart ledig, og du har rykt opp frå ventelista til «{course}» ({date}).",
    en: "A seat became free and you moved up from the waitlist of «{course}» ({date}).",
  },
  "notification.course_cancelled.title": {
    nb: "Kurset «{course}» er avlyst",
    nn: "Kurset «{course}» er avlyst",
    en: "The course «{course}» is cancelled",
  },
  "notification.course_cancelled.body.registered": {
    nb: "Kurset «{course}» ({date}) er avlyst. Påmeldingen din er trukket tilbake.",
    nn: "Kurset «{course}» ({date}) er avlyst. Påmeldinga di er trekt tilbake.",
    en: "The course «{course}» ({date}) is cancelled. Your enrollment has been withdrawn.",
  },
  "notification.course_cancelled.body.waitlisted": {
    nb: "Kurset «{course}» ({date}) er avlyst. Du sto på ventelisten, og den er nå avsluttet.",
    nn: "Kurset «{course}» ({date}) er avlyst. Du stod på ventelista, og ho er no avslutta.",
    en: "The course «{course}» ({date}) is cancelled. You were on the waitlist, which is now closed.",
  },
  // Certifications.
  "notification.certification_issued.title": {
    nb: "{certification} er utstedt",
    nn: "{certification} er skriven ut",
    en: "{certification} issued",
  },
  "notification.certification_renewed.title": {
    nb: "{certification} er fornyet",
    nn: "{certification} er fornya",
    en: "{certification} renewed",
  },
  "notification.certification.valid_until": {
    nb: "Gyldig til {validUntil}.",
    nn: "Gyldig til {validUntil}.",
    en: "Valid until {validUntil}.",
  },
  "notification.certification.no_expiry": {
    nb: "Gyldig uten utløpsdato.",
    nn: "Gyldig utan utløpsdato.",
    en: "Valid without expiry.",
  },
  // Wrapped (the year in review).
  "notification.annual_summary.title": {
    nb: "Året ditt i Meander {year} er klart",
    nn: "Året ditt i Meander {year} er klart",
    en: "Your {year} in Meander is ready",
  },
  "notification.annual_summary.body": {
    nb: "I {year} registrerte du {activities} og {hours} timer. Se hele året ditt i Wrapped.",
    nn: "I {year} registrerte du {activities} og {hours} timar. Sjå heile året ditt i Wrapped.",
    en: "In {year} you registered {activities} and {hours} hours. See your whole year in Wrapped.",
  },
  "notification.activities.one": { nb: "1 aktivitet", nn: "1 aktivitet", en: "1 activity" },
  "notification.activities.other": { nb: "{count} aktiviteter", nn: "{count} aktivitetar", en: "{count} activities" },
  // Payouts, badges, invitations.
  "notification.reimbursement_paid.title": { nb: "Utbetalt: {amount}", nn: "Utbetalt: {amount}", en: "Paid: {amount}" },
  "notification.reimbursement_paid.body": {
    nb: "Refusjonen din på {amount} ble utbetalt {paidAt}.",
    nn: "Refusjonen din på {amount} vart betalt ut {paidAt}.",
    en: "Your reimbursement of {amount} was paid on {paidAt}.",
  },
  "notification.badge_awarded.title": {
    nb: "Du har fått merket «{badge}»",
    nn: "Du har fått merket «{badge}»",
    en: "You earned the badge «{badge}»",
  },
  "notification.badge_awarded.body": {
    nb: "Gratulerer! Du har fått merket «{badge}». {description}",
    nn: "Gratulerer! Du har fått merket «{badge}». {description}",
    en: "Congratulations! You earned the badge «{badge}». {description}",
  },
  "notification.invitation_refused.title": {
    nb: "Invitasjonen til {localAssociation} ble ikke godtatt",
    nn: "Invitasjonen til {localAssociation} vart ikkje godteken",
    en: "The invitation to {localAssociation} could not be accepted",
  },
  "notification.invitation_refused.body": {
    nb: "{invitee} kunne ikke bli med i {localAssociation}: {reason}",
    nn: "{invitee} kunne ikkje bli med i {localAssociation}: {reason}",
    en: "{invitee} could not join {localAssociation}: {reason}",
  },
  "notification.invitee_unknown": {
    nb: "Personen du inviterte",
    nn: "Personen du inviterte",
    en: "The person you invited",
  },
  "notification.rule.membership_limit": {
    nb: "personen har allerede så mange medlemskap som tillatt.",
    nn: "personen har alt så mange medlemskap som tillate.",
    en: "they already have as many memberships as allowed.",
  },
  "notification.rule.single_organization_tree": {
    nb: "personen er medlem i en annen [[organization]], og alle medlemskap må være i samme [[organization]].",
    nn: "personen er medlem i ein annan [[organization]], og alle medlemskap må vere i same [[organization]].",
    en: "they belong to another [[organization]], and all memberships must be in the same [[organization]].",
  },
  "notification.rule.other": {
    nb: "invitasjonen kunne ikke brukes.",
    nn: "invitasjonen kunne ikkje brukast.",
    en: "the invitation could not be used.",
  },
  // Delivery outcomes a person reads on a delivery (lastError).
  "notification.delivery.no_phone": {
    nb: "Ingen telefonnummer registrert, SMS ble ikke sendt",
    nn: "Inkje telefonnummer registrert, SMS vart ikkje send",
    en: "No phone number registered, no SMS sent",
  },
} as const satisfies MessageTable;
