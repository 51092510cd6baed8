/**
 * Leads (seed 004): the public demo booking and confirmation lookup, and the
 * sales staff's (global administrators') list and status changes.
 * One transaction per use case: the change plus its outbox events.
 */
import { PublicError, refuseIfAny, badInput, forbiddenBy, notFound } from "@meander/validation";
import { randomBytes, randomUUID } from "node:crypto";
import { isUuid, scopes } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import { createLeadRepository, type LeadKey, type LeadRepository, type LeadRow } from "../db/repositories/leads.js";
import {
  checkStatus,
  checkStatusTransition,
  emailKey,
  normalizeBooking,
  repeatBookingPatch,
  validateBookingForm,
  type BookingForm,
  type LeadStatus,
} from "../domain/lead.js";
import type { RateDecision } from "../leads/rate-limit.js";
import { badInputFrom, type Actor } from "./actor.js";

/** Leads are the platform operator's sales data, no tenant's: their use cases act for the platform (the named scope). */
const PLATFORM = scopes.platform();

/** masked_ref: 16 random bytes, base64url (22 characters): opaque, unguessable, generated once. */
export const newMaskedRef = (): string => randomBytes(16).toString("base64url");

export function rateLimited(retryAfterSeconds: number): PublicError {
  return new PublicError("Too many demo bookings from this address; try again later", {
    code: "RATE_LIMITED",
    rule: "rate_limit_per_ip",
    retryAfter: retryAfterSeconds,
  });
}

export interface BookDemoDeps {
  uow: UnitOfWork;
  rateLimit: { consume(ip: string): Promise<RateDecision> };
  /** The request's clock (ctx.now). */
  now?: () => Date;
}

export interface BookDemoResult {
  lead: LeadRow;
  firstBooking: boolean;
  submittedAt: Date;
}

/**
 * bookDemo: rate_limit_per_ip first (every attempt counts, also an invalid
 * one, and a refused one writes nothing), then the validation rules, then
 * unique_email_per_lead: the lead with this e-mail (any case) is updated,
 * else created with a new masked_ref; either way a demo booking row and
 * `organization.demo_booking.created` (the mail consumer's trigger) are
 * written in the same transaction; a new lead also emits `organization.lead.created`.
 */
export async function bookDemo(
  deps: BookDemoDeps,
  form: BookingForm,
  clientIp: string | null,
): Promise<BookDemoResult> {
  const decision = await deps.rateLimit.consume(clientIp ?? "unknown");
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  refuseIfAny(validateBookingForm(form));
  const booking = normalizeBooking(form);
  const key = emailKey(booking.email);
  const at = (deps.now ?? (() => new Date()))();
  return deps.uow.run(PLATFORM, async (tx, events) => {
    const repo = createLeadRepository(tx, PLATFORM);
    await repo.lockEmail(key);
    const existing = await repo.byEmail(key);
    let lead: LeadRow;
    if (existing) {
      lead = await repo.update(existing.id, { ...repeatBookingPatch(existing, booking, clientIp), updatedAt: at });
    } else {
      lead = await repo.insert({
        id: randomUUID(),
        ...booking,
        status: "new",
        source: "website",
        maskedRef: newMaskedRef(),
        ipAddress: clientIp,
        bookingCount: 1,
        createdAt: at,
        updatedAt: at,
      });
      await events.emit({
        type: "organization.lead.created",
        aggregateId: lead.id,
        organizationId: null,
        actorId: null,
        payload: { leadId: lead.id, source: lead.source },
      });
    }
    const demo = await repo.addBooking({
      id: randomUUID(),
      leadId: lead.id,
      preferredDemoTiming: booking.preferredDemoTiming,
      notes: booking.notes,
      ipAddress: clientIp,
      createdAt: at,
    });
    await events.emit({
      type: "organization.demo_booking.created",
      aggregateId: lead.id,
      organizationId: null,
      actorId: null,
      payload: { demoBookingId: demo.id, leadId: lead.id, firstBooking: !existing },
    });
    return { lead, firstBooking: !existing, submittedAt: at };
  });
}

const requireSales = (actor: Actor | null): Actor => {
  if (!actor || actor.role !== "global_admin")
    throw forbiddenBy("global_admin_required", "Leads are for the sales team (global administrators)");
  return actor;
};

/**
 * updateLeadStatus (sales staff): status_enum_constraint, then
 * status_transition_ordering against the row locked for update; emits
 * `organization.lead.status_changed`. masked_ref is never part of the update.
 */
export async function updateLeadStatus(
  uow: UnitOfWork,
  actor: Actor | null,
  id: string,
  status: string,
  opts: { now?: Date } = {},
): Promise<LeadRow> {
  const sales = requireSales(actor);
  const now = opts.now ?? new Date();
  const invalid = checkStatus(status);
  if (invalid) throw badInputFrom(invalid);
  const to = status as LeadStatus;
  return uow.run(PLATFORM, async (tx, events) => {
    const repo = createLeadRepository(tx, PLATFORM);
    const lead = isUuid(id) ? await repo.forUpdate(id) : null;
    if (!lead) throw notFound("Lead");
    const violation = checkStatusTransition(lead.status, to);
    if (violation) throw badInputFrom(violation);
    const updated = await repo.update(id, { status: to, updatedAt: now });
    await events.emit({
      type: "organization.lead.status_changed",
      aggregateId: id,
      organizationId: null,
      actorId: sales.userId,
      payload: { leadId: id, from: lead.status, to },
    });
    return updated;
  });
}

/** The public confirmation lookup: null for an unknown or malformed reference (no hint which). */
export async function findConfirmation(repo: LeadRepository, maskedRef: string): Promise<LeadRow | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(maskedRef)) return null;
  return repo.byMaskedRef(maskedRef);
}

/** One page of leads for sales staff, newest first. */
export async function listLeads(
  repo: LeadRepository,
  actor: Actor | null,
  args: PageArgs & { search?: string | null; status?: string | null },
): Promise<Connection<LeadRow>> {
  requireSales(actor);
  if (args.status != null) {
    const invalid = checkStatus(args.status);
    if (invalid) throw badInputFrom(invalid);
  }
  const page = pageRequest<LeadKey>(args);
  const after = page.after;
  if (
    after !== null &&
    !(
      Array.isArray(after) &&
      after.length === 2 &&
      after.every((k) => typeof k === "string") &&
      !Number.isNaN(Date.parse(after[0]))
    )
  ) {
    throw badInput("cursor_format", "after", "Invalid cursor");
  }
  const rows = await repo.page({
    search: args.search,
    status: (args.status as LeadStatus | null | undefined) ?? null,
    after,
    limit: page.limit,
  });
  return toConnection(rows, page.first, (r) => [r.createdAt.toISOString(), r.id]);
}

export async function getLead(repo: LeadRepository, actor: Actor | null, id: string): Promise<LeadRow | null> {
  requireSales(actor);
  if (!isUuid(id)) return null;
  const [row] = await repo.byIds([id]);
  return row ?? null;
}
