import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Badge, UserBadge } from "./Badge.js";
import { Course } from "./Course.js";
import { Mutation } from "./Mutation.js";
import { Organization } from "./Organization.js";
import { Query } from "./Query.js";
import { User } from "./User.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  Query,
  Mutation,
  Course,
  Badge,
  UserBadge,
  User,
  Organization,
};
