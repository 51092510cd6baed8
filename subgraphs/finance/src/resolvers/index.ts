import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Activity } from "./Activity.js";
import { Expense } from "./Expense.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";

export const resolvers: Resolvers = { DateTime: DateTimeResolver, Query, Mutation, Expense, Activity };
