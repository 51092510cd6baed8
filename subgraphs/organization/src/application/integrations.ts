/**
 * configureAccountingIntegration (issue #5 item 3): the system, its account mapping and its credentials. The
 * credentials are encrypted (AES-256-GCM, @meander/crypto: the organization's data key, the ciphertext bound to
 * this organization and row) in the same transaction as the change and its `organization.settings.changed`
 * event, which carries only whether credentials are configured and when they were set.
 */
import { refuseIfAny, badInput, type AccountMapping } from "@meander/validation";
import { scopes, type Scope, type Tx } from "@meander/db";
import { rowAad, type Envelope, keyringOver } from "@meander/crypto";
import type { UnitOfWork } from "@meander/events";
import { createDataKeyStore, DATA_KEY_TABLE } from "../db/repositories/data-keys.js";
import type { IntegrationRow } from "../db/repositories/settings.js";
import { serializeCredentials, validateAccountingIntegration, type Credential } from "../domain/integration.js";
import { targetOrganization, type Actor } from "./actor.js";
import { lockSettings, publishSettingsChange } from "./settings-change.js";

export interface AccountingIntegrationCommand {
  organizationId?: string | null;
  expectedVersion?: number | null;
  system: string;
  enabled: boolean;
  entityCode?: string | null;
  accountMapping: ReadonlyArray<{
    expenseTypeKey: string;
    account: string;
    costCenter?: string | null;
    project?: string | null;
    vatCode?: string | null;
  }>;
  credentials?: readonly Credential[] | null;
  clearCredentials?: boolean | null;
}

export const ACCOUNTING = "accounting";
export { DATA_KEY_TABLE };

/** The associated data of an integration's credentials: a ciphertext copied to another organization or kind fails. */
export const credentialsAad = (organizationId: string, kind: string) =>
  rowAad("organization.organization_integrations", `${organizationId}/${kind}`, "credentials_ciphertext");

/**
 * The keyring over the current transaction (a data key created here rolls back with it), with the data keys of the
 * organizations `scope` sees; a system caller (the accounting export, a test) names the platform, the default.
 */
export function keyringIn(tx: Tx, envelope: Envelope, scope: Scope = scopes.platform()) {
  return keyringOver(envelope, createDataKeyStore(tx, scope));
}

export async function configureAccountingIntegration(
  deps: { uow: UnitOfWork; envelope: Envelope | null },
  actor: Actor,
  input: AccountingIntegrationCommand,
  opts: { now?: Date } = {},
): Promise<IntegrationRow> {
  const now = opts.now ?? new Date();
  const organizationId = targetOrganization(actor, input.organizationId);
  const system = input.system.toLowerCase();
  const accountMapping: AccountMapping[] = input.accountMapping.map((m) => ({
    expenseTypeKey: m.expenseTypeKey.trim(),
    account: m.account.trim(),
    costCenter: m.costCenter?.trim() || null,
    project: m.project?.trim() || null,
    vatCode: m.vatCode?.trim() || null,
  }));
  const entityCode = input.entityCode?.trim() || null;
  return deps.uow.run(scopes.organization(organizationId), async (tx, events) => {
    const { repo, current } = await lockSettings(tx, organizationId, input.expectedVersion);
    const stored = await repo.integration(ACCOUNTING, true);
    refuseIfAny(
      validateAccountingIntegration(
        { ...input, system, entityCode, accountMapping },
        Boolean(stored?.credentialsCiphertext),
      ),
    );
    let credentials = {
      ciphertext: stored?.credentialsCiphertext ?? null,
      setAt: stored?.credentialsSetAt ?? null,
      setBy: stored?.credentialsSetBy ?? null,
    };
    if (input.clearCredentials) credentials = { ciphertext: null, setAt: null, setBy: null };
    if (input.credentials) {
      if (!deps.envelope)
        throw badInput(
          "encryption_configured",
          "credentials",
          "Credentials cannot be stored: no encryption master key is configured",
        );
      const ciphertext = await keyringIn(tx, deps.envelope, scopes.organization(organizationId)).encrypt(
        organizationId,
        serializeCredentials(input.credentials),
        credentialsAad(organizationId, ACCOUNTING),
      );
      credentials = { ciphertext, setAt: now, setBy: actor.userId };
    }
    const row = await repo.saveIntegration({
      kind: ACCOUNTING,
      system,
      enabled: input.enabled,
      entityCode,
      accountMapping,
      credentialsCiphertext: credentials.ciphertext,
      credentialsSetAt: credentials.setAt,
      credentialsSetBy: credentials.setBy,
      updatedBy: actor.userId,
    });
    const settings = await repo.update({}, current.version + 1, actor.userId);
    await publishSettingsChange(
      tx,
      events,
      actor.userId,
      {
        organizationId,
        version: settings.version,
        section: "accounting_integration",
        values: {
          system: row.system,
          enabled: row.enabled,
          entityCode: row.entityCode,
          accountMapping: row.accountMapping.map((m) => ({
            ...m,
            project: m.project ?? null,
            vatCode: m.vatCode ?? null,
          })),
          credentialsConfigured: row.credentialsCiphertext !== null,
          credentialsSetAt: row.credentialsSetAt?.toISOString() ?? null,
        },
      },
      actor.role,
    );
    return row;
  });
}

/** The decrypted credentials (for the accounting export; never through GraphQL). */
export async function readAccountingCredentials(
  tx: Tx,
  envelope: Envelope,
  row: IntegrationRow,
): Promise<Record<string, string> | null> {
  if (!row.credentialsCiphertext) return null;
  const plain = await keyringIn(tx, envelope, scopes.organization(row.organizationId)).decrypt(
    row.organizationId,
    row.credentialsCiphertext,
    credentialsAad(row.organizationId, row.kind),
  );
  return JSON.parse(plain) as Record<string, string>;
}
