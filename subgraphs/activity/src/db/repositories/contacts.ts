/** Contacts in the caller's scope: their local association (mentors, coordinators) or organization (administrators). */
import { and, asc, inArray, sql } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { contacts, type ContactRow, type NewContactRow } from "../schema/index.js";
import { assertInScope, contactFilter } from "./scope.js";

/** The keyset cursor: last name, first name, id. */
export type ContactCursor = [string, string, string];

export function createContactRepository(db: Executor, scope: Scope) {
  const visible = () => contactFilter(scope);

  return {
    async byIds(ids: readonly string[]): Promise<ContactRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(contacts)
        .where(and(inArray(contacts.id, [...ids]), visible()));
    },
    async page(q: { limit: number; after: ContactCursor | null }): Promise<ContactRow[]> {
      return db
        .select()
        .from(contacts)
        .where(
          and(
            visible(),
            q.after
              ? sql`(${contacts.lastName}, ${contacts.firstName}, ${contacts.id}) > (${q.after[0]}, ${q.after[1]}, ${q.after[2]}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id))
        .limit(q.limit);
    },
    async insert(row: NewContactRow): Promise<ContactRow> {
      assertInScope(scope, { organizationId: row.organizationId, localAssociationId: row.localAssociationId });
      const [created] = await db.insert(contacts).values(row).returning();
      return created!;
    },
  };
}

export const contactCursorOf = (row: ContactRow): ContactCursor => [row.lastName, row.firstName, row.id];

export type ContactRepository = ReturnType<typeof createContactRepository>;
