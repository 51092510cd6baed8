/** Report definition use cases (issue 9 item 5): save, update, delete, list, run; organization administrators of their own organization. */
import { RuleViolationError, badInput, forbiddenBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { type Viewer } from "@meander/auth";
import { isUniqueViolation, scopes, type Executor } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import {
  createReportDefinitionRepository,
  type DefinitionWrite,
  type ReportDefinitionRow,
  type ReportScheduleRow,
} from "../db/repositories/report-definitions.js";
import { createReportQueryRepository } from "../db/repositories/report-query.js";
import {
  osloDay,
  resolvePeriod,
  validateDefinition,
  validDay,
  type DefinitionInput,
  type ReportSpec,
} from "../domain/report-definition.js";

export interface ReportDefinitionView extends ReportSpec {
  id: string;
  name: string;
  description: string | null;
  schedule: ReportScheduleRow | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ReportResultView extends Pick<ReportSpec, "dimensions" | "metrics"> {
  from: string;
  to: string;
  rows: Array<{ keys: Array<string | null>; values: number[] }>;
  truncated: boolean;
}

/** Only an organization administrator, and only within their organization. */
export function adminOrganization(viewer: Viewer): string {
  if (viewer.role !== "org_admin" || !viewer.organizationId)
    throw forbiddenBy("org_admin_required", "Only organization administrators manage report definitions");
  return viewer.organizationId;
}

function checked(input: DefinitionInput): DefinitionWrite {
  const r = validateDefinition(input);
  if (!r.ok) throw new RuleViolationError(r.violations);
  return { name: r.name, description: r.description, spec: r.spec };
}

/** A stored spec, checked again against today's allow-list before it becomes SQL. */
export function storedSpec(row: { name: string; spec: unknown }): ReportSpec {
  return checked({ ...(row.spec as ReportSpec), name: row.name }).spec;
}

const view = (row: ReportDefinitionRow, schedule: ReportScheduleRow | null): ReportDefinitionView => ({
  ...(row.spec as ReportSpec),
  id: row.id,
  name: row.name,
  description: row.description,
  schedule,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export async function saveDefinition(
  uow: UnitOfWork,
  viewer: Viewer,
  id: string | null,
  input: DefinitionInput,
): Promise<ReportDefinitionView> {
  const organizationId = adminOrganization(viewer);
  const write = checked(input);
  try {
    return await uow.run(scopes.organization(organizationId), async (tx) => {
      const repo = createReportDefinitionRepository(tx, scopes.organization(organizationId));
      if (await repo.nameTaken(write.name, id))
        throw badInput("name_unique", "name", "Another report definition has this name");
      const row = id ? await repo.update(id, write) : await repo.insert(randomUUID(), viewer.userId, write);
      if (!row) throw notFound("Report definition");
      return view(row, (await repo.schedule(row.id)) ?? null);
    });
  } catch (err) {
    // Two saves of one name at once: the unique constraint decides, the loser gets the rule.
    if (isUniqueViolation(err)) throw badInput("name_unique", "name", "Another report definition has this name");
    throw err;
  }
}

export async function deleteDefinition(uow: UnitOfWork, viewer: Viewer, id: string): Promise<boolean> {
  const organizationId = adminOrganization(viewer);
  const deleted = await uow.run(scopes.organization(organizationId), (tx) =>
    createReportDefinitionRepository(tx, scopes.organization(organizationId)).delete(id),
  );
  if (!deleted) throw notFound("Report definition");
  return true;
}

export async function listDefinitions(db: Executor, viewer: Viewer): Promise<ReportDefinitionView[]> {
  const repo = createReportDefinitionRepository(db, scopes.organization(adminOrganization(viewer)));
  const rows = await repo.list();
  const schedules = new Map((await repo.schedules()).map((s) => [s.definitionId, s]));
  return rows.map((r) => view(r, schedules.get(r.id) ?? null));
}

export async function getDefinition(db: Executor, viewer: Viewer, id: string): Promise<ReportDefinitionView | null> {
  const repo = createReportDefinitionRepository(db, scopes.organization(adminOrganization(viewer)));
  const row = await repo.get(id);
  return row ? view(row, (await repo.schedule(id)) ?? null) : null;
}

/** Runs a spec for an organization on a Norwegian day (relative periods resolve around it). */
export async function computeResult(
  db: Executor,
  organizationId: string,
  spec: ReportSpec,
  asOf: string,
): Promise<ReportResultView> {
  const { from, to } = resolvePeriod(spec.period, asOf);
  const { rows, truncated } = await createReportQueryRepository(db, scopes.organization(organizationId)).run(
    spec,
    from,
    to,
  );
  return { from, to, dimensions: spec.dimensions, metrics: spec.metrics, rows, truncated };
}

export async function runDefinition(
  db: Executor,
  viewer: Viewer,
  id: string,
  asOf: string | null | undefined,
  now: Date = new Date(),
): Promise<ReportResultView> {
  const organizationId = adminOrganization(viewer);
  if (asOf != null && !validDay(asOf)) throw badInput("date_format", "asOf", "Days are YYYY-MM-DD");
  const row = await createReportDefinitionRepository(db, scopes.organization(organizationId)).get(id);
  if (!row) throw notFound("Report definition");
  return computeResult(db, organizationId, storedSpec(row), asOf ?? osloDay(now));
}
