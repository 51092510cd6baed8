/**
 * Reading the composed supergraph: which subgraph owns which field, which
 * types are entities (a `@join__type` with a key) and where they resolve.
 * Nothing here knows the domain: new types and fields are picked up as they
 * are composed.
 */
import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

export interface Supergraph {
  schema: GraphQLSchema;
  /** join__Graph enum value (ACTIVITY) → subgraph name (activity). */
  graphNames: Map<string, string>;
}

export interface EntityHome {
  type: GraphQLObjectType;
  /** The subgraph's name (activity, finance, ...). */
  subgraph: string;
  /** The join__Graph value (ACTIVITY, ...). */
  graph: string;
  key: string;
}

export function loadSupergraph(file: URL | string): Supergraph {
  const sdl = readFileSync(file, "utf8").replace(/^#.*$/gm, "");
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  const graphNames = new Map<string, string>();
  const graphEnum = schema.getType("join__Graph");
  if (graphEnum && isEnumType(graphEnum)) {
    for (const v of graphEnum.getValues()) {
      const dir = v.astNode?.directives?.find((d) => d.name.value === "join__graph");
      graphNames.set(v.name, stringArg(dir, "name") ?? v.name.toLowerCase());
    }
  }
  return { schema, graphNames };
}

function stringArg(dir: ConstDirectiveNode | undefined, name: string): string | undefined {
  const arg = dir?.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind === Kind.STRING || arg.value.kind === Kind.ENUM) return arg.value.value;
  if (arg.value.kind === Kind.BOOLEAN) return String(arg.value.value);
  return undefined;
}

function directives(node: { astNode?: { directives?: readonly ConstDirectiveNode[] } | null }, name: string) {
  return (node.astNode?.directives ?? []).filter((d) => d.name.value === name);
}

/** The join__Graph values that declare this type. */
export function graphsOfType(type: GraphQLNamedType): string[] {
  return directives(type as never, "join__type").map((d) => stringArg(d, "graph")!);
}

/**
 * Does `graph` resolve this field? A field with `@join__field` belongs to the
 * graphs it names (external ones excluded); a field without belongs to every
 * graph that declares its type. `graph` null: the gateway (every field).
 */
export function fieldInGraph(
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  graph: string | null,
): boolean {
  if (graph === null) return true;
  const joins = directives(field as never, "join__field");
  if (joins.length === 0) return graphsOfType(type).includes(graph);
  return joins.some((d) => stringArg(d, "graph") === graph && stringArg(d, "external") !== "true");
}

export const isLeaf = (t: GraphQLNamedType) => isScalarType(t) || isEnumType(t);
export const isComposite = (t: GraphQLNamedType) => isObjectType(t) || isInterfaceType(t) || isUnionType(t);

/** A Relay connection: an object type with `edges { node }`. */
export function connectionNode(type: GraphQLNamedType): GraphQLObjectType | null {
  if (!isObjectType(type) || !type.name.endsWith("Connection")) return null;
  const edges = type.getFields().edges;
  if (!edges) return null;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return null;
  const node = edge.getFields().node;
  const named = node ? getNamedType(node.type) : null;
  return named && isObjectType(named) ? named : null;
}

/** Every (entity type, subgraph) pair the supergraph says can resolve a representation. */
export function entityHomes(sg: Supergraph): EntityHome[] {
  const homes: EntityHome[] = [];
  for (const type of Object.values(sg.schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const d of directives(type as never, "join__type")) {
      const key = stringArg(d, "key");
      if (!key || stringArg(d, "resolvable") === "false") continue;
      const graph = stringArg(d, "graph")!;
      homes.push({ type, graph, subgraph: sg.graphNames.get(graph) ?? graph.toLowerCase(), key });
    }
  }
  return homes;
}

/**
 * Does this subgraph hold the type's own data (at least one leaf field besides
 * the key), rather than only extending it with fields of its own?
 */
export function ownsData(home: EntityHome): boolean {
  return Object.values(home.type.getFields()).some(
    (f) => f.name !== home.key && isLeaf(getNamedType(f.type)) && fieldInGraph(home.type, f, home.graph),
  );
}
