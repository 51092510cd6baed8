/**
 * organization's part of a subject access export: a user's memberships (with the local associations' and the
 * organization's names), the invitations that brought them in (the e-mail they were invited at), and the log of
 * access exports about the person (contact or user).
 */
import { eq, or } from "drizzle-orm";
import type { Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import {
  accessExportRequests,
  invitations,
  localAssociations,
  organizationMemberships,
  organizations,
} from "../../db/schema/index.js";

export async function organizationExportPart(tx: Tx, request: PartRequest): Promise<ExportPart> {
  const { contactId, userId } = request.subject;
  const labels: Record<string, string> = {};
  const [org] = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, request.organizationId));
  if (org) labels[org.id] = org.name;
  const units = await tx
    .select({ id: localAssociations.id, name: localAssociations.name })
    .from(localAssociations)
    .where(eq(localAssociations.organizationId, request.organizationId));
  for (const u of units) labels[u.id] = u.name;

  const memberships = userId
    ? await tx.select().from(organizationMemberships).where(eq(organizationMemberships.userId, userId))
    : [];
  const invited = userId
    ? await tx
        .select({
          id: invitations.id,
          email: invitations.email,
          role: invitations.role,
          localAssociationId: invitations.localAssociationId,
          createdAt: invitations.createdAt,
          usedAt: invitations.usedAt,
          status: invitations.status,
        })
        .from(invitations)
        .where(eq(invitations.usedBy, userId))
    : [];
  const exports = await tx
    .select({
      id: accessExportRequests.id,
      requestedAt: accessExportRequests.requestedAt,
      readyAt: accessExportRequests.readyAt,
      downloadedAt: accessExportRequests.downloadedAt,
    })
    .from(accessExportRequests)
    .where(
      or(
        contactId ? eq(accessExportRequests.contactId, contactId) : undefined,
        userId ? eq(accessExportRequests.userId, userId) : undefined,
      ),
    );
  return {
    subgraph: "organization",
    labels,
    categories: {
      memberships: memberships.map((m) => toRecord(m)),
      invitations: invited.map((i) => toRecord(i)),
      accessExports: exports.map((e) => toRecord(e)),
    },
  };
}
