import type { NotificationResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type NotificationCategory } from "../views/enums.js";

export const Notification: NotificationResolvers = {
  category: (n) => toGraphQL<NotificationCategory>(n.category),
  data: (n) => Object.entries(n.data).map(([key, value]) => ({ key, value: String(value) })),
  deliveries: (n, _args, ctx) => ctx.loaders.deliveries.load(n.id),
};
