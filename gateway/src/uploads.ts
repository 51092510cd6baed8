/**
 * The upload path. `/graphql` keeps a small body limit (hostile bodies are
 * refused before parsing); files travel base64 in a GraphQL mutation, so the
 * gateway has a second path, `/graphql/upload`, with a large limit that takes
 * only one mutation of upload fields. An upload field is a mutation with an
 * argument whose input type (at any depth) has a `contentBase64` field, found
 * in the supergraph, so a new upload mutation in any subgraph is covered
 * without editing this list.
 */
import { Kind, parse, type TypeNode } from "graphql";

export const UPLOAD_PATH = "/graphql/upload";

const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));

export function uploadMutations(supergraphSdl: string): Set<string> {
  const doc = parse(supergraphSdl);
  const inputs = new Map<string, string[]>();
  const mutationFields: Array<{ name: string; argTypes: string[] }> = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      inputs.set(
        def.name.value,
        (def.fields ?? []).map((f) => (f.name.value === "contentBase64" ? "\0upload" : named(f.type))),
      );
    }
    if (
      (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      def.name.value === "Mutation"
    ) {
      for (const f of def.fields ?? [])
        mutationFields.push({ name: f.name.value, argTypes: (f.arguments ?? []).map((a) => named(a.type)) });
    }
  }
  const carries = (type: string, seen: Set<string>): boolean => {
    if (seen.has(type)) return false;
    seen.add(type);
    return (inputs.get(type) ?? []).some((t) => t === "\0upload" || carries(t, seen));
  };
  return new Set(mutationFields.filter((f) => f.argTypes.some((t) => carries(t, new Set()))).map((f) => f.name));
}
