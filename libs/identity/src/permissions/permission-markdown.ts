import { PERMISSION_MATRIX, PermissionRow } from './permission-matrix';

export const PERMISSIONS_START = '<!-- permissions:start (generated: npm run cli -- print-permissions) -->';
export const PERMISSIONS_END = '<!-- permissions:end -->';

const nameOf = (operation: string): string => `\`${operation.replace(/^(Query|Mutation)\./, '')}\``;
const labelOf = (row: PermissionRow): string => row.label ?? row.operations.map(nameOf).join(', ');

/** The README's permission table, printed from the matrix. */
export function permissionsMarkdown(): string {
  const lines = [
    '| operation | platform admin | coordinator | leader | leader viewer | supplier |',
    '|---|---|---|---|---|---|',
    ...PERMISSION_MATRIX.map((row) => `| ${[labelOf(row), ...row.cells].join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** `readme` with the text between the permission markers replaced by the printed table. */
export function withPermissionsSection(readme: string): string {
  const start = readme.indexOf(PERMISSIONS_START);
  const end = readme.indexOf(PERMISSIONS_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${PERMISSIONS_START} and ${PERMISSIONS_END}`);
  return `${readme.slice(0, start + PERMISSIONS_START.length)}\n${permissionsMarkdown()}\n${readme.slice(end)}`;
}
