/** Small helpers shared by the engagement test files. */
import { randomUUID } from "node:crypto";
import type { Role } from "@meander/auth";
import { and, asc, eq } from "drizzle-orm";
import { makeEvent, type SubgraphHarness } from "@meander/testing";
import { outbox } from "../src/db/schema/index.js";

export const as = (userId: string, organizationId: string, localAssociationId: string, role: Role) => ({
  userId,
  organizationId,
  localAssociationId,
  role,
});

/** Retries an assertion until it passes (events leave through the relay after commit). */
export async function eventually(assertion: () => void | Promise<void>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/**
 * The person as a member of their local association (organization's membership.added, handled before it returns):
 * coordinators see the enrollments, places, certifications and invite links of their local association's members.
 */
export async function joined<P extends ReturnType<typeof as>>(h: SubgraphHarness, who: P): Promise<P> {
  await h.bus.publish([
    makeEvent(
      "organization.membership.added",
      {
        membershipId: randomUUID(),
        userId: who.userId,
        localAssociationId: who.localAssociationId,
        role: who.role,
        isPrimary: true,
      },
      { organizationId: who.organizationId },
    ),
  ]);
  await h.bus.idle();
  return who;
}

/** The audit entries engagement wrote for a subject (engagement.audit.recorded in its outbox): action and fields, oldest first. */
export async function auditsOf(
  h: SubgraphHarness,
  subjectId: string,
): Promise<Array<{ action: string; fields: string[]; actorId: string }>> {
  const rows = await h.db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.type, "engagement.audit.recorded"), eq(outbox.aggregateId, subjectId)))
    .orderBy(asc(outbox.position));
  return rows.map((r) => {
    const p = r.payload as { action: string; fields: string[]; actorId: string };
    return { action: p.action, fields: p.fields, actorId: p.actorId };
  });
}
