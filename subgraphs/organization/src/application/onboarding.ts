/**
 * Onboarding (issue 18 item 1): a global administrator creates a tenant whole, and the operator's bootstrap makes the
 * first global administrator. Both compose the ordinary use cases inside ONE transaction (a nested unit of work:
 * each step is a savepoint of the outer transaction and writes its events to the same outbox), so a failure in any
 * step (a taken short name, a bad e-mail) leaves nothing behind.
 */
import { forbiddenBy } from "@meander/validation";
import { scopes, type Db } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { OPERATOR_ORGANIZATION } from "@meander/fixtures";
import type { InvitationRow } from "../db/repositories/invitations.js";
import { createLocalAssociationRepository, type LocalAssociationRow } from "../db/repositories/local-associations.js";
import { createOrganizationRepository, type OrganizationRow } from "../db/repositories/organizations.js";
import type { RegionRow } from "../db/repositories/regions.js";
import { unitOfWorkOver } from "../db/unit-of-work.js";
import type { NewOrganization } from "../domain/organization.js";
import { SYSTEM_ACTOR, type Actor } from "./actor.js";
import { inviteMember } from "./invitations.js";
import { createLocalAssociation } from "./local-associations.js";
import { createOrganization } from "./organizations.js";
import { createRegion } from "./regions.js";
import { updateOrganizationSettings } from "./settings.js";

export interface OnboardOrganizationInput extends NewOrganization {
  featureFlags?: ReadonlyArray<{ key: string; enabled: boolean }> | null;
  firstRegion: string;
  firstLocalAssociation: { name: string; municipality?: string | null };
  adminEmail: string;
}

export interface OnboardedOrganization {
  organization: OrganizationRow;
  region: RegionRow;
  localAssociation: LocalAssociationRow;
  adminInvitation: { invitation: InvitationRow; token: string };
}

/** Runs `fn` in one transaction with a unit of work whose every `run` is a savepoint of it. */
function inOneTransaction<T>(uow: UnitOfWork, fn: (inner: UnitOfWork) => Promise<T>): Promise<T> {
  return uow.run(scopes.platform(), (tx) => fn(unitOfWorkOver(tx)));
}

/** createOrganization (global administrators): the organization, its settings, first region and unit, its first administrator's invitation. */
export async function onboardOrganization(
  uow: UnitOfWork,
  actor: Actor,
  input: OnboardOrganizationInput,
  opts: { now?: Date } = {},
): Promise<OnboardedOrganization> {
  if (actor.role !== "global_admin")
    throw forbiddenBy("global_admin_required", "Only a global administrator creates organizations");
  return inOneTransaction(uow, async (inner) => {
    const organization = await createOrganization(inner, actor, input);
    const organizationId = organization.id;
    if (input.featureFlags?.length)
      await updateOrganizationSettings(inner, actor, { organizationId, featureFlags: input.featureFlags }, opts);
    const region = await createRegion(inner, actor, { organizationId, name: input.firstRegion });
    const localAssociation = await createLocalAssociation(inner, actor, {
      organizationId,
      regionId: region.id,
      ...input.firstLocalAssociation,
    });
    const adminInvitation = await inviteMember(
      inner,
      actor,
      { email: input.adminEmail, localAssociationId: localAssociation.id, role: "org_admin" },
      opts,
    );
    return { organization, region, localAssociation, adminInvitation };
  });
}

/**
 * The platform operator's own organization (@meander/fixtures' OPERATOR_ORGANIZATION, which the demo seeds too): it
 * holds the global administrators' memberships (a membership always names a local association, and a global
 * administrator's token carries none of it). It has no mentors or activities; only global administrators see it.
 */
export { OPERATOR_ORGANIZATION };

/**
 * The operator's bootstrap (`npm run admin -- create-global-admin`): makes sure the operator organization and its
 * unit exist, then invites `email` there as a global administrator (the system acts: no global administrator may
 * exist yet). The invitee accepts with the token (acceptInvitation: names and password) and signs in.
 */
export async function bootstrapGlobalAdmin(
  db: Db,
  input: { email: string; expiresInDays?: number | null },
): Promise<{
  organization: OrganizationRow;
  localAssociation: LocalAssociationRow;
  invitation: InvitationRow;
  token: string;
}> {
  return inOneTransaction(unitOfWorkOver(db), async (inner) => {
    const all = scopes.platform();
    const found = await inner.run(all, (tx) =>
      createOrganizationRepository(tx, all).byShortName(OPERATOR_ORGANIZATION.shortName),
    );
    const organization =
      found ??
      (await createOrganization(inner, SYSTEM_ACTOR, {
        name: OPERATOR_ORGANIZATION.name,
        shortName: OPERATOR_ORGANIZATION.shortName,
      }));
    const scope = scopes.organization(organization.id);
    const unit =
      (await inner.run(scope, (tx) =>
        createLocalAssociationRepository(tx, scope).byName(organization.id, OPERATOR_ORGANIZATION.unit),
      )) ??
      (await createLocalAssociation(inner, SYSTEM_ACTOR, {
        organizationId: organization.id,
        name: OPERATOR_ORGANIZATION.unit,
      }));
    const created = await inviteMember(inner, SYSTEM_ACTOR, {
      email: input.email,
      localAssociationId: unit.id,
      role: "global_admin",
      expiresInDays: input.expiresInDays,
    });
    return { organization, localAssociation: unit, ...created };
  });
}
