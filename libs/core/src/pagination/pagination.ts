import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CoreReason } from '../errors/core-reasons';
import { badInput } from '../errors/domain-error';
import { isUuid } from '../ids';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface KeysetOrder<T> {
  /** Property path of the sort key, e.g. `user.createdAt`; ties break on `<alias>.id`. */
  property: string;
  value: (row: T) => string | number | Date;
  direction: 'ASC' | 'DESC';
  /** What the sort key holds (default a timestamp): a forged cursor's key must fit the column. */
  key?: 'timestamp' | 'text';
}

type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** A cursor this module wrote: [sort key, row id], the key a timestamp unless told it is text. */
export function decodeCursor(cursor: string, field = 'after', key: KeysetOrder<never>['key'] = 'timestamp'): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === 2 && typeof values[1] === 'string' && isUuid(values[1])) {
      const [value] = values;
      const fits = key === 'text' ? typeof value === 'string' : typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
      if (fits) return values as CursorValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, 'is not a cursor returned by this list', { reason: CoreReason.InvalidCursor });
}

export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`, { reason: CoreReason.PageSizeOutOfRange, max: MAX_PAGE_SIZE });
  }
  return first;
}

/**
 * Keyset pagination over (sort key, id): stable under inserts, and each page
 * costs one indexed range scan plus a count.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  order: KeysetOrder<T>,
): Promise<Page<T>> {
  const first = pageSize(args);
  const idProperty = `${query.alias}.id`;
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 'after', order.key);
    const op = order.direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${order.property}, ${idProperty}) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(order.property, order.direction)
    .addOrderBy(idProperty, order.direction)
    .take(first + 1)
    .getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => {
    const v = order.value(node);
    return { cursor: encodeCursor([v instanceof Date ? v.toISOString() : v, node.id]), node };
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
