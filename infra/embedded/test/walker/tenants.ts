/**
 * Who calls, and what each caller must never see: the other organization's
 * ids (from the fixtures and from every table with an organization_id), its
 * people's e-mail addresses and its tree's names; and, for coordinators and
 * peer mentors, what the subgraph READMEs keep inside a local association.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@meander/db";
import type { DemoData, Role } from "@meander/fixtures";
import type { Target } from "./operations.js";

export interface Caller {
  label: string;
  role: Role;
  userId: string;
  organizationId: string;
  localAssociationId: string;
  token: string;
  /** Strings that must never appear in an answer (data or errors): id, e-mail or name → why. */
  markers: Map<string, string>;
  /** Ids of objects the caller may meet as a bare reference but never with data of their own → why. */
  scoped: Map<string, string>;
  /** Ids the caller may see (positive control: the walk must meet some). */
  allowed: Set<string>;
  ids(typeName: string): Target[];
}

interface Row {
  id: string;
  organizationId: string;
  localAssociationId?: string | null;
  userId?: string | null;
}

/** Every (id, organization) in every table of the platform that has both columns. */
export async function organizationRows(db: Db): Promise<Array<{ id: string; organizationId: string; table: string }>> {
  const tables = await queryRows<{ schema: string; table: string }>(
    db,
    sql`select table_schema as schema, table_name as table from information_schema.columns
        where column_name in ('id', 'organization_id') and table_schema not in ('pg_catalog', 'information_schema', 'public')
        group by table_schema, table_name having count(*) = 2`,
  );
  const rows: Array<{ id: string; organizationId: string; table: string }> = [];
  for (const t of tables) {
    const found = await queryRows<{ id: string; org: string }>(
      db,
      sql.raw(
        `select id::text as id, organization_id::text as org from "${t.schema}"."${t.table}" where organization_id is not null`,
      ),
    );
    for (const r of found) rows.push({ id: r.id, organizationId: r.org, table: `${t.schema}.${t.table}` });
  }
  return rows;
}

/** The fixture rows behind a GraphQL type name (User → the people, with their organization). */
export function rowsOfType(data: DemoData, typeName: string): Row[] {
  // An audit log's subject (key "type id"): walked as the people it names (entityOperation sets type "User").
  if (typeName === "User" || typeName === "AuditSubject") {
    return data.memberships.map((m) => ({
      id: m.userId,
      organizationId: m.organizationId,
      localAssociationId: m.localAssociationId,
      userId: m.userId,
    }));
  }
  const key = (typeName.charAt(0).toLowerCase() + typeName.slice(1)).replace(/y$/, "ie") + "s";
  const list = (data as unknown as Record<string, Row[] | undefined>)[key];
  return Array.isArray(list) ? list : [];
}

/**
 * The decided local-association scope for coordinators and peer mentors (see
 * the policy table in tenant-isolation.test.ts): why `row` of `typeName` is
 * out of this caller's sight, or null when it is in sight.
 */
function outOfScope(
  data: DemoData,
  c: { role: Role; userId: string; localAssociationId: string },
  typeName: string,
  row: Row,
): string | null {
  if (c.role !== "coordinator" && c.role !== "peer_mentor") return null;
  const otherLa = row.localAssociationId != null && row.localAssociationId !== c.localAssociationId;
  switch (typeName) {
    case "Activity":
      if (otherLa) return "activity of another local association";
      return c.role === "peer_mentor" && row.userId !== c.userId ? "activity another mentor performed" : null;
    case "Contact":
      return otherLa ? "contact of another local association" : null;
    case "Membership":
      return otherLa && row.userId !== c.userId ? "membership in another local association" : null;
    case "User": {
      const shares = data.memberships.some((m) => m.userId === row.id && m.localAssociationId === c.localAssociationId);
      return !shares && row.id !== c.userId ? "user outside the caller's local association" : null;
    }
    case "Expense": {
      if (row.userId === c.userId) return null;
      if (c.role === "peer_mentor") return "expense reimbursed to someone else";
      const la = data.activities.find((a) => a.id === (row as { activityId?: string }).activityId)?.localAssociationId;
      return la && la !== c.localAssociationId ? "expense of another local association" : null;
    }
    default:
      return null;
  }
}

const SCOPED_TYPES = ["Activity", "Contact", "Membership", "User", "Expense"];

export function buildCaller(
  data: DemoData,
  dbRows: Array<{ id: string; organizationId: string; table: string }>,
  member: DemoData["memberships"][number],
  label: string,
  token: string,
): Caller {
  const c = { role: member.role, userId: member.userId, localAssociationId: member.localAssociationId };
  const other = data.organizations.find((o) => o.id !== member.organizationId)!;
  const markers = new Map<string, string>();
  const add = (value: string, why: string) => markers.set(value, `${why} of ${other.shortName}`);
  for (const r of dbRows) if (r.organizationId === other.id) add(r.id, r.table);
  for (const [key, list] of Object.entries(data)) {
    for (const r of list as Row[]) if (r.organizationId === other.id) add(r.id, key);
  }
  add(other.id, "organization");
  add(other.name, "organization name");
  for (const r of data.regions) if (r.organizationId === other.id) add(r.name, "region name");
  for (const la of data.localAssociations) if (la.organizationId === other.id) add(la.name, "local association name");
  const otherPeople = new Set(data.memberships.filter((m) => m.organizationId === other.id).map((m) => m.userId));
  for (const p of data.people) {
    if (!otherPeople.has(p.id)) continue;
    add(p.id, "user");
    add(p.email, "user e-mail");
  }

  const scoped = new Map<string, string>();
  for (const typeName of SCOPED_TYPES) {
    for (const row of rowsOfType(data, typeName)) {
      if (row.organizationId !== member.organizationId) continue;
      const why = outOfScope(data, c, typeName, row);
      if (why) scoped.set(row.id, why);
    }
  }
  // Identity's decision: other users' personal data stays out of sight; the e-mail is the unique trace of it.
  for (const p of data.people)
    if (scoped.has(p.id)) markers.set(p.email, "e-mail of a user outside the caller's local association");

  const allowed = new Set<string>();
  for (const list of Object.values(data)) {
    for (const r of list as Row[])
      if (r.organizationId === member.organizationId && !scoped.has(r.id)) allowed.add(r.id);
  }

  const ids = (typeName: string): Target[] => {
    const rows = rowsOfType(data, typeName);
    const pick = (pred: (r: Row) => boolean, n: number) => [...new Set(rows.filter(pred).map((r) => r.id))].slice(0, n);
    const targets: Target[] = [
      ...pick((r) => r.organizationId === other.id, 2).map((id) => ({
        id,
        kind: "other-organization" as const,
        typeName,
      })),
      ...pick((r) => scoped.has(r.id), 2).map((id) => ({ id, kind: "out-of-scope" as const, typeName })),
      ...pick((r) => r.organizationId === member.organizationId && !scoped.has(r.id), 1).map((id) => ({
        id,
        kind: "own" as const,
        typeName,
      })),
    ];
    return targets.length ? targets : [{ id: randomUUID(), kind: "made-up", typeName }];
  };

  return {
    label,
    role: member.role,
    userId: member.userId,
    organizationId: member.organizationId,
    localAssociationId: member.localAssociationId,
    token,
    markers,
    scoped,
    allowed,
    ids,
  };
}

/**
 * A digest of every row of one organization, per table with an organization_id
 * column: any insert, update or delete of that organization's rows changes it.
 */
export async function organizationDigest(db: Db, organizationId: string): Promise<Map<string, string>> {
  const tables = await queryRows<{ schema: string; table: string }>(
    db,
    sql`select c.table_schema as schema, c.table_name as table from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.column_name = 'organization_id' and c.table_schema not in ('pg_catalog', 'information_schema', 'public')`,
  );
  if (tables.length === 0) return new Map();
  const org = organizationId.replace(/[^0-9a-f-]/gi, "");
  const union = tables
    .map(
      (t) =>
        `select '${t.schema}.${t.table}' as k, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as h ` +
        `from "${t.schema}"."${t.table}" x where x.organization_id::text = '${org}'`,
    )
    .join(" union all ");
  const rows = await queryRows<{ k: string; h: string }>(db, sql.raw(union));
  return new Map(rows.map((r) => [r.k, r.h]));
}
