/** Organization settings, their change history and integrations, of the scope's one organization (it writes in it). */
import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import { organizationIdOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  organizationIntegrations,
  organizationSettings,
  organizationSettingsChanges,
  type IntegrationRow,
  type OrganizationSettingsRow,
  type SettingsChangeRow,
} from "../schema/index.js";

export type { IntegrationRow, OrganizationSettingsRow, SettingsChangeRow } from "../schema/index.js";

export type SettingsPatch = Partial<
  Omit<OrganizationSettingsRow, "organizationId" | "version" | "updatedAt" | "updatedBy">
>;

export function createSettingsRepository(db: Executor, scope: Scope) {
  const organizationId = organizationIdOf(scope);
  return {
    /** The settings row, locked until the transaction ends (changes of one organization's settings serialize). */
    async lockForUpdate(): Promise<OrganizationSettingsRow | undefined> {
      const [row] = await db
        .select()
        .from(organizationSettings)
        .where(scopedWhere(scope, { organization: organizationSettings.organizationId }))
        .for("update");
      return row;
    },
    async update(patch: SettingsPatch, version: number, updatedBy: string | null): Promise<OrganizationSettingsRow> {
      const [row] = await db
        .update(organizationSettings)
        .set({ ...patch, version, updatedBy, updatedAt: sql`now()` })
        .where(scopedWhere(scope, { organization: organizationSettings.organizationId }))
        .returning();
      return row!;
    },
    async recordChange(change: {
      id: string;
      version: number;
      section: string;
      values: Record<string, unknown>;
      changedBy: string | null;
    }): Promise<void> {
      await db.insert(organizationSettingsChanges).values({ ...change, organizationId });
    },
    /** Newest first, keyset by (version, id): the version grows with every change of the organization's settings. */
    async changes(p: {
      section: string | null;
      after: [number, string] | null;
      limit: number;
    }): Promise<SettingsChangeRow[]> {
      const c = organizationSettingsChanges;
      const after = p.after
        ? or(lt(c.version, p.after[0]), and(eq(c.version, p.after[0]), lt(c.id, p.after[1])))
        : undefined;
      return db
        .select()
        .from(c)
        .where(
          and(
            scopedWhere(scope, { organization: c.organizationId }),
            p.section ? eq(c.section, p.section) : undefined,
            after,
          ),
        )
        .orderBy(desc(c.version), desc(c.id))
        .limit(p.limit);
    },
    async integration(kind: string, lock = false): Promise<IntegrationRow | undefined> {
      const query = db
        .select()
        .from(organizationIntegrations)
        .where(
          and(
            scopedWhere(scope, { organization: organizationIntegrations.organizationId }),
            eq(organizationIntegrations.kind, kind),
          ),
        );
      const [row] = lock ? await query.for("update") : await query;
      return row;
    },
    async saveIntegration(row: Omit<IntegrationRow, "organizationId" | "updatedAt">): Promise<IntegrationRow> {
      const values = { ...row, organizationId, updatedAt: sql`now()` };
      const [saved] = await db
        .insert(organizationIntegrations)
        .values(values)
        .onConflictDoUpdate({
          target: [organizationIntegrations.organizationId, organizationIntegrations.kind],
          set: { ...row, updatedAt: sql`now()` },
        })
        .returning();
      return saved!;
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
