import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";
import { ActiveContext, AuthPayload, Session } from "./Session.js";
import { AuditSubject } from "./AuditSubject.js";
import { User } from "./User.js";
import { DeviceToken, PeerMentorProfile, PeerMentorStatusEntry, Role, UserSettings } from "./Profiles.js";

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
