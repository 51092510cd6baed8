/**
 * A fresh tenant for a journey: the operator bootstraps a global administrator, who creates an organization (with
 * every feature flag given, a region and a unit) whose invited administrator accepts and signs in; `invite` then
 * brings in anyone else by invitation, as the administrator does. Names carry a unique suffix.
 */
import { unique, type JourneyPlatform, type NewPerson, type Person } from "./harness.js";

export interface Tenant {
  suffix: string;
  operator: Person;
  admin: Person;
  organization: { id: string; name: string; shortName: string };
  region: { id: string; name: string };
  unit: { id: string; name: string };
  /** The administrator invites the person to the unit in a role; the person accepts and signs in. */
  invite(
    role: "PEER_MENTOR" | "COORDINATOR" | "ORG_ADMIN",
    who: Omit<NewPerson, "email"> & { email?: string },
  ): Promise<Person>;
}

export async function onboardTenant(
  platform: JourneyPlatform,
  spec: {
    name?: string;
    shortName?: string;
    region?: string;
    unit?: string;
    municipality?: string;
    featureFlags?: Array<{ key: string; enabled: boolean }>;
  } = {},
): Promise<Tenant> {
  const suffix = unique();
  const operator = await platform.bootstrapGlobalAdmin();
  const name = `${spec.name ?? "Norges Blindeforbund"} ${suffix}`;
  const shortName = `${spec.shortName ?? "Blindeforbundet"} ${suffix}`;
  const adminEmail = `admin.${suffix}@journey.example.no`;
  const { createOrganization: c } = await operator.op("CreateOrganization", {
    input: {
      name,
      shortName,
      featureFlags: spec.featureFlags,
      firstRegion: spec.region ?? "Nord-Norge",
      firstLocalAssociation: { name: spec.unit ?? "Tromsø", municipality: spec.municipality ?? "Tromsø" },
      adminEmail,
    },
  });
  const admin = await platform.acceptInvitation(c.adminInvitation.token, {
    email: adminEmail,
    firstName: "Astrid",
    lastName: "Administrator",
  });
  const unit = { id: c.localAssociation.id as string, name: c.localAssociation.name as string };
  return {
    suffix,
    operator,
    admin,
    organization: { id: c.organization.id, name, shortName },
    region: c.region,
    unit,
    async invite(role, who) {
      const email = who.email ?? `${role.toLowerCase()}.${unique()}@journey.example.no`;
      const { inviteMember } = await admin.op("InviteMember", { input: { email, localAssociationId: unit.id, role } });
      return platform.acceptInvitation(inviteMember.token, { ...who, email });
    },
  };
}
