import { Actor } from '../actor';
import { PERMISSION_MATRIX, PermissionRow } from './permission-matrix';
import { GateRole, passesGate, RoleGate } from './role-gate';

const { PLATFORM_ADMIN, COORDINATOR, OFFICE_VIEWER, ENTERPRISE_ADMIN, QUALITY_ENGINEER, ENTERPRISE_VIEWER } = GateRole;

/** Only these parents are gated; a nested field is governed by the root operation that reached it. */
export const ROOT_TYPES = ['Query', 'Mutation'] as const;

/** Routes guarded outside Nest's guards (an Express middleware), by the same gate. */
export const QUEUE_DASHBOARD_OPERATION = 'ALL /admin/queues';

export const isRootOperation = (operation: string): boolean => !/^[A-Z][A-Za-z]*\.[a-z]/.test(operation) || ROOT_TYPES.some((t) => operation.startsWith(`${t}.`));
const isRead = (operation: string): boolean => operation.startsWith('Query.') || operation.startsWith('GET ');
const closed = (cell: string): boolean => cell.startsWith('–');

/**
 * The role gate of one operation, read from its row's cells: a column whose
 * cell is not "–" opens the operation to that column's roles (leader and
 * supplier: ENTERPRISE_ADMIN and QUALITY_ENGINEER; leader viewer: an
 * enterprise's VIEWER, the supplier's viewers included). A regulator
 * office's VIEWER may read what a coordinator may read, and write only
 * where an enterprise's VIEWER may (its own password and notifications).
 */
export function gateOf(row: PermissionRow, operation: string): RoleGate {
  if (row.cells.every((c) => c === 'public')) return 'public';
  const [admin, coordinator, leader, leaderViewer, supplier] = row.cells.map((c) => !closed(c));
  const roles: GateRole[] = [];
  if (admin) roles.push(PLATFORM_ADMIN);
  if (coordinator) roles.push(COORDINATOR);
  if (coordinator && (isRead(operation) || leaderViewer)) roles.push(OFFICE_VIEWER);
  if (leader || supplier) roles.push(ENTERPRISE_ADMIN, QUALITY_ENGINEER);
  if (leaderViewer) roles.push(ENTERPRISE_VIEWER);
  return row.only ? roles.filter((r) => row.only!.includes(r)) : roles;
}

/** Every gated operation (GraphQL root fields and routes) with its gate. */
export const OPERATION_GATES: ReadonlyMap<string, RoleGate> = new Map(
  PERMISSION_MATRIX.flatMap((row) => row.operations.filter(isRootOperation).map((op) => [op, gateOf(row, op)] as const)),
);

/** Whether `actor` (undefined: anonymous) may call `operation` at all; an operation not in the matrix is closed. */
export function mayCall(operation: string, actor: Actor | undefined): boolean {
  const gate = OPERATION_GATES.get(operation);
  return !!gate && passesGate(gate, actor);
}

/** Operations of `present` missing from the matrix, and matrix operations of the same family not in `present`. */
export function matrixDifferences(present: readonly string[], family: (operation: string) => boolean): { unlisted: string[]; stale: string[] } {
  const listed = [...OPERATION_GATES.keys()].filter(family);
  return { unlisted: present.filter((op) => !OPERATION_GATES.has(op)).sort(), stale: listed.filter((op) => !present.includes(op)).sort() };
}
