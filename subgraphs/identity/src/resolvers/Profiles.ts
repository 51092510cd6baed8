import type {
  DeviceTokenResolvers,
  PeerMentorProfileResolvers,
  PeerMentorStatusEntryResolvers,
  RoleResolvers,
  UserSettingsResolvers,
} from "../__generated__/resolvers-types.js";
import { currentStatus } from "../application/peer-mentors.js";
import type { MentorStatus } from "../domain/mentor-status.js";

export const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
const status = (s: MentorStatus) => upper(s);

export const PeerMentorProfile: PeerMentorProfileResolvers = {
  status: async (profile, _args, ctx) => status(await currentStatus(await ctx.db(), profile.userId)),
  availabilitySlots: (profile) => profile.availabilitySlots,
};

export const PeerMentorStatusEntry: PeerMentorStatusEntryResolvers = {
  from: (entry) => (entry.fromStatus ? status(entry.fromStatus) : null),
  to: (entry) => status(entry.toStatus),
  actor: (entry, _args, ctx) => ctx.loaders.user.load(entry.actorId),
};

export const DeviceToken: DeviceTokenResolvers = {
  platform: (row) => upper(row.platform),
};

export const Role: RoleResolvers = {
  products: (role) => role.products.map(upper),
};

export const UserSettings: UserSettingsResolvers = {
  language: (settings) => upper(settings.language),
};
