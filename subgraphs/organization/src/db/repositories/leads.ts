/**
 * Leads and demo bookings. Leads are the platform operator's sales data, not a
 * tenant's: the repository is constructed with the platform scope (`scopes.platform()`, named by its users: the
 * server's context and the lead use cases), and a narrower scope sees no lead and writes none. Only use cases for
 * sales staff (global administrators) and the public booking flow reach it, and the public flow reveals no more
 * than a confirmation (see application/leads.ts).
 */
import { and, asc, desc, eq, ilike, inArray, lt, or, sql } from "drizzle-orm";
import { queryRows, type Executor, type Scope } from "@meander/db";
import { checkPlatform, platformRows } from "./scope.js";
import type { LeadStatus } from "../../domain/lead.js";
import { demoBookings, leads, type DemoBookingRow, type LeadRow, type NewLeadRow } from "../schema/index.js";

export type { DemoBookingRow, LeadRow } from "../schema/index.js";

/** Pages go newest first: (created_at, id) descending. */
export type LeadKey = [createdAt: string, id: string];

export interface LeadPage {
  search?: string | null;
  status?: LeadStatus | null;
  after: LeadKey | null;
  limit: number;
}

/** What a repeat booking or a status change may set; masked_ref and created_at are not among them. */
export type LeadUpdate = Partial<Omit<NewLeadRow, "id" | "maskedRef" | "createdAt" | "email">>;

const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createLeadRepository(db: Executor, scope: Scope) {
  const visible = () => platformRows(scope);
  const writable = () => checkPlatform(scope, "leads");
  return {
    /** Serializes bookings of one e-mail address (any case) until the transaction ends. */
    async lockEmail(emailKey: string): Promise<void> {
      writable();
      await queryRows(db, sql`select pg_advisory_xact_lock(hashtext('organization.lead'), hashtext(${emailKey}))`);
    },
    async byEmail(emailKey: string): Promise<LeadRow | null> {
      const [row] = await db
        .select()
        .from(leads)
        .where(and(sql`lower(${leads.email}) = ${emailKey}`, visible()))
        .limit(1);
      return row ?? null;
    },
    async byIds(ids: readonly string[]): Promise<LeadRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(leads)
        .where(and(inArray(leads.id, [...ids]), visible()));
    },
    async forUpdate(id: string): Promise<LeadRow | null> {
      const [row] = await db
        .select()
        .from(leads)
        .where(and(eq(leads.id, id), visible()))
        .for("update");
      return row ?? null;
    },
    async byMaskedRef(maskedRef: string): Promise<LeadRow | null> {
      const [row] = await db
        .select()
        .from(leads)
        .where(and(eq(leads.maskedRef, maskedRef), visible()))
        .limit(1);
      return row ?? null;
    },
    async insert(row: NewLeadRow): Promise<LeadRow> {
      writable();
      const [created] = await db.insert(leads).values(row).returning();
      return created!;
    },
    async update(id: string, patch: LeadUpdate): Promise<LeadRow> {
      const [updated] = await db
        .update(leads)
        .set({ updatedAt: new Date(), ...patch })
        .where(and(eq(leads.id, id), visible()))
        .returning();
      return updated!;
    },
    /** The confirmation mail went out (the mail worker); the lead's other fields and updated_at stay. */
    async markConfirmationSent(id: string, at: Date): Promise<void> {
      await db
        .update(leads)
        .set({ confirmationSentAt: at })
        .where(and(eq(leads.id, id), visible()));
    },
    async addBooking(row: typeof demoBookings.$inferInsert): Promise<DemoBookingRow> {
      writable();
      const [created] = await db.insert(demoBookings).values(row).returning();
      return created!;
    },
    async bookingsOf(leadIds: readonly string[]): Promise<DemoBookingRow[]> {
      if (leadIds.length === 0) return [];
      return db
        .select()
        .from(demoBookings)
        .where(and(inArray(demoBookings.leadId, [...leadIds]), visible()))
        .orderBy(asc(demoBookings.createdAt), asc(demoBookings.id));
    },
    /** One page, newest first; `search` matches name, e-mail or organization name, case-insensitively. */
    async page(p: LeadPage): Promise<LeadRow[]> {
      const t = leads;
      const search = p.search?.trim();
      const pattern = search ? likePattern(search) : "";
      return db
        .select()
        .from(t)
        .where(
          and(
            visible(),
            p.status ? eq(t.status, p.status) : undefined,
            search
              ? or(
                  ilike(t.email, pattern),
                  ilike(t.organizationName, pattern),
                  ilike(t.firstName, pattern),
                  ilike(t.lastName, pattern),
                  sql`(${t.firstName} || ' ' || ${t.lastName}) ilike ${pattern}`,
                )
              : undefined,
            p.after
              ? or(
                  lt(t.createdAt, new Date(p.after[0])),
                  and(eq(t.createdAt, new Date(p.after[0])), lt(t.id, p.after[1])),
                )
              : undefined,
          ),
        )
        .orderBy(desc(t.createdAt), desc(t.id))
        .limit(p.limit);
    },
  };
}

export type LeadRepository = ReturnType<typeof createLeadRepository>;
