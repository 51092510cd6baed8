import type { PushDeviceResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type PushPlatform } from "../views/enums.js";

export const PushDevice: PushDeviceResolvers = {
  platform: (d) => toGraphQL<PushPlatform>(d.platform),
};
