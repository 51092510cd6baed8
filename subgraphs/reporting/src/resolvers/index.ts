import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { LocalAssociation } from "./LocalAssociation.js";
import { Query } from "./Query.js";

export const resolvers: Resolvers = { DateTime: DateTimeResolver, Query, LocalAssociation };
