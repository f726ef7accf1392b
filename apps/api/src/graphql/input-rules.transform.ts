import { defaultFieldResolver, getNullableType, GraphQLSchema, isInputObjectType, isObjectType } from 'graphql';
import { checkInput, ruleText } from './input-rules';

const withRule = (description: string | null | undefined, rule: string | undefined): string | undefined => {
  if (!rule) return description ?? undefined;
  return description ? `${description}. ${rule}` : rule;
};

/**
 * Applies the input rules to every field that takes arguments (root
 * operations and nested ones such as `memberships(after:)`) before its
 * resolver, guards included, runs; and writes each limit into the
 * description of the argument or input field it bounds, so the schema states it.
 */
export function withInputRules(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) field.description = withRule(field.description, ruleText(field.name, field.type, field.description));
    }
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      for (const arg of field.args) arg.description = withRule(arg.description, ruleText(arg.name, arg.type, arg.description));
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        for (const arg of args) checkInput(isInputObjectType(getNullableType(arg.type)) ? '' : arg.name, arg.name, arg.type, values[arg.name]);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}
