/**
 * Contacts in the caller's scope: their local association (mentors, coordinators) or organization (administrators).
 * Also the contact's reads that are not answers (which contacts a mentor works with, the retention's candidates),
 * at whatever scope the use case names, and the erasure's pseudonym.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { queryRows, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  activities,
  assignments,
  contactNotes,
  contacts,
  type ContactRow,
  type NewContactRow,
} from "../schema/index.js";
import { activityFilter, assertInScope, contactFilter } from "./scope.js";

export type { ContactRow, NewContactRow };

/** The keyset cursor: last name, first name, id. */
export type ContactCursor = [string, string, string];

/** A contact whose last activity, note or assignment is older than a retention cutoff. */
export interface RetentionCandidate {
  id: string;
  lastActivityAt: Date;
}

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
    /** New values of a contact in the scope (the caller read it through `byIds` first). */
    async update(id: string, set: Partial<NewContactRow>): Promise<ContactRow> {
      const [updated] = await db
        .update(contacts)
        .set(set)
        .where(and(eq(contacts.id, id), visible()))
        .returning();
      return updated!;
    },
    /**
     * The contacts among `ids` a mentor works with: an open assignment, an activity not rejected, or created by them
     * (the sensitive-field policy's "works with"; a use case reads it at the organization's scope).
     */
    async workedWith(mentorId: string, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const list = sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const inOrganization = scopedWhere(scope, { organization: assignments.organizationId }) ?? sql`true`;
      const rows = await queryRows<{ id: string }>(
        db,
        sql`select ${assignments.contactId}::text as id from ${assignments}
              where ${inOrganization} and ${assignments.mentorId} = ${mentorId} and ${assignments.status} <> 'cancelled' and ${assignments.contactId} in (${list})
            union select ${activities.contactId}::text from ${activities}
              where ${activityFilter(scope) ?? sql`true`} and ${activities.userId} = ${mentorId} and ${activities.status} <> 'rejected' and ${activities.contactId} in (${list})
            union select ${contacts.id}::text from ${contacts}
              where ${visible() ?? sql`true`} and ${contacts.createdBy} = ${mentorId} and ${contacts.id} in (${list})`,
      );
      return new Set(rows.map((r) => r.id));
    },
    /** The contacts in the scope (not erased) whose last activity, note or assignment is older than the cutoff, oldest first. */
    async pastRetention(cutoff: Date, limit: number): Promise<RetentionCandidate[]> {
      const rows = await queryRows<{ id: string; last_activity_at: Date | string }>(
        db,
        sql`
        select id, last_activity_at from (
          select ${contacts.id} as id, greatest(${contacts.createdAt},
            (select max(a.activity_date) from ${activities} a where a.organization_id = ${contacts.organizationId} and a.contact_id = ${contacts.id}),
            (select max(n.created_at) from ${contactNotes} n where n.contact_id = ${contacts.id}),
            (select max(s.updated_at) from ${assignments} s where s.contact_id = ${contacts.id})) as last_activity_at
          from ${contacts} where ${visible() ?? sql`true`} and ${contacts.erasedAt} is null
        ) l where last_activity_at < ${cutoff.toISOString()}
        order by last_activity_at, id limit ${limit}`,
      );
      return rows.map((r) => ({ id: r.id, lastActivityAt: new Date(r.last_activity_at) }));
    },
    /**
     * An erasure: the contact keeps its id under a pseudonym, without address, health information or municipality.
     * False when the scope holds no such contact.
     */
    async erase(id: string, pseudonym: { firstName: string; lastName: string }): Promise<boolean> {
      const erased = await db
        .update(contacts)
        .set({
          ...pseudonym,
          municipality: null,
          addressEnc: null,
          healthInfoEnc: null,
          erasedAt: sql`now()`,
        })
        .where(and(eq(contacts.id, id), visible()))
        .returning({ id: contacts.id });
      return erased.length > 0;
    },
    /** The organizations in the scope that have contacts not erased (the nightly retention job, at the platform's). */
    async organizationsWithContacts(): Promise<string[]> {
      const rows = await db
        .selectDistinct({ organizationId: contacts.organizationId })
        .from(contacts)
        .where(and(visible(), sql`${contacts.erasedAt} is null`));
      return rows.map((r) => r.organizationId);
    },
  };
}

export const contactCursorOf = (row: ContactRow): ContactCursor => [row.lastName, row.firstName, row.id];

export type ContactRepository = ReturnType<typeof createContactRepository>;
