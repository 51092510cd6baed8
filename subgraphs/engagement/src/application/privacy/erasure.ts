/**
 * engagement's part of an erasure (issue 24 item 4), in the consumer's transaction: notifications to or about the
 * person and their deliveries, and a user's push devices, copied address, phone and name and the reasons written
 * for revoking their certifications (repositories/erasure.ts says what stays and why). A person is erased in every
 * organization: the platform's reach.
 */
import { scopes, type Executor } from "@meander/db";
import type { ErasureSubject } from "@meander/events";
import { createErasureRepository } from "../../db/repositories/erasure.js";

export async function eraseFromEngagement(
  tx: Executor,
  subject: Pick<ErasureSubject, "type" | "id">,
): Promise<{ notifications: number }> {
  return createErasureRepository(tx, scopes.platform()).erase(subject);
}
