import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExpenseRow } from '../db/schema/expenses.js';
import type { ExpenseTypeRow } from '../db/schema/expense-types.js';
import type { ExpenseApprovalRow, ReceiptRow } from '../db/schema/approvals.js';
import type { ReimbursementRow, ReimbursementApprovalRow, AccountingExportRow } from '../db/schema/reimbursements.js';
import type { AccountingReferenceRow } from '../db/schema/payees.js';
import type { HonorariumTierRow, HonorariumAwardRow } from '../db/schema/honorarium.js';
import type { HonorariumProgressView } from '../application/honorarium.js';
import type { MileageRateRow } from '../db/schema/mileage-rates.js';
import type { Reference, FinanceContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant: an RFC 3339 date-time with an offset (2026-03-14T10:30:00+01:00 or 2026-03-14T09:30:00Z). Answered in UTC with milliseconds (2026-03-14T09:30:00.000Z); show it in Norwegian time (Europe/Oslo). */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A batch of reimbursements written as an accounting system's journal import file. Organization administrators only. */
export type AccountingExport = {
  __typename?: 'AccountingExport';
  /** The file itself (UTF-8 text), as stored; download it from here. */
  content: Scalars['String']['output'];
  /** The file's type (text/csv; charset=utf-8). */
  contentType: Scalars['String']['output'];
  /** When it was made (its posting date is that day in Norwegian time). */
  createdAt: Scalars['DateTime']['output'];
  /** The administrator who made it. */
  createdBy: User;
  /** The file's name (meander-<system>-<posting date>-bilag-<first voucher>-<last voucher>.csv). */
  fileName: Scalars['String']['output'];
  /** The organization's voucher number of its first reimbursement (each reimbursement is one voucher, numbered in order; numbers are never reused). Null for exports made before voucher numbering. */
  firstVoucher?: Maybe<Scalars['Int']['output']>;
  /** The export's id. */
  id: Scalars['ID']['output'];
  /** The voucher number of its last reimbursement (firstVoucher + reimbursementCount - 1); null as firstVoucher. */
  lastVoucher?: Maybe<Scalars['Int']['output']>;
  /** How many journal lines the file has. */
  lineCount: Scalars['Int']['output'];
  /** When it was marked paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many reimbursements it holds. */
  reimbursementCount: Scalars['Int']['output'];
  /** The reimbursements it holds, oldest first. */
  reimbursements: Array<Reimbursement>;
  /** Hex SHA-256 of content. */
  sha256: Scalars['String']['output'];
  /** The system whose format it is written in. */
  system: AccountingSystem;
  /** The sum of every exported expense, in øre (the file's debit total). */
  totalOre: Scalars['Int']['output'];
};

/** The number an organization's accounting system knows a person by. Organization administrators only. */
export type AccountingReference = {
  __typename?: 'AccountingReference';
  /** Their employee or supplier number: Xledger's SubledgerNo and the Dynamics vendor account of the payable line. */
  reference: Scalars['String']['output'];
  /** When it was set last. */
  updatedAt: Scalars['DateTime']['output'];
  /** The administrator who set it last. */
  updatedBy: User;
  /** The person. */
  user: User;
};

/** An accounting system whose journal import file finance can write. */
export type AccountingSystem =
  /** Microsoft Dynamics 365 Finance: a CSV for the General journal data entity (LedgerJournalEntity), UTF-8. */
  | 'DYNAMICS'
  /** Xledger: its GL02b voucher import file (semicolon-separated, UTF-8). */
  | 'XLEDGER';

/** An activity (owned by the activity subgraph), extended with its expenses. */
export type Activity = {
  __typename?: 'Activity';
  /** The activity's expenses the caller may see, oldest first. Added by the finance subgraph. */
  expenses: Array<Expense>;
  /** The activity's id. */
  id: Scalars['ID']['output'];
};

/** A mileage rate to add to the table. */
export type AddMileageRateInput = {
  /** Added per passenger per km on types where passengers add to the rate (default 0). */
  passengerRateOrePerKm?: InputMaybe<Scalars['Int']['input']>;
  /** Øre per kilometre, a positive whole number. */
  rateOrePerKm: Scalars['Int']['input'];
  /** Calendar date (YYYY-MM-DD) from which the rate applies. */
  validFrom: Scalars['String']['input'];
};

/** A decision on an expense. */
export type ApprovalDecision =
  /** Approved: it can be bundled into a reimbursement. */
  | 'APPROVED'
  /** Rejected with a reason. */
  | 'REJECTED';

/** An expense type's configuration (replaces the stored one). */
export type ConfigureExpenseTypeInput = {
  /** Claims up to and including this amount (øre) are approved automatically; null: always manual. */
  autoApproveMaxOre?: InputMaybe<Scalars['Int']['input']>;
  /** Keys of types that cannot be claimed for the same trip (activity) as this one. */
  exclusiveWith?: InputMaybe<Array<Scalars['String']['input']>>;
  /** False switches the type off: no new claims (default true). */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** 2-40 lower-case letters, digits or _ (mileage, toll, parking, public_transit, other ...). */
  key: Scalars['String']['input'];
  /** The largest amount one claim may have (øre, 0 or more); null: no maximum. */
  maxAmountOre?: InputMaybe<Scalars['Int']['input']>;
  /** Fallback rate (øre/km) when the rate table has no rate valid on the trip's date. */
  mileageRateOrePerKm?: InputMaybe<Scalars['Int']['input']>;
  /** Its name, for people, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Passengers add the passenger rate per km (mileage types; default false). */
  passengersAddToRate?: InputMaybe<Scalars['Boolean']['input']>;
  /** A receipt is required for amounts above this (øre, 0 or more); null: never. */
  requiresReceiptAboveOre?: InputMaybe<Scalars['Int']['input']>;
};

/** A travel or out-of-pocket expense claimed against an activity. Owned by the finance subgraph. */
export type Expense = {
  __typename?: 'Expense';
  /** The activity it was claimed against. */
  activity: Activity;
  /** Amount in øre (1 NOK = 100 øre). */
  amountOre: Scalars['Int']['output'];
  /** The one decision on the claim (automatic or a coordinator's); null while it awaits one. */
  approval?: Maybe<ExpenseApproval>;
  /** When it was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** What it was for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Mileage: distance driven, in metres. */
  distanceMeters?: Maybe<Scalars['Int']['output']>;
  /** Its expense type (null if no longer in the catalog). */
  expenseType?: Maybe<ExpenseType>;
  /** Its expense type's key. */
  expenseTypeKey: Scalars['String']['output'];
  /** The expense's id. */
  id: Scalars['ID']['output'];
  /** Passengers carried (mileage). */
  passengers: Scalars['Int']['output'];
  /** Mileage: the rate applied, øre per km (passengers included). */
  rateOrePerKm?: Maybe<Scalars['Int']['output']>;
  /** Whether the claim's type requires a receipt at this amount. */
  receiptRequired: Scalars['Boolean']['output'];
  /** Its receipts, oldest first. */
  receipts: Array<Receipt>;
  /** The reimbursement that bundles this expense (null until bundled). */
  reimbursement?: Maybe<Reimbursement>;
  /** The reason a coordinator gave for rejecting the claim (what the mentor sees). */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Submitted, approved or rejected. */
  status: ExpenseStatus;
  /** Who submitted the claim: the mentor, or a coordinator on their behalf. */
  submittedBy: User;
  /** The peer mentor the expense is reimbursed to (the activity's mentor). */
  user: User;
};

/** The one decision on an expense: automatic (with the rule that allowed it) or a coordinator's. */
export type ExpenseApproval = {
  __typename?: 'ExpenseApproval';
  /** True when approved automatically under the type's limit. */
  automatic: Scalars['Boolean']['output'];
  /** When. */
  decidedAt: Scalars['DateTime']['output'];
  /** The coordinator who decided (null: automatic). */
  decidedBy?: Maybe<User>;
  /** Approved or rejected. */
  decision: ApprovalDecision;
  /** The decision's id. */
  id: Scalars['ID']['output'];
  /** The coordinator's note; for a rejection, the reason. */
  note?: Maybe<Scalars['String']['output']>;
  /** For an automatic decision: the rule that allowed it. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** A page of expenses (Relay connection, keyset-paginated). */
export type ExpenseConnection = {
  __typename?: 'ExpenseConnection';
  /** The expenses of this page, each with its cursor. */
  edges: Array<ExpenseEdge>;
  /** Whether another page follows, and the cursor to ask for it. */
  pageInfo: PageInfo;
};

/** One expense of a page. */
export type ExpenseEdge = {
  __typename?: 'ExpenseEdge';
  /** Its opaque cursor (pass as `after` to continue after it). */
  cursor: Scalars['String']['output'];
  /** The expense. */
  node: Expense;
};

/** Where an expense claim is. */
export type ExpenseStatus =
  /** Approved (automatically or by a coordinator). */
  | 'APPROVED'
  /** Rejected with a reason. */
  | 'REJECTED'
  /** Awaiting a decision. */
  | 'SUBMITTED';

/** A category of expense an organization reimburses, with its limits and, for mileage, its rate. */
export type ExpenseType = {
  __typename?: 'ExpenseType';
  /** Claims up to and including this amount (øre) are approved automatically; null: always manual. */
  autoApproveMaxOre?: Maybe<Scalars['Int']['output']>;
  /** Types that cannot be claimed for the same trip (activity) as this one (checked both ways). */
  exclusiveWith: Array<Scalars['String']['output']>;
  /** The type's id. */
  id: Scalars['ID']['output'];
  /** False: switched off, no new claims. */
  isActive: Scalars['Boolean']['output'];
  /** Its key (e.g. mileage), used in SubmitExpenseInput.expenseTypeKey. */
  key: Scalars['String']['output'];
  /** The largest amount one claim of this type may have (in øre); null: no maximum. */
  maxAmountOre?: Maybe<Scalars['Int']['output']>;
  /** For mileage: øre per kilometre; the amount must equal distance × rate. */
  mileageRateOrePerKm?: Maybe<Scalars['Int']['output']>;
  /** Its name, for people. */
  name: Scalars['String']['output'];
  /** Whether passengers add the passenger rate per km. */
  passengersAddToRate: Scalars['Boolean']['output'];
  /** A receipt is required for amounts above this (in øre); null: never required. */
  requiresReceiptAboveOre?: Maybe<Scalars['Int']['output']>;
};

/** A tier a mentor reached in a year (once per mentor, association, year and tier). */
export type HonorariumAward = {
  __typename?: 'HonorariumAward';
  /** The tier's honorarium when it was reached, in øre. */
  amountOre: Scalars['Int']['output'];
  /** The mentor's counted assignments in the year when the tier was reached. */
  assignmentCount: Scalars['Int']['output'];
  /** The award's id. */
  id: Scalars['ID']['output'];
  /** The local association, by name (from organization). */
  localAssociation: LocalAssociation;
  /** The local association whose tier was reached. */
  localAssociationId: Scalars['ID']['output'];
  /** The tier's minimum when it was reached. */
  minAssignments: Scalars['Int']['output'];
  /** When it was reached (from activity's approval events; finance.honorarium.tier_reached). */
  reachedAt: Scalars['DateTime']['output'];
  /** The mentor. */
  user: User;
  /** The calendar year (Norwegian time). */
  year: Scalars['Int']['output'];
};

/** Where a mentor stands in a local association's honorarium tiers in a year. */
export type HonorariumProgress = {
  __typename?: 'HonorariumProgress';
  /** Distinct assignments of the mentor with an approved activity in the year (seed 002, assignment_threshold_counting). */
  assignmentCount: Scalars['Int']['output'];
  /** Assignments still needed for the next tier; null when there is none. */
  assignmentsToNext?: Maybe<Scalars['Int']['output']>;
  /** The highest tier in effect that the count reaches; null below the lowest. */
  currentTier?: Maybe<HonorariumTier>;
  /** The local association, by name (from organization). */
  localAssociation: LocalAssociation;
  /** The local association the tiers belong to. */
  localAssociationId: Scalars['ID']['output'];
  /** The lowest tier in effect above the count; null when the highest is reached. */
  nextTier?: Maybe<HonorariumTier>;
  /** The calendar year (Norwegian time). */
  year: Scalars['Int']['output'];
};

/** A tier of a local association's honorarium: reached with that many counted assignments in a year. */
export type HonorariumTier = {
  __typename?: 'HonorariumTier';
  /** The honorarium for the tier, in øre. */
  amountOre: Scalars['Int']['output'];
  /** The tier's id. */
  id: Scalars['ID']['output'];
  /** The tier's name. */
  label: Scalars['String']['output'];
  /** The local association, by name (from organization). */
  localAssociation: LocalAssociation;
  /** The local association it belongs to. */
  localAssociationId: Scalars['ID']['output'];
  /** Assignments in a calendar year that reach it. */
  minAssignments: Scalars['Int']['output'];
  /** Whether this version ends the tier (from validFrom on, the tier no longer applies). */
  retired: Scalars['Boolean']['output'];
  /** The Norwegian calendar date (YYYY-MM-DD) from which this version applies, until the next version of the same minimum. */
  validFrom: Scalars['String']['output'];
};

/** A local association (owned by the organization subgraph, which names it), referenced by key only. */
export type LocalAssociation = {
  __typename?: 'LocalAssociation';
  /** The local association's id. */
  id: Scalars['ID']['output'];
};

/** One row of the organization's mileage rate table. */
export type MileageRate = {
  __typename?: 'MileageRate';
  /** The row's id. */
  id: Scalars['ID']['output'];
  /** Øre per kilometre per passenger, where the type lets passengers add to the rate. */
  passengerRateOrePerKm: Scalars['Int']['output'];
  /** Øre per kilometre. */
  rateOrePerKm: Scalars['Int']['output'];
  /** Calendar date (YYYY-MM-DD) from which it applies, to the activity's date in Norwegian time, until the next row's. */
  validFrom: Scalars['String']['output'];
};

/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a mileage rate valid from a date (organization administrators); one per date (CONFLICT for a second). Refused by: valid_from_date, rate_positive, amount_non_negative. Publishes no event. Flag: expense_reimbursement. */
  addMileageRate: MileageRate;
  /** Approves a submitted expense (coordinators of its local association, administrators; never one's own: no_self_approval, FORBIDDEN). A receipt is needed above the type's threshold. Refused by: receipt_required, note_length (at most 1000 characters), expense_already_decided (CONFLICT); NOT_FOUND out of scope. Publishes finance.expense.approved and finance.audit.recorded. Flag: expense_reimbursement. */
  approveExpense: Expense;
  /** Approves a reimbursement the automatic check left PENDING_APPROVAL (coordinators of its local association, administrators; never one's own: no_self_approval, FORBIDDEN). Refused by: note_length (at most 1000 characters), reimbursement_not_pending (CONFLICT); NOT_FOUND out of scope. Publishes finance.audit.recorded. Flag: expense_reimbursement. */
  approveReimbursement: Reimbursement;
  /** Creates or reconfigures one of the organization's expense types, by key; the whole configuration is replaced (a field left out takes its default). Organization administrators. Refused by: type_key_format, type_name_length, amount_non_negative, rate_positive, auto_approve_within_max, exclusive_with_self, exclusive_with_known. Publishes no event. Flag: expense_reimbursement. */
  configureExpenseType: ExpenseType;
  /** Writes every approved, not yet exported reimbursement of the organization as the accounting system's journal import file (stored; each reimbursement is exported exactly once, as one voucher numbered from the organization's voucher sequence) and marks them EXPORTED. Organization administrators. Refused by: nothing_to_export; entity_code_missing (an Xledger file needs the organization's entity code, set with organization's configureAccountingIntegration); accounting_reference_missing (a payee without an accounting reference: the message names them; set it with setAccountingReference); payee_name_missing (finance does not know a payee's name). Nothing is written or numbered on a refusal. CONFLICT when one was exported meanwhile. Publishes finance.accounting_export.completed and finance.audit.recorded. Flag: accounting_export. */
  createAccountingExport: AccountingExport;
  /** Bundles a mentor's approved, not yet reimbursed expenses of one local association (the oldest waiting expense's) into one reimbursement: APPROVED at once when every expense was approved automatically, otherwise PENDING_APPROVAL. A peer mentor their own; coordinators a mentor's expenses in their local association; administrators any in the organization (FORBIDDEN otherwise). Refused by: nothing_to_reimburse; CONFLICT when an expense was bundled meanwhile. Publishes finance.audit.recorded. Flag: expense_reimbursement. */
  createReimbursement: Reimbursement;
  /** Marks an export's batch paid: its reimbursements become PAID. Organization administrators. Refused by: export_already_paid (CONFLICT); NOT_FOUND. Publishes finance.reimbursement.paid for each reimbursement and finance.audit.recorded. Flag: accounting_export. */
  markAccountingExportPaid: AccountingExport;
  /** Rejects a submitted expense with a reason the mentor sees (who as for approveExpense; no_self_approval). Refused by: reason_required, note_length (at most 1000 characters), expense_already_decided (CONFLICT). Publishes finance.expense.rejected, finance.audit.recorded, and finance.activity_reimbursement.changed when it was the activity's last live claim. Flag: expense_reimbursement. */
  rejectExpense: Expense;
  /** Retires a local association's tier from a day (a version that ends it; earlier versions and awards stay). Administrators; the association's coordinators (FORBIDDEN otherwise). Refused by: tier_in_effect (no tier at that minimum on that day), valid_from_date, valid_local_association. Publishes no event. */
  retireHonorariumTier: HonorariumTier;
  /** Sets the number the organization's accounting system knows a person by (employee or supplier number; replaces an earlier one). Organization administrators. Refused by: user_id_format, accounting_reference_format (1 to 20 letters A-Z, digits, '.', '_' or '-'); NOT_FOUND for a person with no activity or claim in the organization. Publishes finance.audit.recorded (action accounting_reference.set). Flag: accounting_export. */
  setAccountingReference: AccountingReference;
  /** Sets a version of a local association's honorarium tier, by its minimum, in effect from input.validFrom (default today); earlier versions stay as history (administrators; the association's coordinators; FORBIDDEN otherwise). Refused by: min_assignments_range, amount_non_negative, tier_label_length, valid_from_date, valid_local_association, tier_version_awarded (a version mentors reached is never changed). Publishes no event. */
  setHonorariumTier: HonorariumTier;
  /** Submits an expense claim against a registered activity: a mentor on their own, a coordinator on their local association's, an administrator on any of the organization's (FORBIDDEN otherwise). Reimbursed to the activity's mentor; approved at once when the type's auto-approval allows. Safe to retry with input.clientId. Peer mentors, coordinators, organization administrators. Refused by: idempotency_key, activity_known, expense_type_enum, mutual_exclusivity, amount_positive, passengers_range, passengers_not_allowed, distance_required, distance_positive, mileage_rate_missing, mileage_amount, max_amount, description_length. Publishes finance.expense.submitted, finance.activity_reimbursement.changed (the activity's first claim), and when approved automatically finance.expense.approved and finance.audit.recorded. Flag: expense_reimbursement. */
  submitExpense: Expense;
  /** Attaches a receipt (photo or PDF, base64, at most 10 MiB; send it to the gateway's /graphql/upload path, /graphql takes only small bodies) to an expense the caller may see; the type is checked from the bytes. May approve the claim automatically. Peer mentors, coordinators, organization administrators. Refused by: file_name_length, receipt_count (at most 10 per expense), expense_rejected (CONFLICT), upload_empty, upload_encoding, upload_too_large (PAYLOAD_TOO_LARGE with limit), upload_type_not_allowed, upload_type_mismatch, upload_unreadable, upload_dimensions; NOT_FOUND out of scope. Publishes finance.expense.approved and finance.audit.recorded when it approves the claim. Flag: expense_reimbursement. */
  uploadReceipt: Receipt;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationAddMileageRateArgs = {
  input: AddMileageRateInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationApproveExpenseArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationApproveReimbursementArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationConfigureExpenseTypeArgs = {
  input: ConfigureExpenseTypeInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationCreateAccountingExportArgs = {
  system: AccountingSystem;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationCreateReimbursementArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationMarkAccountingExportPaidArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationRejectExpenseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationRetireHonorariumTierArgs = {
  input: RetireHonorariumTierInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationSetAccountingReferenceArgs = {
  reference: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationSetHonorariumTierArgs = {
  input: SetHonorariumTierInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationSubmitExpenseArgs = {
  input: SubmitExpenseInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationUploadReceiptArgs = {
  input: UploadReceiptInput;
};

/** Where a page of a connection ends: pass endCursor as `after` to get the next page while hasNextPage is true. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last edge (null for an empty page). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type Query = {
  __typename?: 'Query';
  /** One accounting export of the caller's organization, with its file; null otherwise. Organization administrators. Flag: accounting_export. */
  accountingExport?: Maybe<AccountingExport>;
  /** The organization's accounting exports, newest first (at most 100). Organization administrators. Flag: accounting_export. */
  accountingExports: Array<AccountingExport>;
  /** The accounting references (employee or supplier numbers) the organization has set for its people, by reference. Organization administrators. Flag: accounting_export. */
  accountingReferences: Array<AccountingReference>;
  /** One expense the caller may see (a mentor the expenses reimbursed to them, a coordinator their local association's and their own, an administrator the organization's); null otherwise. Any signed-in role. Flag: expense_reimbursement. */
  expense?: Maybe<Expense>;
  /** The expense types of the caller's organization (the catalog a claim is made against), by key. Any signed-in role. Flag: expense_reimbursement. */
  expenseTypes: Array<ExpenseType>;
  /** The expenses the caller may see (as for expense), newest first. Paged: first 1-100 (default 20), after the previous page's endCursor (page_size_range, cursor_format). Flag: expense_reimbursement. */
  expenses: ExpenseConnection;
  /** Honorarium tiers reached, by year and tier (a mentor: their own, whatever userId says; coordinators: their local association's; administrators: the organization's). */
  honorariumAwards: Array<HonorariumAward>;
  /** A mentor's standing in a local association's tiers for a year: assignments counted, the tier reached, the next one and how many assignments it needs (a mentor: their own; coordinators and administrators: a mentor of the organization). Null without a local association. */
  honorariumProgress?: Maybe<HonorariumProgress>;
  /** A local association's honorarium tiers in effect on a day, lowest first; with history, every version (any signed-in member of its organization). Refused by: valid_from_date (on). */
  honorariumTiers: Array<HonorariumTier>;
  /** The caller's organization's mileage rate table, oldest first (a rate applies from its date until the next one's). Any signed-in role. Flag: expense_reimbursement. */
  mileageRates: Array<MileageRate>;
  /** One reimbursement the caller may see (a mentor their own, a coordinator their local association's, an administrator the organization's); null otherwise. Flag: expense_reimbursement. */
  reimbursement?: Maybe<Reimbursement>;
  /** Reimbursements the caller may see (as for reimbursement), newest first (at most 200), optionally of one status. Flag: expense_reimbursement. */
  reimbursements: Array<Reimbursement>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryAccountingExportArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryExpenseArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryExpenseTypesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryExpensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryHonorariumAwardsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryHonorariumProgressArgs = {
  localAssociationId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryHonorariumTiersArgs = {
  history?: InputMaybe<Scalars['Boolean']['input']>;
  localAssociationId: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryReimbursementArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryReimbursementsArgs = {
  status?: InputMaybe<ReimbursementStatus>;
};

/** A receipt file (photo or PDF) attached to an expense; the bytes live in object storage. */
export type Receipt = {
  __typename?: 'Receipt';
  /** The stored file (images re-encoded without metadata), base64-encoded. */
  contentBase64?: Maybe<Scalars['String']['output']>;
  /** Detected from the bytes, not taken from the upload. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** The uploader's file name. */
  fileName: Scalars['String']['output'];
  /** Image height in pixels as stored; null for PDF. */
  height?: Maybe<Scalars['Int']['output']>;
  /** The receipt's id. */
  id: Scalars['ID']['output'];
  /** Hex SHA-256 of the stored bytes. */
  sha256: Scalars['String']['output'];
  /** Size of the stored file, in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** Who uploaded it. */
  uploadedBy: User;
  /** Image width in pixels as stored; null for PDF. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** A claim bundling a mentor's approved expenses; its payout goes PENDING_APPROVAL → APPROVED → EXPORTED → PAID. */
export type Reimbursement = {
  __typename?: 'Reimbursement';
  /** The accounting export it went out in (organization administrators only; others are refused FORBIDDEN). */
  accountingExport?: Maybe<AccountingExport>;
  /** Approval history, oldest first: the automatic check, then a coordinator's decision where needed. */
  approvals: Array<ReimbursementApproval>;
  /** When it was approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it (the mentor, or a coordinator or administrator). */
  createdBy: User;
  /** The expenses it bundles, oldest first. */
  expenses: Array<Expense>;
  /** When it went out in an accounting export. */
  exportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The reimbursement's id. */
  id: Scalars['ID']['output'];
  /** How many expenses it bundles. */
  itemCount: Scalars['Int']['output'];
  /** When its export was marked paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where its payout is. */
  status: ReimbursementStatus;
  /** The sum of its expenses, in øre. */
  totalOre: Scalars['Int']['output'];
  /** The mentor paid. */
  user: User;
};

/** One step of a reimbursement's approval: the automatic check or a coordinator's approval. */
export type ReimbursementApproval = {
  __typename?: 'ReimbursementApproval';
  /** True for the automatic check. */
  automatic: Scalars['Boolean']['output'];
  /** When. */
  decidedAt: Scalars['DateTime']['output'];
  /** The coordinator who approved (null: automatic). */
  decidedBy?: Maybe<User>;
  /** The step's id. */
  id: Scalars['ID']['output'];
  /** The coordinator's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** APPROVED, or NEEDS_MANUAL when the automatic check left it to a coordinator. */
  outcome: Scalars['String']['output'];
  /** The automatic check's rule (all_items_auto_approved, or manual_review with the count of manually approved items). */
  rule?: Maybe<Scalars['String']['output']>;
};

/** Where a reimbursement's payout is. */
export type ReimbursementStatus =
  /** Approved, waiting for the next accounting export. */
  | 'APPROVED'
  /** Written to an accounting export, not yet paid. */
  | 'EXPORTED'
  /** Its export was marked paid. */
  | 'PAID'
  /** Waiting for a coordinator (not every expense was approved automatically). */
  | 'PENDING_APPROVAL';

/** Which tier to retire, and from when. */
export type RetireHonorariumTierInput = {
  /** The local association whose tier is retired. */
  localAssociationId: Scalars['ID']['input'];
  /** The minimum of the tier to retire. */
  minAssignments: Scalars['Int']['input'];
  /** The Norwegian calendar date (YYYY-MM-DD) from which the tier no longer applies; today when absent. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
};

/** A honorarium tier to create or change (by local association and minimum). */
export type SetHonorariumTierInput = {
  /** The honorarium paid for the tier, in øre. */
  amountOre: Scalars['Int']['input'];
  /** The tier's name, 1 to 100 characters. */
  label: Scalars['String']['input'];
  /** The local association (in the caller's organization; a coordinator's own). */
  localAssociationId: Scalars['ID']['input'];
  /** Assignments in a calendar year (Norwegian time) that reach the tier (1-10,000); an assignment counts once an activity linked to it is approved. */
  minAssignments: Scalars['Int']['input'];
  /** The Norwegian calendar date (YYYY-MM-DD) this version takes effect; today when absent. Earlier versions stay as history; a version of the same day is corrected in place unless a mentor has reached it (rule tier_version_awarded). */
  validFrom?: InputMaybe<Scalars['String']['input']>;
};

/** An expense claim to submit. */
export type SubmitExpenseInput = {
  /** The activity the expense belongs to (a trip is one activity). */
  activityId: Scalars['ID']['input'];
  /** Amount in øre (1 NOK = 100 øre), a positive integer. */
  amountOre: Scalars['Int']['input'];
  /** The client's own id for this claim (an idempotency key, e.g. a UUID made when the claim was filled in): sending it again returns the stored expense and creates nothing. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** What it was for, at most 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Distance driven in metres; required for mileage. */
  distanceMeters?: InputMaybe<Scalars['Int']['input']>;
  /** Key of one of the organization's active expense types (mileage, toll, parking, public_transit ...). */
  expenseTypeKey: Scalars['String']['input'];
  /** Mileage: passengers carried (0-8); each adds the passenger rate when the type allows it. */
  passengers?: InputMaybe<Scalars['Int']['input']>;
};

/** A receipt to upload. */
export type UploadReceiptInput = {
  /** The file, base64-encoded (JPEG, PNG, WebP, HEIC or PDF; at most 10 MiB decoded). */
  contentBase64: Scalars['String']['input'];
  /** The type the client claims; refused when the bytes disagree. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** The expense (one the caller may see; not rejected). */
  expenseId: Scalars['ID']['input'];
  /** The uploader's file name, 1 to 200 characters (shown only). */
  fileName: Scalars['String']['input'];
};

/** A user (owned by the identity subgraph), referenced by key only. */
export type User = {
  __typename?: 'User';
  /** The user's id. */
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Activity: Activity;
  Expense: Expense;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Expense:
    ( { __typename: 'Expense' }
    & GraphQLRecursivePick<FederationTypes['Expense'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountingExport: ResolverTypeWrapper<AccountingExportRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountingReference: ResolverTypeWrapper<AccountingReferenceRow>;
  AccountingSystem: AccountingSystem;
  Activity: ResolverTypeWrapper<Reference>;
  AddMileageRateInput: AddMileageRateInput;
  ApprovalDecision: ApprovalDecision;
  ConfigureExpenseTypeInput: ConfigureExpenseTypeInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Expense: ResolverTypeWrapper<ExpenseRow>;
  ExpenseApproval: ResolverTypeWrapper<ExpenseApprovalRow>;
  ExpenseConnection: ResolverTypeWrapper<Omit<ExpenseConnection, 'edges'> & { edges: Array<ResolversTypes['ExpenseEdge']> }>;
  ExpenseEdge: ResolverTypeWrapper<Omit<ExpenseEdge, 'node'> & { node: ResolversTypes['Expense'] }>;
  ExpenseStatus: ExpenseStatus;
  ExpenseType: ResolverTypeWrapper<ExpenseTypeRow>;
  HonorariumAward: ResolverTypeWrapper<HonorariumAwardRow>;
  HonorariumProgress: ResolverTypeWrapper<HonorariumProgressView>;
  HonorariumTier: ResolverTypeWrapper<HonorariumTierRow>;
  LocalAssociation: ResolverTypeWrapper<LocalAssociation>;
  MileageRate: ResolverTypeWrapper<MileageRateRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptRow>;
  Reimbursement: ResolverTypeWrapper<ReimbursementRow>;
  ReimbursementApproval: ResolverTypeWrapper<ReimbursementApprovalRow>;
  ReimbursementStatus: ReimbursementStatus;
  RetireHonorariumTierInput: RetireHonorariumTierInput;
  SetHonorariumTierInput: SetHonorariumTierInput;
  SubmitExpenseInput: SubmitExpenseInput;
  UploadReceiptInput: UploadReceiptInput;
  User: ResolverTypeWrapper<Reference>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountingExport: AccountingExportRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AccountingReference: AccountingReferenceRow;
  Activity: Reference;
  AddMileageRateInput: AddMileageRateInput;
  ConfigureExpenseTypeInput: ConfigureExpenseTypeInput;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  Expense: ExpenseRow;
  ExpenseApproval: ExpenseApprovalRow;
  ExpenseConnection: Omit<ExpenseConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpenseEdge']> };
  ExpenseEdge: Omit<ExpenseEdge, 'node'> & { node: ResolversParentTypes['Expense'] };
  ExpenseType: ExpenseTypeRow;
  HonorariumAward: HonorariumAwardRow;
  HonorariumProgress: HonorariumProgressView;
  HonorariumTier: HonorariumTierRow;
  LocalAssociation: LocalAssociation;
  MileageRate: MileageRateRow;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRow;
  Reimbursement: ReimbursementRow;
  ReimbursementApproval: ReimbursementApprovalRow;
  RetireHonorariumTierInput: RetireHonorariumTierInput;
  SetHonorariumTierInput: SetHonorariumTierInput;
  SubmitExpenseInput: SubmitExpenseInput;
  UploadReceiptInput: UploadReceiptInput;
  User: Reference;
  String: Scalars['String']['output'];
}>;

export type FeatureDirectiveArgs = {
  flag: Scalars['String']['input'];
};

export type FeatureDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = FeatureDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountingExportResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AccountingExport'] = ResolversParentTypes['AccountingExport']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstVoucher?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastVoucher?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reimbursementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reimbursements?: Resolver<Array<ResolversTypes['Reimbursement']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['AccountingSystem'], ParentType, ContextType>;
  totalOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccountingReferenceResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AccountingReference'] = ResolversParentTypes['AccountingReference']> = ResolversObject<{
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['Expense']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExpenseResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense'], FederationReferenceType extends FederationReferenceTypes['Expense'] = FederationReferenceTypes['Expense']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expense']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  amountOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approval?: Resolver<Maybe<ResolversTypes['ExpenseApproval']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  distanceMeters?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expenseType?: Resolver<Maybe<ResolversTypes['ExpenseType']>, ParentType, ContextType>;
  expenseTypeKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passengers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rateOrePerKm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  receiptRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  reimbursement?: Resolver<Maybe<ResolversTypes['Reimbursement']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExpenseStatus'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ExpenseApprovalResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseApproval'] = ResolversParentTypes['ExpenseApproval']> = ResolversObject<{
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['ApprovalDecision'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ExpenseConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseConnection'] = ResolversParentTypes['ExpenseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpenseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ExpenseEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseEdge'] = ResolversParentTypes['ExpenseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expense'], ParentType, ContextType>;
}>;

export type ExpenseTypeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseType'] = ResolversParentTypes['ExpenseType']> = ResolversObject<{
  autoApproveMaxOre?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exclusiveWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxAmountOre?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mileageRateOrePerKm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passengersAddToRate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requiresReceiptAboveOre?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type HonorariumAwardResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['HonorariumAward'] = ResolversParentTypes['HonorariumAward']> = ResolversObject<{
  amountOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  localAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minAssignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reachedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HonorariumProgressResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['HonorariumProgress'] = ResolversParentTypes['HonorariumProgress']> = ResolversObject<{
  assignmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignmentsToNext?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentTier?: Resolver<Maybe<ResolversTypes['HonorariumTier']>, ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  localAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextTier?: Resolver<Maybe<ResolversTypes['HonorariumTier']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HonorariumTierResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['HonorariumTier'] = ResolversParentTypes['HonorariumTier']> = ResolversObject<{
  amountOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  localAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minAssignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LocalAssociationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['LocalAssociation'] = ResolversParentTypes['LocalAssociation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MileageRateResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['MileageRate'] = ResolversParentTypes['MileageRate']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passengerRateOrePerKm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rateOrePerKm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addMileageRate?: Resolver<ResolversTypes['MileageRate'], ParentType, ContextType, RequireFields<MutationAddMileageRateArgs, 'input'>>;
  approveExpense?: Resolver<ResolversTypes['Expense'], ParentType, ContextType, RequireFields<MutationApproveExpenseArgs, 'id'>>;
  approveReimbursement?: Resolver<ResolversTypes['Reimbursement'], ParentType, ContextType, RequireFields<MutationApproveReimbursementArgs, 'id'>>;
  configureExpenseType?: Resolver<ResolversTypes['ExpenseType'], ParentType, ContextType, RequireFields<MutationConfigureExpenseTypeArgs, 'input'>>;
  createAccountingExport?: Resolver<ResolversTypes['AccountingExport'], ParentType, ContextType, RequireFields<MutationCreateAccountingExportArgs, 'system'>>;
  createReimbursement?: Resolver<ResolversTypes['Reimbursement'], ParentType, ContextType, Partial<MutationCreateReimbursementArgs>>;
  markAccountingExportPaid?: Resolver<ResolversTypes['AccountingExport'], ParentType, ContextType, RequireFields<MutationMarkAccountingExportPaidArgs, 'id'>>;
  rejectExpense?: Resolver<ResolversTypes['Expense'], ParentType, ContextType, RequireFields<MutationRejectExpenseArgs, 'id' | 'reason'>>;
  retireHonorariumTier?: Resolver<ResolversTypes['HonorariumTier'], ParentType, ContextType, RequireFields<MutationRetireHonorariumTierArgs, 'input'>>;
  setAccountingReference?: Resolver<ResolversTypes['AccountingReference'], ParentType, ContextType, RequireFields<MutationSetAccountingReferenceArgs, 'reference' | 'userId'>>;
  setHonorariumTier?: Resolver<ResolversTypes['HonorariumTier'], ParentType, ContextType, RequireFields<MutationSetHonorariumTierArgs, 'input'>>;
  submitExpense?: Resolver<ResolversTypes['Expense'], ParentType, ContextType, RequireFields<MutationSubmitExpenseArgs, 'input'>>;
  uploadReceipt?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationUploadReceiptArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accountingExport?: Resolver<Maybe<ResolversTypes['AccountingExport']>, ParentType, ContextType, RequireFields<QueryAccountingExportArgs, 'id'>>;
  accountingExports?: Resolver<Array<ResolversTypes['AccountingExport']>, ParentType, ContextType>;
  accountingReferences?: Resolver<Array<ResolversTypes['AccountingReference']>, ParentType, ContextType>;
  expense?: Resolver<Maybe<ResolversTypes['Expense']>, ParentType, ContextType, RequireFields<QueryExpenseArgs, 'id'>>;
  expenseTypes?: Resolver<Array<ResolversTypes['ExpenseType']>, ParentType, ContextType, RequireFields<QueryExpenseTypesArgs, 'includeInactive'>>;
  expenses?: Resolver<ResolversTypes['ExpenseConnection'], ParentType, ContextType, Partial<QueryExpensesArgs>>;
  honorariumAwards?: Resolver<Array<ResolversTypes['HonorariumAward']>, ParentType, ContextType, Partial<QueryHonorariumAwardsArgs>>;
  honorariumProgress?: Resolver<Maybe<ResolversTypes['HonorariumProgress']>, ParentType, ContextType, Partial<QueryHonorariumProgressArgs>>;
  honorariumTiers?: Resolver<Array<ResolversTypes['HonorariumTier']>, ParentType, ContextType, RequireFields<QueryHonorariumTiersArgs, 'history' | 'localAssociationId'>>;
  mileageRates?: Resolver<Array<ResolversTypes['MileageRate']>, ParentType, ContextType>;
  reimbursement?: Resolver<Maybe<ResolversTypes['Reimbursement']>, ParentType, ContextType, RequireFields<QueryReimbursementArgs, 'id'>>;
  reimbursements?: Resolver<Array<ResolversTypes['Reimbursement']>, ParentType, ContextType, Partial<QueryReimbursementsArgs>>;
}>;

export type ReceiptResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = ResolversObject<{
  contentBase64?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ReimbursementResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Reimbursement'] = ResolversParentTypes['Reimbursement']> = ResolversObject<{
  accountingExport?: Resolver<Maybe<ResolversTypes['AccountingExport']>, ParentType, ContextType>;
  approvals?: Resolver<Array<ResolversTypes['ReimbursementApproval']>, ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['Expense']>, ParentType, ContextType>;
  exportedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReimbursementStatus'], ParentType, ContextType>;
  totalOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ReimbursementApprovalResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ReimbursementApproval'] = ResolversParentTypes['ReimbursementApproval']> = ResolversObject<{
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  AccountingExport?: AccountingExportResolvers<ContextType>;
  AccountingReference?: AccountingReferenceResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Expense?: ExpenseResolvers<ContextType>;
  ExpenseApproval?: ExpenseApprovalResolvers<ContextType>;
  ExpenseConnection?: ExpenseConnectionResolvers<ContextType>;
  ExpenseEdge?: ExpenseEdgeResolvers<ContextType>;
  ExpenseType?: ExpenseTypeResolvers<ContextType>;
  HonorariumAward?: HonorariumAwardResolvers<ContextType>;
  HonorariumProgress?: HonorariumProgressResolvers<ContextType>;
  HonorariumTier?: HonorariumTierResolvers<ContextType>;
  LocalAssociation?: LocalAssociationResolvers<ContextType>;
  MileageRate?: MileageRateResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  Reimbursement?: ReimbursementResolvers<ContextType>;
  ReimbursementApproval?: ReimbursementApprovalResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FinanceContext> = ResolversObject<{
  feature?: FeatureDirectiveResolver<any, any, ContextType>;
}>;
