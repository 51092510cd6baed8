/** The subgraph's resolvers: one object per GraphQL type, each from its own file named after the type. */
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Activity } from "./Activity.js";
import { ActivityApproval } from "./ActivityApproval.js";
import { ActivityStatusChange } from "./ActivityStatusChange.js";
import { ActivityType } from "./ActivityType.js";
import { Assignment } from "./Assignment.js";
import { AssignmentStatusChange } from "./AssignmentStatusChange.js";
import { BulkRegistration } from "./BulkRegistration.js";
import { Contact } from "./Contact.js";
import { ContactNote } from "./ContactNote.js";
import { ContactRelation } from "./ContactRelation.js";
import { Document } from "./Document.js";
import { DuplicateSummary } from "./DuplicateSummary.js";
import { Gathering } from "./Gathering.js";
import { GatheringAttendance } from "./GatheringAttendance.js";
import { GatheringRegistration } from "./GatheringRegistration.js";
import { LocalAssociation } from "./LocalAssociation.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";
import { SyncResult } from "./SyncResult.js";
import { User } from "./User.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query,
  Mutation,
  Activity,
  DuplicateSummary,
  Document,
  ActivityApproval,
  ActivityStatusChange,
  BulkRegistration,
  SyncResult,
  ActivityType,
  Contact,
  ContactRelation,
  ContactNote,
  Assignment,
  AssignmentStatusChange,
  Gathering,
  GatheringRegistration,
  GatheringAttendance,
  User,
  LocalAssociation,
};
