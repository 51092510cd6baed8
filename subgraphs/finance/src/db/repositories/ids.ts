/** Ids are uuids: anything else cannot match a row, so it is filtered out before it reaches SQL (where it would fail the cast). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);
export const onlyUuids = (ids: readonly string[]): string[] => ids.filter(isUuid);
