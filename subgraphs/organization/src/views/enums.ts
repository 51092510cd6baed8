/** GraphQL enum values are UPPER_CASE, database values lower_case. */
export const upper = <T extends string>(value: string): T => value.toUpperCase() as T;
