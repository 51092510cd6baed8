/** The settings change history (OrganizationSettings.history), newest first, keyset by (version, id). */
import { badInput } from "@meander/validation";
import { isUuid } from "@meander/db";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import type { SettingsChangeRow, SettingsRepository } from "../db/repositories/settings.js";

export async function listSettingsHistory(
  repo: SettingsRepository,
  args: PageArgs & { section: string | null },
): Promise<Connection<SettingsChangeRow>> {
  const page = pageRequest<[number, string]>(args);
  const after = page.after;
  if (
    after !== null &&
    !(
      Array.isArray(after) &&
      after.length === 2 &&
      Number.isInteger(after[0]) &&
      typeof after[1] === "string" &&
      isUuid(after[1])
    )
  ) {
    throw badInput("cursor_format", "after", "Invalid cursor");
  }
  const rows = await repo.changes({ section: args.section, after, limit: page.limit });
  return toConnection(rows, page.first, (r) => [r.version, r.id]);
}
