/** Users' push devices (tokens registered by their apps). */
import { writableIn } from "@meander/db";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { pushDevices, type PushDeviceRow, type PushPlatform } from "../schema/index.js";
import { tenantFilter } from "./scope.js";
export type { PushDeviceRow, PushPlatform } from "../schema/index.js";

export function createPushDeviceRepository(db: Executor, scope: Scope) {
  const visible = () => tenantFilter(pushDevices.organizationId, scope);
  return {
    /** Registers (or re-registers) a token: the same row again, active, now the user's. */
    async register(row: {
      organizationId: string;
      userId: string;
      platform: PushPlatform;
      token: string;
    }): Promise<PushDeviceRow> {
      writableIn(scope, row.organizationId);
      const [saved] = await db
        .insert(pushDevices)
        .values({ id: randomUUID(), ...row })
        .onConflictDoUpdate({
          target: [pushDevices.organizationId, pushDevices.token],
          set: {
            userId: row.userId,
            platform: row.platform,
            active: true,
            registeredAt: sql`now()`,
            deactivatedAt: null,
            deactivationReason: null,
          },
        })
        .returning();
      return saved!;
    },
    /** Deactivates the user's own registration of the token; true when one was active. */
    async unregister(userId: string, token: string): Promise<boolean> {
      const changed = await db
        .update(pushDevices)
        .set({ active: false, deactivatedAt: sql`now()`, deactivationReason: "unregistered" })
        .where(
          and(eq(pushDevices.userId, userId), eq(pushDevices.token, token), eq(pushDevices.active, true), visible()),
        )
        .returning({ id: pushDevices.id });
      return changed.length > 0;
    },
    /** The user's registrations (active first, newest first). */
    async ofUser(userId: string): Promise<PushDeviceRow[]> {
      return db
        .select()
        .from(pushDevices)
        .where(and(eq(pushDevices.userId, userId), visible()))
        .orderBy(desc(pushDevices.active), desc(pushDevices.registeredAt), asc(pushDevices.id));
    },
    /** Where a push to the user in that organization goes. */
    async activeOf(organizationId: string, userId: string): Promise<PushDeviceRow[]> {
      return db
        .select()
        .from(pushDevices)
        .where(
          and(
            eq(pushDevices.organizationId, organizationId),
            eq(pushDevices.userId, userId),
            eq(pushDevices.active, true),
            visible(),
          ),
        )
        .orderBy(asc(pushDevices.registeredAt), asc(pushDevices.id));
    },
    /** The provider said these tokens are dead: their devices get nothing more until registered again. */
    async deactivate(dead: ReadonlyArray<{ deviceId: string; reason: string }>): Promise<void> {
      for (const { deviceId, reason } of dead) {
        await db
          .update(pushDevices)
          .set({ active: false, deactivatedAt: sql`now()`, deactivationReason: reason.slice(0, 200) })
          .where(and(eq(pushDevices.id, deviceId), eq(pushDevices.active, true), visible()));
      }
    },
  };
}

export type PushDeviceRepository = ReturnType<typeof createPushDeviceRepository>;
