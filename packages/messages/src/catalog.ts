/**
 * The one catalog: every domain's table of texts, merged. A new domain adds its own file (e.g.
 * `notifications.ts` exporting `notificationMessages`) and one line here; keys are prefixed by domain
 * (`report.`, `notification.`), so tables never overlap (the test checks).
 */
import { reportMessages } from "./reports.js";
import { terms } from "./terms.js";

export const TABLES = { terms, reportMessages } as const;

export const catalog = { ...terms, ...reportMessages } as const;

export type MessageKey = keyof typeof catalog;
/** A term an organization may rename (`[[key]]` in a text). */
export type TermKey = keyof typeof terms;
