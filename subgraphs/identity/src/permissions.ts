/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

export const permissions: IRules = {
  Query: { me: isAuthenticated, user: isAuthenticated },
  // Rows reach a caller only through the scoped repository; the type rule keeps anonymous _entities calls out.
  User: isAuthenticated,
};
