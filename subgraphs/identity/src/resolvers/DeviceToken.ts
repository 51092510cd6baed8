import type { DeviceTokenResolvers } from "../__generated__/resolvers-types.js";
import { upper } from "../views/enums.js";

export const DeviceToken: DeviceTokenResolvers = {
  platform: (row) => upper(row.platform),
};
