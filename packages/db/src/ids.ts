/**
 * Ids are UUIDs. An id that is not one cannot match a row: filter it out before
 * it reaches SQL, where the uuid cast would fail and surface as an internal error.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: unknown): id is string => typeof id === "string" && UUID.test(id);
export const onlyUuids = (ids: readonly string[]): string[] => ids.filter(isUuid);
