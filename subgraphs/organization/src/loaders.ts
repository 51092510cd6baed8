/** DataLoaders, created per request over the caller's scoped repositories: a batch is one query. */
import DataLoader from "dataloader";
import type { DemoBookingRow, LeadRepository } from "./db/repositories/leads.js";
import type { LocalAssociationRepository, LocalAssociationRow } from "./db/repositories/local-associations.js";
import type { MembershipRepository, MembershipRow } from "./db/repositories/memberships.js";
import type {
  OrganizationRepository,
  OrganizationRow,
  OrganizationSettingsRow,
} from "./db/repositories/organizations.js";
import type { RegionRepository, RegionRow } from "./db/repositories/regions.js";
import type { SettingsRepository } from "./db/repositories/settings.js";

export interface Repositories {
  organizations: OrganizationRepository;
  regions: RegionRepository;
  localAssociations: LocalAssociationRepository;
  memberships: MembershipRepository;
  /** The platform's sales data (scopes.platform()): only sales staff reach leads (permissions.ts, the use cases). */
  leads: LeadRepository;
  /** One organization's settings history and integrations: only for an organization the caller's scoped loader returned. */
  settingsOf(organizationId: string): SettingsRepository;
}

function byId<T>(fetch: (ids: readonly string[]) => Promise<T[]>, idOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetch(ids);
    const map = new Map(rows.map((r) => [idOf(r), r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function grouped<T>(fetch: (ids: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(keyOf(r), [...(map.get(keyOf(r)) ?? []), r]);
    return keys.map((k) => map.get(k) ?? []);
  });
}

export function createLoaders(repos: Repositories) {
  return {
    organization: byId<OrganizationRow>(
      (ids) => repos.organizations.byIds(ids),
      (r) => r.id,
    ),
    settings: byId<OrganizationSettingsRow>(
      (ids) => repos.organizations.settingsFor(ids),
      (r) => r.organizationId,
    ),
    region: byId<RegionRow>(
      (ids) => repos.regions.byIds(ids),
      (r) => r.id,
    ),
    regionsOf: grouped<RegionRow>(
      (ids) => repos.regions.ofOrganizations(ids),
      (r) => r.organizationId,
    ),
    localAssociation: byId<LocalAssociationRow>(
      (ids) => repos.localAssociations.byIds(ids),
      (r) => r.id,
    ),
    membershipsOf: grouped<MembershipRow>(
      (ids) => repos.memberships.ofUsers(ids),
      (r) => r.userId,
    ),
    demoBookingsOf: grouped<DemoBookingRow>(
      (ids) => repos.leads.bookingsOf(ids),
      (r) => r.leadId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
