import type { NotificationPreferenceResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type DeliveryChannel, type NotificationCategory } from "../views/enums.js";

export const NotificationPreference: NotificationPreferenceResolvers = {
  category: (p) => toGraphQL<NotificationCategory>(p.category),
  channels: (p) => p.channels.map((c) => toGraphQL<DeliveryChannel>(c)),
};
