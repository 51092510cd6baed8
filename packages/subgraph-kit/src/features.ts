/**
 * Feature flags, enforced once for every subgraph (issue 18 item 3). organization owns each organization's flags
 * and publishes them (`organization.settings.changed`, section `feature_flags`, every capability's effective value);
 * each subgraph that serves a flagged capability keeps a one-row-per-organization projection of them
 * (@meander/events `featureFlagsTable`, fed by `featureFlagHandlers` as the consumer `<subgraph>.features`, which
 * the kit registers) and never asks organization.
 *
 * The SDL says which fields belong to a capability: `@feature(flag: "courses")` on a field (the root fields of the
 * capability; the types of the capability carry the same mark, and a test refuses a root field that takes or returns
 * a marked type without it). Every marked field is wrapped here: when the caller's organization has the flag off,
 * it answers `FEATURE_DISABLED` with `extensions.flag`, before its resolver runs. A caller without an organization
 * (a global administrator outside any tenant, an anonymous caller) is not judged by any organization's flags.
 */
import { FEATURE_CAPABILITIES, isFeatureFlag, type FeatureFlag } from "@meander/events";
import {
  defaultFieldResolver,
  GraphQLError,
  isObjectType,
  Kind,
  parse,
  type DirectiveNode,
  type GraphQLSchema,
  type TypeNode,
} from "graphql";

export const FEATURE_DIRECTIVE = "feature";
/** The definition every subgraph SDL that marks a capability declares (composition keeps it out of the supergraph). */
export const FEATURE_DIRECTIVE_SDL =
  "directive @feature(flag: String!) repeatable on FIELD_DEFINITION | OBJECT | INPUT_OBJECT";

/** The one refusal of a switched-off capability. */
export function featureDisabled(flag: string): GraphQLError {
  return new GraphQLError(`Funksjonen «${flag}» er slått av for organisasjonen`, {
    extensions: { code: "FEATURE_DISABLED", flag },
  });
}

const FLAGS = Symbol.for("meander.featureFlags");
type FlagSource = () => Promise<Record<string, boolean> | null>;

/**
 * Attaches the request's flag reader to its context (an own enumerable property, so Apollo's per-operation copy of
 * the context keeps it). `organizationId` null: no organization judges the request. Read at most once per request.
 */
export function attachFeatureFlags(ctx: object, read: (() => Promise<Record<string, boolean>>) | null): void {
  let cached: Promise<Record<string, boolean> | null> | undefined;
  const source: FlagSource = () => (cached ??= read ? read() : Promise.resolve(null));
  Object.assign(ctx, { [FLAGS]: source });
}

/** Refuses with FEATURE_DISABLED when the caller's organization has `flag` off (for checks below the root fields). */
export async function requireFeature(ctx: unknown, flag: FeatureFlag): Promise<void> {
  const source = (ctx as Record<symbol, FlagSource | undefined>)[FLAGS];
  if (!source) throw new Error(`feature flag ${flag} checked in a subgraph without a feature flag projection`);
  const flags = await source();
  if (flags && flags[flag] === false) throw featureDisabled(flag);
}

/** The flags named by `@feature` on a field or type (several marks: every one must be on). */
export function featureMarks(node: {
  astNode?: {
    directives?: readonly {
      name: { value: string };
      arguments?: readonly { name: { value: string }; value: unknown }[];
    }[];
  } | null;
}): string[] {
  return (node.astNode?.directives ?? [])
    .filter((d) => d.name.value === FEATURE_DIRECTIVE)
    .map((d) => {
      const arg = d.arguments?.find((a) => a.name.value === "flag")?.value as
        { kind: string; value?: string } | undefined;
      return arg?.kind === "StringValue" ? arg.value! : "";
    });
}

/** Wraps every field marked `@feature` so that it checks its flags first; returns how many fields it wrapped. */
export function guardFeatureFields(schema: GraphQLSchema): number {
  let wrapped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const flags = featureMarks(field);
      if (flags.length === 0) continue;
      for (const f of flags)
        if (!isFeatureFlag(f))
          throw new Error(
            `${type.name}.${field.name}: @feature(flag: "${f}") names no capability (${Object.keys(FEATURE_CAPABILITIES).join(", ")})`,
          );
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent, args, ctx, info) => {
        for (const f of flags) await requireFeature(ctx, f as FeatureFlag);
        return resolve(parent, args, ctx, info);
      };
      wrapped += 1;
    }
  }
  return wrapped;
}

type Definition = {
  kind: string;
  name: { value: string };
  directives?: readonly DirectiveNode[];
  fields?: readonly FieldLike[];
};
type FieldLike = {
  name: { value: string };
  type: TypeNode;
  arguments?: readonly { type: TypeNode }[];
  directives?: readonly DirectiveNode[];
};

const namedOf = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : namedOf(t.type));
const marksOf = (directives: readonly DirectiveNode[] | undefined) => featureMarks({ astNode: { directives } });
/** Types that only wrap what they carry (paging): a root field returning one returns what it wraps. */
const WRAPPER = /(Connection|Edge)$/;
const ROOTS = new Set(["Query", "Mutation", "Subscription"]);
const FEDERATION_FIELDS = new Set(["_entities", "_service"]);

/**
 * The SDL-marking rule: every root field that takes or returns a type of a flagged capability (a type marked
 * `@feature(flag: ...)` in any subgraph) carries that mark itself. Returns one line per missing mark
 * (`subgraph Query.field: @feature(flag: "x")`); empty when every root field is marked. Returned types are followed
 * through lists and paging wrappers (`*Connection`, `*Edge`), arguments through input objects.
 */
export function unmarkedCapabilityFields(subgraphs: ReadonlyArray<{ name: string; sdl: string }>): string[] {
  const parsed = subgraphs.map((s) => ({ name: s.name, defs: parse(s.sdl).definitions as unknown as Definition[] }));
  const flagsOfType = new Map<string, Set<string>>();
  for (const { defs } of parsed) {
    for (const d of defs) {
      if (!d.name) continue;
      for (const f of marksOf(d.directives))
        flagsOfType.set(d.name.value, (flagsOfType.get(d.name.value) ?? new Set()).add(f));
    }
  }
  const missing: string[] = [];
  for (const { name, defs } of parsed) {
    const fieldsOf = new Map<string, FieldLike[]>();
    for (const d of defs)
      if (d.name && d.fields) fieldsOf.set(d.name.value, [...(fieldsOf.get(d.name.value) ?? []), ...d.fields]);
    const reach = (typeName: string, follow: (t: string) => boolean, seen: Set<string>) => {
      if (seen.has(typeName)) return;
      seen.add(typeName);
      if (!follow(typeName)) return;
      for (const f of fieldsOf.get(typeName) ?? []) reach(namedOf(f.type), follow, seen);
    };
    const inputs = new Set(
      defs
        .filter((d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || d.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION)
        .map((d) => d.name.value),
    );
    for (const d of defs) {
      if (!d.name || !ROOTS.has(d.name.value)) continue;
      for (const field of d.fields ?? []) {
        if (FEDERATION_FIELDS.has(field.name.value)) continue;
        const seen = new Set<string>();
        reach(namedOf(field.type), (t) => WRAPPER.test(t), seen);
        for (const a of field.arguments ?? []) reach(namedOf(a.type), (t) => inputs.has(t), seen);
        const required = new Set([...seen].flatMap((t) => [...(flagsOfType.get(t) ?? [])]));
        const marked = new Set(marksOf(field.directives));
        for (const flag of required)
          if (!marked.has(flag)) missing.push(`${name} ${d.name.value}.${field.name.value}: @feature(flag: "${flag}")`);
      }
    }
  }
  return missing.sort();
}
