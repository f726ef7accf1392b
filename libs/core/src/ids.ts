const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot name a row: answered like an unknown one. */
export const isUuid = (id: string): boolean => UUID.test(id);
