import type { CoordinatorClusterMembersQuery, MaturityLevel, SizeClass } from '../../../gql/graphql';

export type Member = CoordinatorClusterMembersQuery['clusterMembers'][number];

export const SIZE_CLASSES: SizeClass[] = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];
export const LEVELS: MaturityLevel[] = ['INITIAL', 'EFFECTIVE', 'CONTINUAL_IMPROVEMENT', 'LEADING'];

/** What the members table is narrowed to: a name or code fragment, and each facet ('all' for any; 'none' for no size class or no assessment). */
export interface MemberFilter {
  search: string;
  size: SizeClass | 'none' | 'all';
  certified: 'yes' | 'no' | 'all';
  level: MaturityLevel | 'none' | 'all';
}

export const NO_FILTER: MemberFilter = { search: '', size: 'all', certified: 'all', level: 'all' };

export function matches(member: Member, filter: MemberFilter): boolean {
  const search = filter.search.trim().toLowerCase();
  if (search && !member.name.toLowerCase().includes(search) && !member.uscc.toLowerCase().includes(search)) return false;
  if (filter.size !== 'all' && (member.sizeClass ?? 'none') !== filter.size) return false;
  if (filter.certified !== 'all' && member.certified !== (filter.certified === 'yes')) return false;
  return filter.level === 'all' || (member.maturityLevel ?? 'none') === filter.level;
}

export type SortKey = 'name' | 'county' | 'size' | 'level' | 'lotPassRate' | 'openIssues';
export type SortOrder = 'ascend' | 'descend';
export interface MemberSort {
  key: SortKey;
  order: SortOrder;
}

/** Worst first: the members a coordinator visits first. */
export const DEFAULT_SORT: MemberSort = { key: 'lotPassRate', order: 'ascend' };

/** Larger firms first when ascending: the size classes in the order the 2011 rules list them. */
const VALUE: Record<SortKey, (m: Member) => string | number | null> = {
  name: (m) => m.name,
  county: (m) => m.regionName,
  size: (m) => (m.sizeClass ? SIZE_CLASSES.indexOf(m.sizeClass) : null),
  level: (m) => (m.maturityLevel ? LEVELS.indexOf(m.maturityLevel) : null),
  lotPassRate: (m) => m.lotPassRate ?? null,
  openIssues: (m) => m.openIssues,
};

/** The members in `sort`'s order; a member without the figure (no lots, no assessment) comes last either way, then by name. */
export function sorted(members: Member[], sort: MemberSort): Member[] {
  const sign = sort.order === 'ascend' ? 1 : -1;
  const value = VALUE[sort.key];
  const byName = (a: Member, b: Member) => a.name.localeCompare(b.name, 'zh-CN');
  return [...members].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(y as string, 'zh-CN') : x - (y as number);
    return order * sign || byName(a, b);
  });
}
