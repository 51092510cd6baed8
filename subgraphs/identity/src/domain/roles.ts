/**
 * The role catalog (issue 4 item 5): the four roles, their names and the
 * products each may use. A code constant, not a table: the roles are fixed by
 * @meander/auth's ROLES and tokens; a table could drift from the code that
 * enforces them. Changing the catalog is a code change with its tests.
 */
import { ROLES, type Role } from "@meander/auth";

export const PRODUCTS = ["mobile_app", "admin_web"] as const;
export type Product = (typeof PRODUCTS)[number];

export interface RoleEntry {
  key: Role;
  nameNb: string;
  nameEn: string;
  products: readonly Product[];
}

export const ROLE_CATALOG: readonly RoleEntry[] = [
  { key: "peer_mentor", nameNb: "Likeperson", nameEn: "Peer Mentor", products: ["mobile_app"] },
  { key: "coordinator", nameNb: "Koordinator", nameEn: "Coordinator", products: ["mobile_app", "admin_web"] },
  {
    key: "org_admin",
    nameNb: "Organisasjonsadministrator",
    nameEn: "Organization Administrator",
    products: ["admin_web", "mobile_app"],
  },
  { key: "global_admin", nameNb: "Global administrator", nameEn: "Global Administrator", products: ["admin_web"] },
];

export function roleEntry(role: string): RoleEntry | undefined {
  return ROLE_CATALOG.find((r) => r.key === role);
}

/** Whether a role may use a product; an unknown role may use nothing. */
export function productAllowed(role: string, product: Product): boolean {
  return roleEntry(role)?.products.includes(product) ?? false;
}

/** Every role of @meander/auth has a catalog entry (checked by the unit test). */
export const CATALOG_COVERS_ROLES = (): boolean => ROLES.every((r) => roleEntry(r) !== undefined);
