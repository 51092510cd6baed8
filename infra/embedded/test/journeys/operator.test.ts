/**
 * The operator (issue 18): on a platform with nobody on it, the operator's command makes the first global
 * administrator, who signs in, onboards a tenant (its first administrator accepts the invitation and signs in),
 * and works the sales pipeline: reads the lead a website visitor made and moves it forward.
 */
import { expect, it } from "vitest";
import { journey, unique, type JourneyPlatform, type Person } from "./harness.js";

journey("the operator", (platform: JourneyPlatform) => {
  const id = unique();
  let operator: Person;
  let tenant: { id: string; name: string; regionId: string; unitId: string };
  let orgAdmin: Person;

  it("bootstraps a global administrator, who signs in outside any organization", async () => {
    operator = await platform.bootstrapGlobalAdmin({ firstName: "Oda", lastName: `Drift ${id}` });
    expect(operator.user.displayName).toBe(`Oda Drift ${id}`);
    expect(operator.context).toMatchObject({ role: "global_admin", organizationId: null, localAssociationId: null });
    const { me } = await operator.op("Me");
    expect(me).toMatchObject({ firstName: "Oda", lastName: `Drift ${id}`, displayName: `Oda Drift ${id}` });
    const { organizations } = await operator.op("Organizations");
    expect(organizations.map((o: { name: string }) => o.name)).toContain("Meander plattformdrift");
  });

  it("creates an organization with its first region, local association and invited administrator", async () => {
    const { createOrganization: created } = await operator.op("CreateOrganization", {
      input: {
        name: `Hørselshemmedes Landsforbund ${id}`,
        shortName: `HLF ${id}`,
        maxMembershipsPerUser: 3,
        featureFlags: [{ key: "referrals", enabled: true }],
        firstRegion: "HLF Vestland",
        firstLocalAssociation: { name: "HLF Bergen", municipality: "Bergen" },
        adminEmail: `Ingrid.Haugen.${id}@hlf.example.no`,
      },
    });
    expect(created.organization).toMatchObject({ name: `Hørselshemmedes Landsforbund ${id}`, shortName: `HLF ${id}` });
    expect(created.organization.settings.maxMembershipsPerUser).toBe(3);
    expect(created.organization.settings.featureFlags).toContainEqual({ key: "referrals", enabled: true });
    expect(created.region.name).toBe("HLF Vestland");
    expect(created.localAssociation).toMatchObject({ name: "HLF Bergen", municipality: "Bergen" });
    expect(created.adminInvitation.invitation).toMatchObject({
      email: `Ingrid.Haugen.${id}@hlf.example.no`,
      role: "ORG_ADMIN",
      status: "OPEN",
    });
    tenant = {
      id: created.organization.id,
      name: created.organization.name,
      regionId: created.region.id,
      unitId: created.localAssociation.id,
    };

    // The invited administrator accepts the e-mail's invitation and signs in to the new organization.
    orgAdmin = await platform.acceptInvitation(created.adminInvitation.token, {
      email: `ingrid.haugen.${id}@hlf.example.no`,
      firstName: "Ingrid",
      lastName: "Haugen",
    });
    expect(orgAdmin.user.displayName).toBe("Ingrid Haugen");
    expect(orgAdmin.context).toMatchObject({
      role: "org_admin",
      organizationId: tenant.id,
      localAssociationId: tenant.unitId,
    });
  });

  it("shows the new organization to its administrator alone, and every organization to the operator", async () => {
    const mine = (await orgAdmin.op("Organizations")).organizations;
    expect(mine).toEqual([
      {
        id: tenant.id,
        name: tenant.name,
        shortName: `HLF ${id}`,
        isActive: true,
        regions: [{ id: tenant.regionId, name: "HLF Vestland" }],
        localAssociations: { edges: [{ node: { id: tenant.unitId, name: "HLF Bergen" } }] },
      },
    ]);
    const all = (await operator.op("Organizations")).organizations.map((o: { name: string }) => o.name);
    expect(all).toEqual(expect.arrayContaining([tenant.name, "Meander plattformdrift"]));
    // Onboarding is the operator's: the tenant's administrator cannot create organizations.
    const refused = await orgAdmin.refused("CreateOrganization", {
      input: {
        name: "Ny forening",
        shortName: `NF ${id}`,
        firstRegion: "Oslo",
        firstLocalAssociation: { name: "Oslo" },
        adminEmail: `ny.${id}@example.no`,
      },
    });
    expect(refused[0]!.extensions?.code).toBe("FORBIDDEN");
  });

  it("reads the lead a website visitor made and moves it forward in the pipeline", async () => {
    const visitor = platform.anonymous();
    const { bookDemo } = await visitor.op("BookDemo", {
      input: {
        firstName: "Kari",
        lastName: "Nordmann",
        email: `kari.nordmann.${id}@blindeforbundet.example.no`,
        organizationName: `Blindeforbundet Agder ${id}`,
        roleTitle: "Daglig leder",
        organizationSize: "MEDIUM",
        notes: "Vi vil se registrering av aktiviteter.",
      },
    });
    expect(bookDemo).toMatchObject({
      received: true,
      firstName: "Kari",
      organizationName: `Blindeforbundet Agder ${id}`,
    });

    const { leads } = await operator.op("Leads", { search: id });
    expect(leads.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        firstName: "Kari",
        lastName: "Nordmann",
        organizationName: `Blindeforbundet Agder ${id}`,
        roleTitle: "Daglig leder",
        organizationSize: "MEDIUM",
        status: "NEW",
        bookingCount: 1,
      }),
    ]);
    const lead = leads.edges[0].node;
    const { updateLeadStatus } = await operator.op("UpdateLeadStatus", { id: lead.id, status: "CONTACTED" });
    expect(updateLeadStatus).toMatchObject({ id: lead.id, status: "CONTACTED" });
    const contacted = (await operator.op("Leads", { search: id, status: "CONTACTED" })).leads.edges;
    expect(contacted.map((e: any) => e.node.email)).toEqual([`kari.nordmann.${id}@blindeforbundet.example.no`]);
    // The pipeline only moves forward.
    const back = await operator.refused("UpdateLeadStatus", { id: lead.id, status: "NEW" });
    expect(back[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
    // Leads are the operator's, not a tenant administrator's.
    expect((await orgAdmin.refused("Leads", { search: id }))[0]!.extensions?.code).toBe("FORBIDDEN");
  });
});
