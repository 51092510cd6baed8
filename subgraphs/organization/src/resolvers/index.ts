import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { DemoBookingConfirmation, DemoBookingReceipt, Lead } from "./Lead.js";
import { Invitation } from "./Invitation.js";
import { LocalAssociation } from "./LocalAssociation.js";
import { Membership } from "./Membership.js";
import { Mutation } from "./Mutation.js";
import { Organization } from "./Organization.js";
import { AccountingIntegration, OrganizationSettings, SettingsChange } from "./OrganizationSettings.js";
import { Query } from "./Query.js";
import { Region } from "./Region.js";
import { User } from "./User.js";
import { ErasureRequest } from "./ErasureRequest.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  Organization,
  OrganizationSettings,
  AccountingIntegration,
  SettingsChange,
  Region,
  LocalAssociation,
  Membership,
  Invitation,
  User,
  Lead,
  DemoBookingConfirmation,
  DemoBookingReceipt,
  ErasureRequest,
};
