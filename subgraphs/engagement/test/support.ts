/** Small helpers shared by the engagement test files. */
import type { Role } from "@meander/auth";

export const as = (userId: string, organizationId: string, localAssociationId: string, role: Role) => ({ userId, organizationId, localAssociationId, role });

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
