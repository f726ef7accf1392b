import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { OrganisationKind, Role } from '../role';
import { matrixDifferences, mayCall, OPERATION_GATES } from './permission-gates';
import { withPermissionsSection } from './permission-markdown';
import { PERMISSION_MATRIX } from './permission-matrix';

const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
const rootFields = (type: 'Query' | 'Mutation') => Object.keys((schema.getType(type) as GraphQLObjectType).getFields()).map((f) => `${type}.${f}`);
const isGraphql = (op: string) => /^(Query|Mutation)\./.test(op);
const actor = (kind: OrganisationKind, role: Role) => ({ userId: 'u', organisationId: 'o', organisationKind: kind, roles: [role] });

describe('permission matrix', () => {
  it('lists every Query and Mutation field of schema.gql, and nothing the schema lacks', () => {
    expect(matrixDifferences([...rootFields('Query'), ...rootFields('Mutation')], isGraphql)).toEqual({ unlisted: [], stale: [] });
  });

  it('names real fields in its nested rows (shown, governed by their root operation)', () => {
    const nested = PERMISSION_MATRIX.flatMap((r) => r.operations).filter((op) => /^[A-Z]\w*\.\w+$/.test(op) && !isGraphql(op));
    expect(nested.length).toBeGreaterThan(0);
    for (const op of nested) {
      const [type, field] = op.split('.');
      expect((schema.getType(type) as GraphQLObjectType | undefined)?.getFields()[field]).toBeDefined();
    }
  });

  it('lists each operation once', () => {
    const all = PERMISSION_MATRIX.flatMap((r) => r.operations);
    expect(all.length).toBe(new Set(all).size);
  });

  it('gates by role and organisation kind: an office viewer is not an enterprise viewer', () => {
    const officeViewer = actor(OrganisationKind.REGULATOR_OFFICE, Role.VIEWER);
    const enterpriseViewer = actor(OrganisationKind.ENTERPRISE, Role.VIEWER);
    expect(mayCall('Query.myStandardAcknowledgements', enterpriseViewer)).toBe(true);
    expect(mayCall('Query.myStandardAcknowledgements', officeViewer)).toBe(false);
    expect(mayCall('Query.clusterOverview', officeViewer)).toBe(true);
    expect(mayCall('Query.clusterOverview', enterpriseViewer)).toBe(false);
    expect(mayCall('Mutation.addCorrectiveActionComment', enterpriseViewer)).toBe(false);
    expect(mayCall('Mutation.addCorrectiveActionComment', actor(OrganisationKind.ENTERPRISE, Role.QUALITY_ENGINEER))).toBe(true);
    expect(mayCall('Mutation.createStandard', officeViewer)).toBe(false);
    expect(mayCall('Mutation.changePassword', officeViewer)).toBe(true);
    expect(mayCall('Mutation.shareSolution', actor(OrganisationKind.ENTERPRISE, Role.QUALITY_ENGINEER))).toBe(false);
    expect(mayCall('Mutation.login', undefined)).toBe(true);
    expect(mayCall('Query.me', undefined)).toBe(false);
    expect(mayCall('Mutation.noSuchOperation', actor(OrganisationKind.PLATFORM, Role.PLATFORM_ADMIN))).toBe(false);
  });

  it('opens every gated operation to someone', () => {
    for (const [op, gate] of OPERATION_GATES) expect([op, gate === 'public' || gate.length > 0]).toEqual([op, true]);
  });

  it('is what README.md shows (run `npm run cli -- print-permissions` after changing it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(withPermissionsSection(readme));
  });
});
