/**
 * Who an accounting export pays and how the accounting system knows them: display names (projected from identity),
 * the organization's accounting references per person, and the organization's voucher numbers.
 */
import { and, asc, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { onlyUuids, organizationIdOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  accountingReferences,
  accountingVoucherSequences,
  activityProjection,
  expenses,
  personNames,
  type AccountingReferenceRow,
} from "../schema/index.js";

export type { AccountingReferenceRow };

/**
 * People's display names. A name is a person's, not an organization's (one row per person, whichever organizations
 * they are in): the scope sees the names of the people its organization knows, those with an activity or a claim in
 * it (the people an export can pay); the platform's (identity's and the erasure's consumers) every one.
 */
export function createPersonNameRepository(db: Executor, scope: Scope) {
  /** The person has an activity or a claim in sight of the scope; undefined: no limit. */
  const known = (): SQL | undefined => {
    const activity = scopedWhere(scope, { organization: activityProjection.organizationId });
    const claim = scopedWhere(scope, { organization: expenses.organizationId });
    if (activity === undefined || claim === undefined) return undefined;
    return or(
      exists(
        db
          .select({ one: sql`1` })
          .from(activityProjection)
          .where(and(eq(activityProjection.userId, personNames.userId), activity)),
      ),
      exists(
        db
          .select({ one: sql`1` })
          .from(expenses)
          .where(and(eq(expenses.userId, personNames.userId), claim)),
      ),
    );
  };

  return {
    /** Keeps a person's display name (a later registration event of the same person replaces it). */
    async rememberName(userId: string, displayName: string): Promise<void> {
      await db
        .insert(personNames)
        .values({ userId, displayName })
        .onConflictDoUpdate({ target: personNames.userId, set: { displayName, updatedAt: new Date() } });
    },
    /** An erased person (issue 24): their name is no longer copied here. */
    async forgetName(userId: string): Promise<void> {
      await db.delete(personNames).where(and(eq(personNames.userId, userId), known()));
    },
    /** The person's name as stored (their access export's `payee`), or none. */
    async rowsOf(userId: string): Promise<Array<typeof personNames.$inferSelect>> {
      return db
        .select()
        .from(personNames)
        .where(and(eq(personNames.userId, userId), known()));
    },
    async namesOf(userIds: readonly string[]): Promise<Map<string, string>> {
      const valid = onlyUuids(userIds);
      if (valid.length === 0) return new Map();
      const rows = await db
        .select()
        .from(personNames)
        .where(and(inArray(personNames.userId, valid), known()));
      return new Map(rows.map((r) => [r.userId, r.displayName]));
    },
  };
}

/** The accounting references and voucher numbers of the scope's organization (an organization's own rows: it writes in one). */
export function createPayeeRepository(db: Executor, scope: Scope) {
  const organizationId = organizationIdOf(scope);
  return {
    /** Whether the person has an activity or a claim in the organization (the people an export can pay). */
    async knows(userId: string): Promise<boolean> {
      if (onlyUuids([userId]).length === 0) return false;
      const [a] = await db
        .select({ id: activityProjection.activityId })
        .from(activityProjection)
        .where(
          and(
            scopedWhere(scope, { organization: activityProjection.organizationId }),
            eq(activityProjection.userId, userId),
          ),
        )
        .limit(1);
      if (a) return true;
      const [e] = await db
        .select({ id: expenses.id })
        .from(expenses)
        .where(and(scopedWhere(scope, { organization: expenses.organizationId }), eq(expenses.userId, userId)))
        .limit(1);
      return e !== undefined;
    },
    async setReference(userId: string, reference: string, updatedBy: string): Promise<AccountingReferenceRow> {
      const [row] = await db
        .insert(accountingReferences)
        .values({ organizationId, userId, reference, updatedBy })
        .onConflictDoUpdate({
          target: [accountingReferences.organizationId, accountingReferences.userId],
          set: { reference, updatedBy, updatedAt: new Date() },
        })
        .returning();
      return row!;
    },
    /** The organization's references (of the given people only, when named), by reference. */
    async references(userIds?: readonly string[]): Promise<AccountingReferenceRow[]> {
      const valid = userIds ? onlyUuids(userIds) : null;
      if (valid?.length === 0) return [];
      const only = valid ? inArray(accountingReferences.userId, valid) : undefined;
      return db
        .select()
        .from(accountingReferences)
        .where(and(scopedWhere(scope, { organization: accountingReferences.organizationId }), only))
        .orderBy(asc(accountingReferences.reference));
    },
    /**
     * Hands out `count` voucher numbers after the organization's last one and returns the first. The row's lock holds
     * until the caller's transaction ends: concurrent exports take turns, a rolled-back export returns its numbers.
     */
    async allocateVouchers(count: number): Promise<number> {
      const [row] = await db
        .insert(accountingVoucherSequences)
        .values({ organizationId, lastVoucher: count })
        .onConflictDoUpdate({
          target: accountingVoucherSequences.organizationId,
          set: { lastVoucher: sql`${accountingVoucherSequences.lastVoucher} + ${count}` },
        })
        .returning();
      return row!.lastVoucher - count + 1;
    },
  };
}

export type PayeeRepository = ReturnType<typeof createPayeeRepository>;
