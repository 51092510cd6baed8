/**
 * Accounting exports and the organization's accounting settings. An export is the organization's (no local
 * association, no owner): in the visibility model every role of the organization would see it, so the permissions
 * keep exports to organization administrators.
 */
import { and, desc, eq, isNull, lt, type SQL } from "drizzle-orm";
import { onlyUuids, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  accountingExports,
  accountingSettings,
  type AccountingExportRow,
  type AccountingSettingsRow,
  type ExportLabels,
} from "../schema/index.js";

export type { AccountingExportRow, ExportLabels };

export function createAccountingRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined => scopedWhere(scope, { organization: accountingExports.organizationId });

  return {
    async insert(row: typeof accountingExports.$inferInsert): Promise<AccountingExportRow> {
      const [created] = await db.insert(accountingExports).values(row).returning();
      return created!;
    },
    async byId(id: string): Promise<AccountingExportRow | null> {
      if (onlyUuids([id]).length === 0) return null;
      const [row] = await db
        .select()
        .from(accountingExports)
        .where(and(eq(accountingExports.id, id), visible()));
      return row ?? null;
    },
    async list(limit: number): Promise<AccountingExportRow[]> {
      return db
        .select()
        .from(accountingExports)
        .where(visible())
        .orderBy(desc(accountingExports.createdAt), desc(accountingExports.id))
        .limit(limit);
    },
    /** Null when the export does not exist (in scope) or was already marked paid. */
    async markPaid(id: string, paidBy: string, at: Date): Promise<AccountingExportRow | null> {
      if (onlyUuids([id]).length === 0) return null;
      const [row] = await db
        .update(accountingExports)
        .set({ paidAt: at, paidBy })
        .where(and(eq(accountingExports.id, id), isNull(accountingExports.paidAt), visible()))
        .returning();
      return row ?? null;
    },
    /** The scope's organization's accounting settings (as organization last published them). */
    async settings(): Promise<AccountingSettingsRow | null> {
      const [row] = await db
        .select()
        .from(accountingSettings)
        .where(scopedWhere(scope, { organization: accountingSettings.organizationId }));
      return row ?? null;
    },
    /** Keeps the newest settings version: a redelivered or older event changes nothing. */
    async saveSettings(row: typeof accountingSettings.$inferInsert): Promise<void> {
      await db
        .insert(accountingSettings)
        .values(row)
        .onConflictDoUpdate({
          target: accountingSettings.organizationId,
          set: {
            system: row.system,
            enabled: row.enabled,
            entityCode: row.entityCode ?? null,
            accountMapping: row.accountMapping,
            version: row.version,
            updatedAt: new Date(),
          },
          setWhere: lt(accountingSettings.version, row.version),
        });
    },
  };
}

export type AccountingRepository = ReturnType<typeof createAccountingRepository>;
