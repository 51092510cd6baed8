/**
 * Schema descriptions (issue 22 item 1): every type, field, argument, input field and enum value of the API
 * schema (the supergraph as a client sees it) says what it is. `undescribed` lists the schema coordinates that
 * do not; the test in test/descriptions.test.ts holds it at none.
 */
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";

const blank = (d: string | null | undefined) => !d || !d.trim();

/** Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) without a description. */
export function undescribed(schema: GraphQLSchema | string): string[] {
  const s = typeof schema === "string" ? buildSchema(schema) : schema;
  const missing: string[] = [];
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  for (const directive of s.getDirectives()) {
    if (["skip", "include", "deprecated", "specifiedBy", "oneOf"].includes(directive.name)) continue;
    if (blank(directive.description)) missing.push(`@${directive.name}`);
    for (const arg of directive.args) if (blank(arg.description)) missing.push(`@${directive.name}(${arg.name}:)`);
  }
  return missing;
}
