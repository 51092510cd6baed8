export * from "./phone.js";
export * from "./rule-error.js";
export * from "./public-error.js";

/**
 * One line of an organization's accounting mapping (expense type → account), declared once for the two subgraphs it
 * travels between: organization keeps it (`organization.settings.changed`, section `accounting_integration`) and
 * finance writes its exports with it. Plain data, so both `domain/`s may import it.
 */
export interface AccountMapping {
  /** finance's expense type key (mileage, toll, parking, ...). */
  expenseTypeKey: string;
  account: string;
  /** The department dimension (Xledger Posting 1, Dynamics department). */
  costCenter: string | null;
  /** The project dimension (Xledger Posting 2, Dynamics project); absent on mappings stored before it existed. */
  project?: string | null;
  /** The VAT code (Xledger TaxRule, Dynamics item sales tax group); absent on mappings stored before it existed. */
  vatCode?: string | null;
}
