/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

export const permissions: IRules = {
  Query: { course: isAuthenticated, courses: isAuthenticated, badges: isAuthenticated },
  Mutation: { createCourse: hasRole("coordinator", "org_admin") },
  // Rows reach a caller only through the scoped repositories; the type rules keep anonymous _entities calls out.
  Course: isAuthenticated,
  CourseConnection: isAuthenticated,
  CourseEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Badge: isAuthenticated,
  UserBadge: isAuthenticated,
  User: isAuthenticated,
  Organization: isAuthenticated,
};
