/**
 * The accounting integration of an organization (issue #5 item 3), pure: which system, the account mapping
 * (expense type → account), and the credentials' shape. The credentials themselves are encrypted by the
 * application layer and never leave it; this file only checks what was typed.
 */
import type { AccountMapping } from "@meander/validation";
import { compact, type RuleViolation } from "./rules.js";

/** The systems finance exports to (DESIGN.md section 3: Xledger, Dynamics). */
export const ACCOUNTING_SYSTEMS = ["xledger", "dynamics"] as const;
export type AccountingSystem = (typeof ACCOUNTING_SYSTEMS)[number];

export interface Credential {
  name: string;
  value: string;
}

export interface AccountingIntegrationInput {
  system: string;
  enabled: boolean;
  /** The company in the accounting system (Xledger entity code, Dynamics legal entity); null: not set. */
  entityCode?: string | null;
  accountMapping: readonly AccountMapping[];
  /** Undefined or null: keep the stored credentials. */
  credentials?: readonly Credential[] | null;
  clearCredentials?: boolean | null;
}

const KEY = /^[a-z][a-z0-9_.]{0,63}$/;
const ACCOUNT = /^[A-Za-z0-9._-]{1,32}$/;
/** Dynamics' item sales tax group is at most 10 characters (TaxItemGroup); Xledger's tax rule codes are short too. */
const VAT_CODE = /^[A-Za-z0-9._-]{1,10}$/;
const CREDENTIAL_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const violation = (rule: string, field: string, message: string): RuleViolation => ({ rule, field, message });

/** `hasStoredCredentials`: whether credentials are stored now (enabling needs some, kept or new). */
export function validateAccountingIntegration(
  input: AccountingIntegrationInput,
  hasStoredCredentials: boolean,
): RuleViolation[] {
  const out: Array<RuleViolation | null> = [];
  if (!(ACCOUNTING_SYSTEMS as readonly string[]).includes(input.system)) {
    out.push(violation("accounting_system_known", "system", `System must be one of ${ACCOUNTING_SYSTEMS.join(", ")}`));
  }
  if (input.accountMapping.length > 200)
    out.push(violation("account_mapping_count", "accountMapping", "At most 200 mappings"));
  input.accountMapping.forEach((m, i) => {
    if (!KEY.test(m.expenseTypeKey))
      out.push(
        violation(
          "account_mapping_format",
          `accountMapping[${i}].expenseTypeKey`,
          "An expense type key is lower-case letters, digits, '_' or '.'",
        ),
      );
    if (!ACCOUNT.test(m.account))
      out.push(
        violation(
          "account_mapping_format",
          `accountMapping[${i}].account`,
          "An account is 1 to 32 letters, digits, '.', '_' or '-'",
        ),
      );
    if (m.costCenter !== null && !ACCOUNT.test(m.costCenter))
      out.push(
        violation(
          "account_mapping_format",
          `accountMapping[${i}].costCenter`,
          "A cost center is 1 to 32 letters, digits, '.', '_' or '-'",
        ),
      );
    if (m.project != null && !ACCOUNT.test(m.project))
      out.push(
        violation(
          "account_mapping_format",
          `accountMapping[${i}].project`,
          "A project is 1 to 32 letters, digits, '.', '_' or '-'",
        ),
      );
    if (m.vatCode != null && !VAT_CODE.test(m.vatCode))
      out.push(
        violation(
          "account_mapping_format",
          `accountMapping[${i}].vatCode`,
          "A VAT code is 1 to 10 letters, digits, '.', '_' or '-'",
        ),
      );
  });
  if (input.entityCode != null && !ACCOUNT.test(input.entityCode))
    out.push(
      violation("entity_code_format", "entityCode", "An entity code is 1 to 32 letters, digits, '.', '_' or '-'"),
    );
  const seen = new Set<string>();
  input.accountMapping.forEach((m, i) => {
    if (seen.has(m.expenseTypeKey))
      out.push(
        violation("account_mapping_unique", `accountMapping[${i}].expenseTypeKey`, "One account per expense type"),
      );
    seen.add(m.expenseTypeKey);
  });
  const creds = input.credentials ?? null;
  if (creds !== null) {
    if (input.clearCredentials)
      out.push(violation("credentials_conflict", "credentials", "Give credentials or clear them, not both"));
    if (creds.length === 0 || creds.length > 10)
      out.push(violation("credentials_format", "credentials", "1 to 10 credentials"));
    creds.forEach((c, i) => {
      if (!CREDENTIAL_NAME.test(c.name))
        out.push(
          violation(
            "credentials_format",
            `credentials[${i}].name`,
            "A credential name is a letter then letters, digits or '_'",
          ),
        );
      if (c.value.length === 0 || c.value.length > 4096)
        out.push(
          violation("credentials_format", `credentials[${i}].value`, "A credential value is 1 to 4096 characters"),
        );
    });
    if (new Set(creds.map((c) => c.name)).size !== creds.length)
      out.push(violation("credentials_format", "credentials", "Each credential name once"));
  }
  const willHaveCredentials = creds !== null ? creds.length > 0 : hasStoredCredentials && !input.clearCredentials;
  if (input.enabled && !willHaveCredentials) {
    out.push(violation("integration_credentials_required", "credentials", "An enabled integration needs credentials"));
  }
  return compact(out);
}

/** The credentials as one plaintext document (encrypted as a whole; names sorted so equal input gives equal text). */
export function serializeCredentials(creds: readonly Credential[]): string {
  return JSON.stringify(
    Object.fromEntries([...creds].sort((a, b) => a.name.localeCompare(b.name)).map((c) => [c.name, c.value])),
  );
}
