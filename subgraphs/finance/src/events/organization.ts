/** Keeps the local associations (organization.local_association.created) and the accounting integration (non-secret parts, organization.settings.changed). */
import { scopes } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { createAccountingRepository } from "../db/repositories/accounting.js";
import { createLocalAssociationRepository } from "../db/repositories/local-associations.js";

export const organizationHandlers: ConsumerHandlers = {
  "organization.local_association.created": async (event, tx) => {
    if (!event.organizationId)
      throw new Error(`local association ${event.payload.localAssociationId} created without an organization`);
    await createLocalAssociationRepository(tx, scopes.organization(event.organizationId)).record({
      id: event.payload.localAssociationId,
      organizationId: event.organizationId,
      name: event.payload.name,
    });
  },
  "organization.settings.changed": async (event, tx) => {
    const p = event.payload;
    // Only the accounting integration concerns finance; other sections are someone else's.
    if (p.section !== "accounting_integration") return;
    await createAccountingRepository(tx, scopes.organization(p.organizationId)).saveSettings({
      organizationId: p.organizationId,
      system: p.values.system,
      enabled: p.values.enabled,
      entityCode: p.values.entityCode ?? null,
      accountMapping: p.values.accountMapping,
      version: p.version,
    });
  },
};
