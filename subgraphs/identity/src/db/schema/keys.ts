/**
 * Per-subject keys of identity (issue 24 item 1, crypto-shredding; @meander/crypto formats, @meander/privacy's
 * subjectKeys): one random key per user encrypts their sensitive profile fields (phone, bio, availability note). A
 * user belongs to no single organization, so their keys are wrapped by one data key of identity's user key scope
 * (organization id USER_KEY_SCOPE, application/subject-keys.ts), which the master key wraps.
 */
import { subjectKeyTables } from "@meander/privacy/subject-key-tables";
import { identity } from "./pg-schema.js";

/** The user key scope's data key, one key per user wrapped by it, and the move of legacy plain values. */
export const { organizationDataKeys, subjectDataKeys, subjectKeyMigration } = subjectKeyTables(identity);
