export type {
  Category,
  ColumnRecord,
  DataSubject,
  LegalGround,
  Purpose,
  SubgraphRecords,
  TableRecord,
} from "./types.js";
export { checkRecords, ENCRYPTED_COLUMN, PERSONAL_LOOKING, type TableShape } from "./check.js";
export { PURPOSES } from "./purposes.js";
export { RECORDS } from "./records/index.js";
export {
  recordsOfProcessing,
  summarize,
  type PersonalDataColumnView,
  type PersonalDataTableView,
  type SubgraphRecordView,
} from "./summary.js";
