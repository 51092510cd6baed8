/** Registration's GraphQL input: the proxy flag's guard and the input read for the use case. */
import type { RegisterActivityInput as GqlInput } from "../__generated__/resolvers-types.js";
import type { RegisterActivityInput } from "../application/register.js";
import { parseDateText } from "../domain/dates.js";
import { requireFeature } from "@meander/subgraph-kit";

/** proxy_registration: registering on a mentor's behalf (a row naming its mentor) is that flag's capability. */
export async function guardProxy<T extends { isProxyRegistration?: boolean | null; userId?: string | null }>(
  ctx: unknown,
  inputs: readonly T[],
): Promise<void> {
  if (inputs.some((i) => i.isProxyRegistration || i.userId)) await requireFeature(ctx, "proxy_registration");
}

export const toInput = (input: GqlInput): RegisterActivityInput => ({
  ...input,
  // Text, read strictly here: an odd date ("2026-13-45", "yesterday", "") is refused by the rules as date_format.
  activityDate:
    input.activityDate === null || input.activityDate === undefined ? null : parseDateText(input.activityDate),
});
