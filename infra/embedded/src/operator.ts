/**
 * The operator's commands (`npm run admin -- <command>`, src/admin.ts), as functions over an open database, so the
 * journey suite runs exactly what the command runs.
 */
import { readFileSync } from "node:fs";
import type { Db } from "@meander/db";
import { MANIFEST_FILE, type PersistedManifest } from "@meander/gateway";
import { bootstrapGlobalAdmin } from "@meander/organization";

export interface GlobalAdminInvitation {
  email: string;
  /** The single-use invitation token: the invitee accepts with it (acceptInvitation), choosing names and password. */
  token: string;
  expiresAt: Date;
  /** The operator organization that holds the global administrators' memberships. */
  organization: { id: string; name: string };
}

/**
 * create-global-admin: invites `email` as a global administrator (the operator organization and its unit are made
 * on first use). The invitation reaches identity as an event: at once while the platform runs, else at its next start.
 */
export async function createGlobalAdmin(
  db: Db,
  input: { email: string; expiresInDays?: number },
): Promise<GlobalAdminInvitation> {
  const r = await bootstrapGlobalAdmin(db, input);
  return {
    email: r.invitation.email,
    token: r.token,
    expiresAt: r.invitation.expiresAt,
    organization: { id: r.organization.id, name: r.organization.name },
  };
}

/** What the command prints: the token and the two calls that turn it into a signed-in global administrator. */
export function invitationText(inv: GlobalAdminInvitation, gatewayUrl: string): string {
  // The persisted AcceptInvitation, by its id: accepted in safelist mode too.
  const op = (JSON.parse(readFileSync(MANIFEST_FILE, "utf8")) as PersistedManifest).operations.find(
    (o) => o.name === "AcceptInvitation",
  )!;
  const accept = JSON.stringify({
    operationName: op.name,
    extensions: { persistedQuery: { version: 1, sha256Hash: op.id } },
    variables: {
      input: {
        token: inv.token,
        firstName: "<first name>",
        lastName: "<last name>",
        password: "<a password of at least 10 characters>",
      },
    },
  });
  return `Global administrator invited: ${inv.email} (in ${inv.organization.name}; valid until ${inv.expiresAt.toISOString()}).

One-time invitation token (shown only now):
  ${inv.token}

With Meander running (npm start, or the services), accept it, choosing names and password:
  curl -s ${gatewayUrl} -H 'content-type: application/json' -d '${accept}'
then sign in with the login mutation (e-mail and that password).`;
}
