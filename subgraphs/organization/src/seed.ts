/**
 * Demo data for the embedded mode: the fixture organizations, regions, local
 * associations and memberships, through the same use cases as in production
 * (so organization, local association and membership events flow to identity
 * and activity). Every feature flag of a demo organization is on; the showcase adds its external resources.
 */
import type { Db } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import type { DemoData } from "@meander/fixtures";
import { SYSTEM_ACTOR } from "./application/actor.js";
import { configureAccountingIntegration, type AccountingIntegrationCommand } from "./application/integrations.js";
import { createLocalAssociation } from "./application/local-associations.js";
import { addMembership } from "./application/memberships.js";
import { createOrganization } from "./application/organizations.js";
import { createRegion } from "./application/regions.js";
import { updateOrganizationSettings } from "./application/settings.js";
import { FEATURE_CAPABILITIES } from "./domain/settings.js";
import { eventStore } from "./db/schema/index.js";

export async function seedDemo(db: Db, data: DemoData): Promise<void> {
  const uow = createUnitOfWork(db, eventStore);
  for (const o of data.organizations) {
    await createOrganization(uow, SYSTEM_ACTOR, {
      id: o.id,
      name: o.name,
      shortName: o.shortName,
      maxMembershipsPerUser: o.maxMemberships,
    });
    // Demo organizations show everything: every capability on (the platform defaults leave some off).
    const featureFlags = Object.keys(FEATURE_CAPABILITIES).map((key) => ({ key, enabled: true }));
    const externalResources = (data.showcase?.externalResources ?? [])
      .filter((r) => r.organizationId === o.id)
      .map(({ title, url, description, category }) => ({ title, url, description, category }));
    await updateOrganizationSettings(uow, SYSTEM_ACTOR, {
      organizationId: o.id,
      featureFlags,
      ...(externalResources.length > 0 ? { externalResources } : {}),
    });
  }
  for (const r of data.regions) {
    await createRegion(uow, SYSTEM_ACTOR, { id: r.id, organizationId: r.organizationId, name: r.name });
  }
  for (const la of data.localAssociations) {
    await createLocalAssociation(uow, SYSTEM_ACTOR, {
      id: la.id,
      organizationId: la.organizationId,
      regionId: la.regionId,
      name: la.name,
      municipality: la.municipality,
    });
  }
  for (const m of data.memberships) {
    await addMembership(uow, SYSTEM_ACTOR, {
      id: m.id,
      userId: m.userId,
      localAssociationId: m.localAssociationId,
      role: m.role,
      isPrimary: m.isPrimary,
    });
  }
  // The showcase's accounting integrations, set by each organization's administrator: the account mapping (and entity
  // code) the export files use; the API connection stays off (no credentials in a demo, so no envelope either).
  for (const a of data.showcase?.accountingIntegrations ?? []) {
    const command: AccountingIntegrationCommand = {
      system: a.system,
      enabled: false,
      accountMapping: a.accountMapping,
      entityCode: a.entityCode,
    };
    await configureAccountingIntegration(
      { uow, envelope: null },
      { userId: a.adminId, organizationId: a.organizationId, role: "org_admin" },
      command,
    );
  }
}
