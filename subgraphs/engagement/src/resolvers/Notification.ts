import type {
  NotificationDeliveryResolvers,
  NotificationPreferenceResolvers,
  NotificationResolvers,
  PushDeviceResolvers,
  ReminderSettingResolvers,
} from "../__generated__/resolvers-types.js";
import {
  toGraphQL,
  type DeliveryChannel,
  type DeliveryStatus,
  type NotificationCategory,
  type PushPlatform,
  type ReminderScenario,
} from "./enums.js";

export const Notification: NotificationResolvers = {
  category: (n) => toGraphQL<NotificationCategory>(n.category),
  data: (n) => Object.entries(n.data).map(([key, value]) => ({ key, value: String(value) })),
  deliveries: (n, _args, ctx) => ctx.loaders.deliveries.load(n.id),
};

export const NotificationDelivery: NotificationDeliveryResolvers = {
  channel: (d) => toGraphQL<DeliveryChannel>(d.channel),
  status: (d) => toGraphQL<DeliveryStatus>(d.status),
};

export const NotificationPreference: NotificationPreferenceResolvers = {
  category: (p) => toGraphQL<NotificationCategory>(p.category),
  channels: (p) => p.channels.map((c) => toGraphQL<DeliveryChannel>(c)),
};

export const ReminderSetting: ReminderSettingResolvers = {
  scenario: (s) => toGraphQL<ReminderScenario>(s.scenario),
};

export const PushDevice: PushDeviceResolvers = {
  platform: (d) => toGraphQL<PushPlatform>(d.platform),
};
