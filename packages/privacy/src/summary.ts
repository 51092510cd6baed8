/** The record of processing as the data protection officer reads it: per subgraph, its tables and categories. */
import { RECORDS } from "./records/index.js";
import type { Category, ColumnRecord, DataSubject, LegalGround, SubgraphRecords } from "./types.js";

export interface PersonalDataColumnView {
  name: string;
  category: Category;
  encrypted: boolean;
  note: string | null;
}

export interface PersonalDataTableView {
  /** schema.table */
  table: string;
  subjects: DataSubject[];
  purposeKey: string;
  purpose: string;
  legalGrounds: LegalGround[];
  legalGroundNote: string;
  retention: string;
  categories: Category[];
  columns: PersonalDataColumnView[];
  note: string | null;
}

export interface SubgraphRecordView {
  subgraph: string;
  categories: Category[];
  subjects: DataSubject[];
  tables: PersonalDataTableView[];
}

/** ORGANIZATIONAL marks a column of a personal row that is not personal data on its own: never listed as a category. */
const isPersonal = (c: ColumnRecord) => c.category !== "ORGANIZATIONAL";
const distinct = <T>(xs: T[]): T[] => [...new Set(xs)].sort();

export function summarize(record: SubgraphRecords): SubgraphRecordView {
  const tables = Object.entries(record.tables)
    .map(([name, t]): PersonalDataTableView => {
      const columns = Object.entries(t.columns).map(([column, c]) => ({
        name: column,
        category: c.category,
        encrypted: Boolean(c.encrypted),
        note: c.note ?? null,
      }));
      return {
        table: `${record.schema}.${name}`,
        subjects: t.subjects,
        purposeKey: t.purpose.key,
        purpose: t.purpose.description,
        legalGrounds: t.purpose.legalGrounds,
        legalGroundNote: t.purpose.legalGroundNote,
        retention: t.retention ?? t.purpose.retention,
        categories: distinct(
          Object.values(t.columns)
            .filter(isPersonal)
            .map((c) => c.category),
        ),
        columns,
        note: t.note ?? null,
      };
    })
    .sort((a, b) => a.table.localeCompare(b.table));
  return {
    subgraph: record.subgraph,
    categories: distinct(tables.flatMap((t) => t.categories)),
    subjects: distinct(tables.flatMap((t) => t.subjects)),
    tables,
  };
}

/** Every subgraph's record, summarized. */
export function recordsOfProcessing(): SubgraphRecordView[] {
  return RECORDS.map(summarize);
}
