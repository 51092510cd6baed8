/**
 * organization's privacy consumer: the parts of erasures reported by the subgraphs, the contacts with assignments
 * (their erasure needs a second administrator), the contacts of each organization (known_contacts: whom an access
 * export may name) and activity's retention job's findings, which organization proposes or performs as the
 * organization's retention setting says (issue 24 item 5).
 */
import { scopes } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { createContactRepository } from "../../db/repositories/contacts.js";
import { createOrganizationRepository } from "../../db/repositories/organizations.js";
import { retentionOf } from "../settings.js";
import { createRequest, recordErasurePart } from "./erasure.js";
import { knowContact } from "./known-contacts.js";

export const privacyHandlers: ConsumerHandlers = {
  "privacy.erasure.completed": (event, tx, events) =>
    recordErasurePart(tx, events, event.payload.requestId, event.payload.subgraph),
  "activity.assignment.dispatched": async (event, tx) => {
    if (!event.organizationId) return;
    await createContactRepository(tx, scopes.organization(event.organizationId)).rememberAssignment(
      event.payload.contactId,
    );
    await knowContact(tx, event.organizationId, event.payload.contactId);
  },
  "activity.audit.recorded": async (event, tx) => {
    if (event.payload.subjectType === "Contact") await knowContact(tx, event.organizationId, event.payload.subjectId);
  },
  "activity.activity.registered": (event, tx) => knowContact(tx, event.organizationId, event.payload.contactId),
  "privacy.retention.expired": async (event, tx, events) => {
    const organizationId = event.organizationId;
    if (!organizationId) return;
    const [settings] = await createOrganizationRepository(tx, scopes.organization(organizationId)).settingsFor([
      organizationId,
    ]);
    const whenPast = settings ? retentionOf(settings).whenPast : "propose";
    for (const contactId of event.payload.contactIds) {
      try {
        await tx.transaction((sp) =>
          createRequest(
            sp,
            events,
            organizationId,
            null,
            { type: "contact", id: contactId },
            "retention",
            true,
            whenPast === "erase" ? "erase" : null,
          ),
        );
      } catch (err) {
        // Already requested or proposed (a later run of the job finds the same contact): nothing new to do.
        if ((err as { extensions?: { rule?: string } }).extensions?.rule !== "erasure_subject_in_progress") throw err;
      }
    }
  },
};
