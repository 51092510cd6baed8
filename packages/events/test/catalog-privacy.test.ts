/**
 * Issue 24 item 2: kept events (outbox rows, Kafka topics that keep every event) carry ids only. Every current
 * payload schema of the catalog is scanned for fields that would carry a person's contact details or free text;
 * a new event (or version) with one fails here. Earlier versions (`legacy`) are only read, never written, and are
 * not scanned. The compacted topics (profiles, invited addresses) are the one place contact details may travel:
 * an erasure or a closed invitation leaves a null as the key's last value there.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { COMPACTED_TOPICS, eventCatalog, topicOf } from "../src/index.js";

/** A field whose name is (or ends in) one of these carries personal data or free text, unless it is an enum. */
const FORBIDDEN = ["email", "phone", "name", "displayname", "note", "reason", "description", "text"];

/**
 * Fields that match a forbidden name but are neither about a person nor free text a person wrote. Each with why;
 * `type:path`, path as the scanner prints it (`[]` for an array's items).
 */
const ALLOWED: Record<string, string> = {
  "organization.organization.created:name": "the organization's name (an organization, not a person)",
  "organization.organization.created:shortName": "the organization's short name",
  "organization.local_association.created:name": "the local association's name (reports name units, never by id)",
  "organization.region.created:name": "the region's name",
  "organization.settings.changed:values.resources[].description":
    "the organization's text about an external resource (settings, not a person)",
  "engagement.badge.awarded:badgeName": "the badge's name in the organization's catalog (a badge, not a person)",
  "activity.activity.registered:bufdirReason":
    "a code (type_not_counted, outside_norway, ...): why Bufdir does not count it",
  "activity.activity.updated:bufdirReason": "the same code after a correction",
  ...Object.fromEntries(
    ["identity", "organization", "activity", "finance", "engagement", "reporting"].map((d) => [
      `${d}.audit.recorded:operationName`,
      "the GraphQL operation's name (the client's code)",
    ]),
  ),
  ...Object.fromEntries(
    ["issued", "expiring", "expired", "revoked"].map((s) => [
      `engagement.certification.${s}:certificationTypeName`,
      "the organization's name of a certification type",
    ]),
  ),
};

interface Finding {
  path: string;
  kind: string;
}

/** Every field of the schema whose name is forbidden and whose value is not an enum or a literal. */
export function personalFields(schema: z.ZodType, path = ""): Finding[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return personalFields(def.innerType as z.ZodType, path);
    case "array":
      return personalFields(def.element as z.ZodType, `${path}[]`);
    case "record":
      return personalFields(def.valueType as z.ZodType, `${path}{}`);
    case "union":
      return (def.options as z.ZodType[]).flatMap((o) => personalFields(o, path));
    case "object":
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
        const at = path ? `${path}.${key}` : key;
        const inner = personalFields(value, at);
        const lower = key.toLowerCase();
        if (!FORBIDDEN.some((w) => lower.endsWith(w))) return inner;
        const kind = leafKind(value);
        return kind === "enum" || kind === "literal" ? inner : [{ path: at, kind }, ...inner];
      });
    default:
      return [];
  }
}

function leafKind(schema: z.ZodType): string {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  return def.innerType && ["optional", "nullable", "default", "readonly"].includes(def.type)
    ? leafKind(def.innerType)
    : def.type;
}

describe("event catalog: ids only in kept events (issue 24 item 2)", () => {
  it("finds no field carrying contact details or free text in a current payload outside the compacted topics", () => {
    const found: string[] = [];
    for (const [type, entry] of Object.entries(eventCatalog)) {
      if (COMPACTED_TOPICS.includes(topicOf(type))) continue;
      for (const f of personalFields(entry.payload)) {
        const key = `${type}:${f.path}`;
        if (!ALLOWED[key]) found.push(`${key} (${f.kind})`);
      }
    }
    expect(found).toEqual([]);
  });

  it("lists only allowances still needed (a field gone from the catalog leaves the list)", () => {
    const all = new Set(
      Object.entries(eventCatalog).flatMap(([type, entry]) =>
        personalFields(entry.payload).map((f) => `${type}:${f.path}`),
      ),
    );
    expect(Object.keys(ALLOWED).filter((k) => !all.has(k))).toEqual([]);
  });

  it("would refuse a payload with free text or contact details, nested or optional; enums pass", () => {
    const schema = z.object({
      activityId: z.uuid(),
      note: z.string().nullable().optional(),
      people: z.array(z.object({ userId: z.uuid(), displayName: z.string() })),
      rejectionReason: z.string(),
      reason: z.enum(["logout", "expired"]),
      contact: z.object({ phone: z.string() }).nullable(),
    });
    expect(personalFields(schema).map((f) => f.path)).toEqual([
      "note",
      "people[].displayName",
      "rejectionReason",
      "contact.phone",
    ]);
  });

  it("sees the contact details on the compacted topics, the only topics allowed to carry them", () => {
    expect(personalFields(eventCatalog["identity.profile.changed"].payload).map((f) => f.path)).toEqual([
      "profile.email",
      "profile.displayName",
      "profile.phone",
    ]);
    expect(personalFields(eventCatalog["organization.invitation.address_changed"].payload).map((f) => f.path)).toEqual([
      "email",
    ]);
    expect(topicOf("organization.invitation.address_changed")).toBe("meander.organization.invitations");
  });
});
