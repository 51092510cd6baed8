import { describe, expect, it } from "vitest";
import {
  isValidOrganizationNumber,
  normalizeOrganizationNumber,
  validateNewLocalAssociation,
  validateNewOrganization,
  validateNewRegion,
} from "./organization.js";

describe("organization rules", () => {
  it("accepts a complete organization", () => {
    expect(
      validateNewOrganization({
        name: "Norges Handikapforbund",
        shortName: "NHF",
        organizationNumber: "974 783 584",
        maxMembershipsPerUser: 5,
      }),
    ).toEqual([]);
  });

  it("checks organization numbers with the modulus-11 check digit", () => {
    expect(isValidOrganizationNumber("974783584")).toBe(true);
    expect(isValidOrganizationNumber("974783585")).toBe(false);
    expect(isValidOrganizationNumber("12345")).toBe(false);
    expect(normalizeOrganizationNumber(" 974 783 584 ")).toBe("974783584");
    expect(normalizeOrganizationNumber("  ")).toBeNull();
  });

  it("names the rule and field that failed", () => {
    const v = validateNewOrganization({
      name: " ",
      shortName: "x".repeat(51),
      organizationNumber: "123",
      maxMembershipsPerUser: 0,
    });
    expect(v.map((x) => [x.rule, x.field])).toEqual([
      ["name_length", "name"],
      ["short_name_length", "shortName"],
      ["organization_number_format", "organizationNumber"],
      ["max_memberships_range", "maxMembershipsPerUser"],
    ]);
  });

  it("requires a region name", () => {
    expect(validateNewRegion({ name: "Region Øst" })).toEqual([]);
    expect(validateNewRegion({ name: "" })[0]).toMatchObject({ rule: "name_length", field: "name" });
  });

  it("keeps a local association's region inside its organization", () => {
    expect(
      validateNewLocalAssociation({ name: "NHF Bergen", municipality: "Bergen", regionId: "r1" }, "org-a", {
        organizationId: "org-a",
      }),
    ).toEqual([]);
    expect(validateNewLocalAssociation({ name: "NHF Bergen" }, "org-a", null)).toEqual([]);
    expect(
      validateNewLocalAssociation({ name: "NHF Bergen", regionId: "r1" }, "org-a", { organizationId: "org-b" })[0],
    ).toMatchObject({
      rule: "region_in_organization",
      field: "regionId",
    });
    expect(validateNewLocalAssociation({ name: "NHF Bergen", regionId: "r1" }, "org-a", null)[0]?.rule).toBe(
      "region_in_organization",
    );
    expect(validateNewLocalAssociation({ name: "NHF Bergen", municipality: " " }, "org-a", null)[0]).toMatchObject({
      rule: "municipality_length",
      field: "municipality",
    });
  });
});
