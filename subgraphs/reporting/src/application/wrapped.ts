/** The Wrapped job (idempotent; scheduled, or an administrator's request) and the mentor's own summary. */
import { badInput, forbiddenBy } from "@meander/validation";
import { scopeOf, type Viewer } from "@meander/auth";
import { scopes, type Executor, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { createWrappedRepository, type AnnualSummaryRow } from "../db/repositories/wrapped.js";
import { hoursOf, osloToday, yearJustEnded } from "../domain/statistics.js";
import { validYear } from "../domain/bufdir-report.js";
import { activityTypeName, badgeName, readableKey, type Language } from "@meander/messages";
import { createNameRepository } from "../db/repositories/names.js";
import {
  buildWrapped,
  homeOrganizations,
  sameWrapped,
  wrappedDue,
  type WrappedActivityType,
  type WrappedBadge,
  type WrappedCertification,
} from "../domain/wrapped.js";

export interface WrappedRunResult {
  year: number;
  /** Summaries written (new or changed). */
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Computes the summaries of `year` from the read model and stores them, under an advisory lock, in the caller's
 * transaction (which must see every organization: a summary covers them all). Running it again with the same facts
 * writes nothing (computedAt stays); a changed summary is rewritten; a mentor with nothing left in the year loses
 * the summary. A summary stored for the first time publishes `reporting.wrapped.ready` (engagement tells the mentor),
 * so a second run notifies nobody. With `organizationId`: only the mentors with something of the year there (their
 * whole year still), and nobody's summary removed.
 */
export async function computeWrappedYear(
  tx: Executor,
  events: Emitter,
  year: number,
  now: Date,
  organizationId: string | null = null,
): Promise<WrappedRunResult> {
  if (!validYear(year)) throw new RangeError(`year out of range: ${year}`);
  // A summary covers every organization the mentor was active in: the platform's scope.
  const repo = createWrappedRepository(tx, scopes.platform());
  await repo.lock();
  const presence = await repo.organizations(year);
  const homes = homeOrganizations(presence);
  const inScope = organizationId
    ? new Set(presence.filter((p) => p.organizationId === organizationId).map((p) => p.userId))
    : null;
  const all = buildWrapped(year, {
    monthly: await repo.monthly(year),
    contacts: await repo.contacts(year),
    badges: await repo.badges(year),
    attended: await repo.attended(year),
    byType: await repo.byType(year),
    certifications: await repo.certifications(year),
  });
  const computed = inScope ? all.filter((w) => inScope.has(w.userId)) : all;
  const stored = new Map((await repo.stored(year)).map((r) => [r.userId, r]));
  const result: WrappedRunResult = { year, written: 0, unchanged: 0, removed: 0 };
  for (const w of computed) {
    const old = stored.get(w.userId);
    stored.delete(w.userId);
    if (old && sameWrapped(old, w)) {
      result.unchanged++;
      continue;
    }
    await repo.upsert({ ...w, computedAt: now });
    result.written++;
    if (!old) {
      await events.emit({
        type: "reporting.wrapped.ready",
        aggregateId: w.userId,
        organizationId: homes.get(w.userId) ?? organizationId,
        actorId: null,
        occurredAt: now,
        payload: { userId: w.userId, year, activities: w.activities, minutes: w.minutes },
      });
    }
  }
  if (!inScope) {
    for (const userId of stored.keys()) {
      await repo.remove(userId, year);
      result.removed++;
    }
  }
  return result;
}

/** The job outside a request (the scheduled worker, `pnpm wrapped`): one transaction in the platform scope. */
export async function runWrappedJob(uow: UnitOfWork, year: number, now: Date = new Date()): Promise<WrappedRunResult> {
  return uow.run(scopes.platform(), (tx, events) => computeWrappedYear(tx, events, year, now));
}

/**
 * The scheduled check (reporting's worker, both ways of running): computes the year just ended on 1 January
 * (Norwegian day) and, on a later day, when that year has no summary yet. Returns the year computed, or null.
 */
export function wrappedScheduler(uow: UnitOfWork, isComputed: (year: number) => Promise<boolean>) {
  let done: number | null = null;
  return async (now: Date): Promise<WrappedRunResult | null> => {
    const target = yearJustEnded(now);
    if (!wrappedDue(osloToday(now), target, done === target, done === target || (await isComputed(target))))
      return null;
    const result = await runWrappedJob(uow, target, now);
    done = target;
    return result;
  };
}

export async function wrappedComputed(db: Executor, year: number): Promise<boolean> {
  return createWrappedRepository(db, scopes.platform()).anyStored(year);
}

/**
 * An administrator's request for an ended year: an organization administrator for their own organization only
 * (the mentors with something of the year there), a global administrator for one organization or all. Runs in the
 * request's transaction, lifted to the platform scope for the computation only (a summary covers every
 * organization the mentor was active in); the request's scope is put back after it.
 */
export async function requestWrapped(
  uow: UnitOfWork,
  viewer: Viewer,
  year: number,
  organizationId: string | null | undefined,
  now: Date = new Date(),
): Promise<WrappedRunResult> {
  if (!validYear(year)) throw badInput("year_range", "year", "The year must be between 2000 and 2100");
  if (year > yearJustEnded(now))
    throw badInput("year_not_ended", "year", "Wrapped kan bare lages for et år som er slutt");
  let org: string | null;
  if (viewer.role === "global_admin") org = organizationId ?? null;
  else {
    if (viewer.role !== "org_admin" || !viewer.organizationId)
      throw forbiddenBy("org_admin_required", "Bare en organisasjonsadministrator kan lage Wrapped");
    if (organizationId && organizationId !== viewer.organizationId)
      throw forbiddenBy("own_organization_only", "Du kan bare lage Wrapped for din egen organisasjon");
    org = viewer.organizationId;
  }
  return uow.run(org ? scopes.organization(org) : scopes.platform(), (tx: Tx, events) =>
    createWrappedRepository(tx, scopes.platform()).liftedToPlatform(() =>
      computeWrappedYear(tx, events, year, now, org),
    ),
  );
}

export function wrappedView(row: AnnualSummaryRow) {
  return { ...row, hours: hoursOf(row.minutes), certifications: row.certifications.map(certificationView) };
}

/** A summary as the API answers it (AnnualSummary's parent): hours, named certifications, the mentor by reference. */
export type WrappedView = ReturnType<typeof wrappedView> & { user: { id: string } };

const certificationView = (c: WrappedCertification) => ({ key: c.key, name: c.name ?? readableKey(c.key) });

/**
 * The year's top activity types by name, in `lang`, with the terminology of the organization the caller reads in
 * (an organization renaming a type sees its own word).
 */
export async function namedActivityTypes(
  db: Executor,
  viewer: Viewer,
  types: readonly WrappedActivityType[],
  lang: Language,
) {
  const terminology =
    viewer.organizationId && types.length
      ? await createNameRepository(db, scopes.organization(viewer.organizationId)).terminology()
      : [];
  return types.map((t) => ({
    activityType: t.key,
    name: activityTypeName(t.key, lang, terminology),
    activities: t.activities,
    hours: hoursOf(t.minutes),
  }));
}

/**
 * The year's badges by name in `lang` (badgeName: the organization's own name in bokmål), with the terminology of
 * the organization the caller reads in (its `badge.<key>` labels name a badge in nynorsk or English).
 */
export async function namedBadges(db: Executor, viewer: Viewer, badges: readonly WrappedBadge[], lang: Language) {
  const terminology =
    viewer.organizationId && badges.length
      ? await createNameRepository(db, scopes.organization(viewer.organizationId)).terminology()
      : [];
  return badges.map((b) => ({ key: b.key, name: badgeName(b.key, lang, b.name, terminology) }));
}

/** The caller's own summary (nobody else's): null until the job has run for the year. */
export async function myWrapped(db: Executor, viewer: Viewer, year: number | null | undefined) {
  const y = year ?? yearJustEnded();
  if (!validYear(y)) throw badInput("year_range", "year", "The year must be between 2000 and 2100");
  const row = await createWrappedRepository(db, scopeOf(viewer)).one(viewer.userId, y);
  return row ? wrappedView(row) : null;
}
