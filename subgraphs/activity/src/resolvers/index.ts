import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Activity } from "./Activity.js";
import { ActivityApproval } from "./ActivityApproval.js";
import { ActivityStatusChange } from "./ActivityStatusChange.js";
import { BulkRegistration, SyncResult } from "./Bulk.js";
import { ActivityType } from "./ActivityType.js";
import { Contact } from "./Contact.js";
import { LocalAssociation } from "./LocalAssociation.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";
import { User } from "./User.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query,
  Mutation,
  Activity,
  ActivityApproval,
  ActivityStatusChange,
  BulkRegistration,
  SyncResult,
  ActivityType,
  Contact,
  User,
  LocalAssociation,
};
