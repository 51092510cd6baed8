/**
 * How activity's tables meet @meander/db's visibility model: each table names the columns `scopedWhere` reads, once.
 * A repository takes a `Scope` at construction and applies its table's filter in every read, lock and update.
 */
import { sql } from "drizzle-orm";
import { scopedWhere, sees, type Scope } from "@meander/db";
import { activities, activityKeys, contacts, documents, gatherings, membershipProjection } from "../schema/index.js";

/** A person's row: the mentor (owner), the coordinators of its local association, the organization's administrators. */
export const activityFilter = (scope: Scope) =>
  scopedWhere(scope, {
    organization: activities.organizationId,
    localAssociation: activities.localAssociationId,
    owner: activities.userId,
  });

/** The key table has no local association: it narrows to the organization, the activity row then decides. */
export const activityKeyFilter = (scope: Scope) => scopedWhere(scope, { organization: activityKeys.organizationId });

/** A document follows its mentor (owner) and local association, like an activity. */
export const documentFilter = (scope: Scope) =>
  scopedWhere(scope, {
    organization: documents.organizationId,
    localAssociation: documents.localAssociationId,
    owner: documents.mentorId,
  });

/** Contacts belong to a local association (no owner): mentors and coordinators see their local association's. */
export const contactFilter = (scope: Scope) =>
  scopedWhere(scope, { organization: contacts.organizationId, localAssociation: contacts.localAssociationId });

/** Gatherings, like contacts, belong to a local association. */
export const gatheringFilter = (scope: Scope) =>
  scopedWhere(scope, { organization: gatherings.organizationId, localAssociation: gatherings.localAssociationId });

/** A membership is a person's row of a local association. */
export const membershipFilter = (scope: Scope) =>
  scopedWhere(scope, {
    organization: membershipProjection.organizationId,
    localAssociation: membershipProjection.localAssociationId,
    owner: membershipProjection.userId,
  });

/** The ids of the activities in the scope with this contact (a subquery; `text`: as event payloads carry them). */
export const activitiesWithContact = (scope: Scope, contactId: string, as: "uuid" | "text" = "uuid") =>
  sql`select ${activities.id}${as === "text" ? sql`::text` : sql``} from ${activities} where ${activityFilter(scope) ?? sql`true`} and ${activities.contactId} = ${contactId}`;

/**
 * Inserts stay in the scope too: a row the repository's scope would not see is a programming error (row-level
 * security would refuse it as well), never a user's refusal. Leave out what the table does not have (as `sees`).
 */
export function assertInScope(
  scope: Scope,
  row: { organizationId: string; localAssociationId?: string | null; ownerId?: string },
): void {
  if (!sees(scope, row)) throw new Error(`activity: a write outside the repository's scope (${scope.reach})`);
}
