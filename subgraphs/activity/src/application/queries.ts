/** Read use cases: Relay connections over the scoped repositories (keyset pagination, never OFFSET). */
import { badInput } from "@meander/validation";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import {
  activityCursorOf,
  type ActivityCursor,
  type ActivityPageQuery,
  type ActivityRepository,
  type ActivityRow,
} from "../db/repositories/activities.js";
import {
  contactCursorOf,
  type ContactCursor,
  type ContactRepository,
  type ContactRow,
} from "../db/repositories/contacts.js";
import { isUuid } from "@meander/db";

const isStrings = (value: unknown, length: number): value is string[] =>
  Array.isArray(value) && value.length === length && value.every((v) => typeof v === "string");

/** A cursor that decodes but is not one of ours is refused before it reaches SQL. */
function request<K>(args: PageArgs, valid: (after: unknown) => boolean) {
  const page = pageRequest<K>(args);
  if (page.after !== null && !valid(page.after)) throw badInput("cursor_format", "after", "Invalid cursor");
  return page;
}

const validActivityCursor = (c: unknown) => isStrings(c, 2) && !Number.isNaN(Date.parse(c[0]!)) && isUuid(c[1]!);
const validContactCursor = (c: unknown) => isStrings(c, 3) && isUuid(c[2]!);

export async function listActivities(
  repo: ActivityRepository,
  args: PageArgs,
  filter: Omit<ActivityPageQuery, "limit" | "after"> = {},
): Promise<Connection<ActivityRow>> {
  const page = request<ActivityCursor>(args, validActivityCursor);
  const rows = await repo.page({ ...filter, limit: page.limit, after: page.after });
  return toConnection(rows, page.first, activityCursorOf);
}

export async function listContacts(repo: ContactRepository, args: PageArgs): Promise<Connection<ContactRow>> {
  const page = request<ContactCursor>(args, validContactCursor);
  const rows = await repo.page({ limit: page.limit, after: page.after });
  return toConnection(rows, page.first, contactCursorOf);
}
