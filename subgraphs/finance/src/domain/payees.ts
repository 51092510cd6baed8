/** Rules for payees of accounting exports (pure). */
import type { Payee } from "./accounting.js";

export type { Payee };

/**
 * An accounting reference: 1 to 20 letters, digits, '.', '_' or '-' (Dynamics' vendor account, VendAccount, holds 20
 * characters; Xledger's SubledgerNo gets the same).
 */
const REFERENCE = /^[A-Za-z0-9._-]{1,20}$/;

export function checkAccountingReference(value: string): { rule: string; message: string } | null {
  return REFERENCE.test(value)
    ? null
    : {
        rule: "accounting_reference_format",
        message: "En regnskapsreferanse er 1 til 20 bokstaver (A-Z), sifre, '.', '_' eller '-'",
      };
}

/** Names in a sentence: "Kari", "Kari og Ola", "Kari, Ola og Per". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`;
}

/**
 * Who an export cannot pay: people without an accounting reference (named, sorted), else people whose name finance
 * does not know (counted: they cannot be named). Null when everyone can be paid.
 */
export function missingPayees(
  userIds: readonly string[],
  names: ReadonlyMap<string, string>,
  references: ReadonlyMap<string, string>,
): { rule: string; message: string } | null {
  const withoutReference = userIds.filter((id) => !references.has(id));
  const named = withoutReference
    .filter((id) => names.has(id))
    .map((id) => names.get(id)!)
    .sort((a, b) => a.localeCompare(b, "nb"));
  const unnamed = withoutReference.length - named.length;
  if (withoutReference.length > 0) {
    const who = [
      ...named,
      ...(unnamed > 0 ? [`${unnamed} person${unnamed > 1 ? "er" : ""} uten registrert navn`] : []),
    ];
    return {
      rule: "accounting_reference_missing",
      message: `Regnskapsreferanse (ansatt- eller leverandørnummer) mangler for ${listNames(who)}. Registrer den før eksporten.`,
    };
  }
  const nameless = userIds
    .filter((id) => !names.has(id))
    .map((id) => references.get(id)!)
    .sort();
  if (nameless.length > 0) {
    return {
      rule: "payee_name_missing",
      message: `Navnet er ikke kjent for mottakeren med regnskapsreferanse ${listNames(nameless)}.`,
    };
  }
  return null;
}
