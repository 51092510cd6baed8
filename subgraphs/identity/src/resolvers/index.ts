/** The subgraph's resolvers: one object per GraphQL type, each from its own file named after the type. */
import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { ActiveContext } from "./ActiveContext.js";
import { AuditSubject } from "./AuditSubject.js";
import { AuthPayload } from "./AuthPayload.js";
import { DeviceToken } from "./DeviceToken.js";
import { Mutation } from "./Mutation.js";
import { PeerMentorProfile } from "./PeerMentorProfile.js";
import { PeerMentorStatusEntry } from "./PeerMentorStatusEntry.js";
import { Query } from "./Query.js";
import { Role } from "./Role.js";
import { Session } from "./Session.js";
import { User } from "./User.js";
import { UserSettings } from "./UserSettings.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  AuthPayload,
  Session,
  ActiveContext,
  User,
  PeerMentorProfile,
  PeerMentorStatusEntry,
  DeviceToken,
  Role,
  UserSettings,
  AuditSubject,
};
