/**
 * organization's part of a subject access export: a user's memberships (with the local associations' and the
 * organization's names), the invitations that brought them in (the e-mail they were invited at), and the log of
 * access exports about the person (contact or user).
 */
import { scopes, type Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import { createAccessExportRepository } from "../../db/repositories/access-exports.js";
import { createInvitationRepository } from "../../db/repositories/invitations.js";
import { createLocalAssociationRepository } from "../../db/repositories/local-associations.js";
import { createMembershipRepository } from "../../db/repositories/memberships.js";
import { createOrganizationRepository } from "../../db/repositories/organizations.js";

/** The request's organization only (the part is its answer; the consumer entered it: `enterOrganization`). */
export async function organizationExportPart(tx: Tx, request: PartRequest): Promise<ExportPart> {
  const { contactId, userId } = request.subject;
  const scope = scopes.organization(request.organizationId);
  const labels: Record<string, string> = {};
  const [org] = await createOrganizationRepository(tx, scope).byIds([request.organizationId]);
  if (org) labels[org.id] = org.name;
  for (const u of await createLocalAssociationRepository(tx, scope).all()) labels[u.id] = u.name;

  const memberships = userId ? await createMembershipRepository(tx, scope).everyMembershipOf(userId) : [];
  const invited = userId ? await createInvitationRepository(tx, scope).usedBy(userId) : [];
  const exports = await createAccessExportRepository(tx, scope).aboutSubject({
    contactId: contactId ?? null,
    userId: userId ?? null,
  });
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
