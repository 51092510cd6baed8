import type { RoleResolvers } from "../__generated__/resolvers-types.js";
import { upper } from "../views/enums.js";

export const Role: RoleResolvers = {
  products: (role) => role.products.map(upper),
};
