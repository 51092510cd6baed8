import type { NotificationDeliveryResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type DeliveryChannel, type DeliveryStatus } from "../views/enums.js";

export const NotificationDelivery: NotificationDeliveryResolvers = {
  channel: (d) => toGraphQL<DeliveryChannel>(d.channel),
  status: (d) => toGraphQL<DeliveryStatus>(d.status),
};
