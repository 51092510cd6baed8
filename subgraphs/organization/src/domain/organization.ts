/**
 * Organization and hierarchy rules (organizations, regions, local associations),
 * as plain functions over plain data (no I/O).
 */
import { checkLength, compact, type RuleViolation } from "./rules.js";

export const DEFAULT_MAX_MEMBERSHIPS = 3;

export interface NewOrganization {
  name: string;
  shortName: string;
  organizationNumber?: string | null;
  maxMembershipsPerUser?: number | null;
}

/** A Norwegian organization number: 9 digits, the last a modulus-11 check digit (weights 3 2 7 6 5 4 3 2). */
export function isValidOrganizationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(value[8]);
}

/** Spaces are allowed in input ("987 654 321") and dropped. */
export function normalizeOrganizationNumber(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const compacted = value.replace(/\s+/g, "");
  return compacted === "" ? null : compacted;
}

export function validateNewOrganization(input: NewOrganization): RuleViolation[] {
  const number = normalizeOrganizationNumber(input.organizationNumber);
  const max = input.maxMembershipsPerUser;
  return compact([
    checkLength(input.name, 200, "name_length", "name"),
    checkLength(input.shortName, 50, "short_name_length", "shortName"),
    number !== null && !isValidOrganizationNumber(number)
      ? {
          rule: "organization_number_format",
          field: "organizationNumber",
          message: "Organization number must be 9 digits with a valid check digit",
        }
      : null,
    max !== null && max !== undefined && (!Number.isInteger(max) || max < 1 || max > 20)
      ? {
          rule: "max_memberships_range",
          field: "maxMembershipsPerUser",
          message: "Max memberships per user must be 1 to 20",
        }
      : null,
  ]);
}

export function validateNewRegion(input: { name: string }): RuleViolation[] {
  return compact([checkLength(input.name, 100, "name_length", "name")]);
}

export interface NewLocalAssociation {
  name: string;
  municipality?: string | null;
  regionId?: string | null;
}

/** `region`: the region named by regionId as found (null when not found), to check it lies in the same organization. */
export function validateNewLocalAssociation(
  input: NewLocalAssociation,
  organizationId: string,
  region: { organizationId: string } | null,
): RuleViolation[] {
  return compact([
    checkLength(input.name, 150, "name_length", "name"),
    input.municipality != null ? checkLength(input.municipality, 100, "municipality_length", "municipality") : null,
    input.regionId != null && (region === null || region.organizationId !== organizationId)
      ? {
          rule: "region_in_organization",
          field: "regionId",
          message: "The region must belong to the same organization",
        }
      : null,
  ]);
}
