import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Query } from "./Query.js";
import { User } from "./User.js";

export const resolvers: Resolvers = { DateTime: DateTimeResolver, Query, User };
