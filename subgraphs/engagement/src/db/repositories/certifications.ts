/** Certification types, certifications and their renewal history, limited to the caller's organization. */
import { and, asc, desc, eq, inArray, isNotNull, lt, lte, or } from "drizzle-orm";
import { writableIn, organizationIdOf, type Executor, type Scope } from "@meander/db";
import {
  certificationRenewals,
  certifications,
  certificationTypes,
  type CertificationRenewalRow,
  type CertificationRow,
  type CertificationTypeRow,
} from "../schema/index.js";
import { personFilter, tenantFilter } from "./scope.js";
export type { CertificationRenewalRow, CertificationRow, CertificationTypeRow } from "../schema/index.js";

export function createCertificationRepository(db: Executor, scope: Scope) {
  const visible = () => personFilter(certifications.organizationId, certifications.userId, scope);
  /** Renewals have no organization of their own: they are in sight with their certification. */
  const ofCertificationInSight = (certificationId: typeof certificationRenewals.certificationId) =>
    inArray(certificationId, db.select({ id: certifications.id }).from(certifications).where(visible()));
  return {
    async insertType(row: typeof certificationTypes.$inferInsert): Promise<CertificationTypeRow | null> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(certificationTypes).values(row).onConflictDoNothing().returning();
      return created ?? null;
    },
    async typesByIds(ids: readonly string[]): Promise<CertificationTypeRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(certificationTypes)
        .where(and(inArray(certificationTypes.id, [...ids]), tenantFilter(certificationTypes.organizationId, scope)));
    },
    async types(): Promise<CertificationTypeRow[]> {
      return db
        .select()
        .from(certificationTypes)
        .where(tenantFilter(certificationTypes.organizationId, scope))
        .orderBy(asc(certificationTypes.name), asc(certificationTypes.id));
    },
    /** A user's certification of a type in the scope's organization, locked for the rest of the transaction. */
    async lockOf(userId: string, typeId: string): Promise<CertificationRow | null> {
      const [row] = await db
        .select()
        .from(certifications)
        .where(
          and(
            eq(certifications.organizationId, organizationIdOf(scope)),
            eq(certifications.userId, userId),
            eq(certifications.typeId, typeId),
            visible(),
          ),
        )
        .for("update");
      return row ?? null;
    },
    async lockById(id: string): Promise<CertificationRow | null> {
      const [row] = await db
        .select()
        .from(certifications)
        .where(and(eq(certifications.id, id), visible()))
        .for("update");
      return row ?? null;
    },
    async insert(row: typeof certifications.$inferInsert): Promise<CertificationRow> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(certifications).values(row).returning();
      return created!;
    },
    async update(id: string, set: Partial<typeof certifications.$inferInsert>): Promise<CertificationRow> {
      const [row] = await db
        .update(certifications)
        .set(set)
        .where(and(eq(certifications.id, id), visible()))
        .returning();
      return row!;
    },
    /** Adds an entry to the history of a certification in sight. */
    async addRenewal(row: typeof certificationRenewals.$inferInsert): Promise<void> {
      const [cert] = await db
        .select({ id: certifications.id })
        .from(certifications)
        .where(and(eq(certifications.id, row.certificationId), visible()));
      if (!cert) throw new Error("engagement: a renewal of a certification out of sight");
      await db.insert(certificationRenewals).values(row);
    },
    async renewalsOf(ids: readonly string[]): Promise<CertificationRenewalRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(certificationRenewals)
        .where(
          and(
            inArray(certificationRenewals.certificationId, [...ids]),
            ofCertificationInSight(certificationRenewals.certificationId),
          ),
        )
        .orderBy(asc(certificationRenewals.issuedAt), asc(certificationRenewals.validFrom));
    },
    async ofUsers(userIds: readonly string[]): Promise<CertificationRow[]> {
      if (userIds.length === 0) return [];
      return db
        .select()
        .from(certifications)
        .where(and(inArray(certifications.userId, [...userIds]), visible()))
        .orderBy(desc(certifications.issuedAt), asc(certifications.id));
    },
    async list(limit = 500): Promise<CertificationRow[]> {
      return db
        .select()
        .from(certifications)
        .where(visible())
        .orderBy(asc(certifications.validUntil), asc(certifications.id))
        .limit(limit);
    },
    /** Certifications whose status changes on `today` (active within the window, or past validUntil), locked; rows another run holds are skipped. */
    async dueForStatusChange(today: string, horizon: string, limit: number): Promise<CertificationRow[]> {
      return db
        .select()
        .from(certifications)
        .where(
          and(
            or(
              and(eq(certifications.status, "active"), lte(certifications.validUntil, horizon)),
              and(eq(certifications.status, "expiring"), lt(certifications.validUntil, today)),
            ),
            visible(),
          ),
        )
        .orderBy(asc(certifications.validUntil), asc(certifications.id))
        .limit(limit)
        .for("update", { skipLocked: true });
    },
    /** Active or expiring certifications that end on or before `horizon` (what the expiry reminders look at). */
    async endingBy(horizon: string, from: string): Promise<CertificationRow[]> {
      return db
        .select()
        .from(certifications)
        .where(
          and(
            inArray(certifications.status, ["active", "expiring"]),
            isNotNull(certifications.validUntil),
            lte(certifications.validUntil, horizon),
            lte(certifications.validFrom, horizon),
            visible(),
          ),
        )
        .then((rows) => rows.filter((r) => r.validUntil! >= from));
    },
  };
}

export type CertificationRepository = ReturnType<typeof createCertificationRepository>;
