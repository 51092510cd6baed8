import { GraphQLError } from "graphql";

/** FORBIDDEN, naming the business rule that refused (e.g. coordinator_proxy_scope). */
export const forbiddenBy = (rule: string, message: string) => new GraphQLError(message, { extensions: { code: "FORBIDDEN", rule } });
