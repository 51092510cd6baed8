/**
 * The format of the record of processing (GDPR art. 30) kept beside the code: one file per subgraph
 * (src/records/<subgraph>.ts) naming every column that holds personal data, its category, and the
 * purpose (with legal ground and retention) of the table that holds it. test/records.test.ts checks
 * the files against every subgraph's Drizzle schema.
 */

/** What kind of personal data a column holds. */
export type Category =
  /** Names and other direct identifiers of a person. */
  | "IDENTITY"
  /** E-mail addresses, phone numbers, postal addresses. */
  | "CONTACT_DETAILS"
  /** An internal id that points at a person or at a record about one (pseudonymous on its own). */
  | "REFERENCE"
  /** Health information and other special categories (GDPR art. 9). */
  | "SPECIAL_CATEGORY"
  /** Free text written by people that may name or describe a person (notes, descriptions, reasons). */
  | "FREE_TEXT"
  /** Amounts, reimbursements, payouts and accounting documents about a person. */
  | "FINANCIAL"
  /** What a person did and when: activities, attendance, statuses, dates, counts. */
  | "ACTIVITY"
  /** Where a person lives or was: municipality, location. */
  | "LOCATION"
  /** A person's settings and choices: language, accessibility, notification preferences, profile. */
  | "PREFERENCES"
  /** Devices, IP addresses, sessions, push tokens. */
  | "TECHNICAL"
  /** Password hashes, token hashes, login secrets. */
  | "CREDENTIAL"
  /** Not personal on its own, held in a row about a person: the organization or unit, a row's technical fields. */
  | "ORGANIZATIONAL";

/** Whom the data is about (GDPR art. 30(1)(c)). */
export type DataSubject =
  /** Users: peer mentors, coordinators, administrators. */
  | "USER"
  /** Contacts: the people peer mentors follow up (often disabled people or children). */
  | "CONTACT"
  /** A contact's caregivers and next of kin. */
  | "RELATED_PERSON"
  /** People invited by e-mail who have no account yet. */
  | "INVITEE"
  /** People at prospective customer organizations (the operator's own sales). */
  | "PROSPECT";

/** A legal ground for processing (GDPR art. 6(1), and art. 9(2) for special categories). */
export type LegalGround =
  | "GDPR_6_1_A_CONSENT"
  | "GDPR_6_1_B_CONTRACT"
  | "GDPR_6_1_C_LEGAL_OBLIGATION"
  | "GDPR_6_1_F_LEGITIMATE_INTERESTS"
  | "GDPR_9_2_A_EXPLICIT_CONSENT";

/** Why data is processed: shared by the tables that serve it. Texts are Norwegian bokmål (the DPO reads them). */
export interface Purpose {
  /** A stable key, e.g. "contact_follow_up". */
  key: string;
  /** What the processing is for. */
  description: string;
  legalGrounds: LegalGround[];
  /** Why those grounds, and the Norwegian law it rests on where one applies. */
  legalGroundNote: string;
  /** How long the data is kept, and what ends it. */
  retention: string;
}

export interface ColumnRecord {
  category: Category;
  /** True when the column holds @meander/crypto ciphertext (columns named *_enc or *_ciphertext). */
  encrypted?: boolean;
  note?: string;
}

export interface TableRecord {
  purpose: Purpose;
  subjects: DataSubject[];
  /**
   * True when the rows are about a person: then every column of the table must have an entry.
   * False: only the columns listed (the ones naming a person in a table that is not about one).
   */
  personal: boolean;
  columns: Record<string, ColumnRecord>;
  /** Overrides the purpose's retention for this table. */
  retention?: string;
  note?: string;
}

export interface SubgraphRecords {
  subgraph: string;
  /** The PostgreSQL schema of the subgraph's tables. */
  schema: string;
  /** By table name (without the schema). */
  tables: Record<string, TableRecord>;
  /** "table.column" of columns whose name looks personal but that are not, with the reason. */
  notPersonal: Record<string, string>;
}
