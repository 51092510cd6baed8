import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Activity } from "./Activity.js";
import { Assignment, AssignmentStatusChange, assignmentMutations, assignmentQueries } from "./assignments.js";
import { ContactNote, ContactRelation, contactMutations, contactQueries, contactSensitiveFields } from "./contacts.js";
import { ActivityApproval } from "./ActivityApproval.js";
import { Document, activityDocuments, documentMutations, documentQueries } from "./Document.js";
import { ActivityStatusChange } from "./ActivityStatusChange.js";
import { BulkRegistration, SyncResult } from "./Bulk.js";
import { ActivityType } from "./ActivityType.js";
import { Contact } from "./Contact.js";
import { DuplicateSummary, activityDuplicates, correctionMutations } from "./corrections.js";
import { LocalAssociation } from "./LocalAssociation.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";
import { User } from "./User.js";
import {
  Gathering,
  GatheringAttendance,
  GatheringMutation,
  GatheringQuery,
  GatheringRegistration,
} from "./Gathering.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query: { ...Query, ...contactQueries, ...assignmentQueries, ...GatheringQuery, ...documentQueries },
  Mutation: {
    ...Mutation,
    ...contactMutations,
    ...assignmentMutations,
    ...GatheringMutation,
    ...documentMutations,
    ...correctionMutations,
  },
  Activity: { ...Activity, ...activityDocuments, ...activityDuplicates },
  DuplicateSummary,
  Document,
  ActivityApproval,
  ActivityStatusChange,
  BulkRegistration,
  SyncResult,
  ActivityType,
  Contact: { ...Contact, ...contactSensitiveFields },
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
