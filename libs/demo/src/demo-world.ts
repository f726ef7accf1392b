import { makeUscc } from '@chainq/codes';
import { OrganisationKind, Role } from '@chainq/identity';

/**
 * The fictional demo world. Enterprises and people are invented; their
 * unified social credit codes are built to pass the GB 32100 check, with
 * division codes of the places they stand in.
 */
export const DEMO_PASSWORD = 'chainq-demo-2026';

export const DEMO_ADMIN = { email: 'admin@chainq.local', displayName: 'Platform Admin', password: DEMO_PASSWORD };

interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  uscc?: string;
  users: { email: string; displayName: string; roles: Role[] }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'regulator',
    kind: OrganisationKind.REGULATOR_OFFICE,
    name: 'Hebei Market Regulation Administration, Quality Development Office',
    users: [{ email: 'coordinator@hebei-amr.example', displayName: 'Zhao Min (coordinator)', roles: [Role.COORDINATOR] }],
  },
  {
    key: 'leader',
    kind: OrganisationKind.ENTERPRISE,
    name: 'Xuzhou Huaxing New Energy Vehicle Co., Ltd.',
    uscc: makeUscc({ registration: '91', division: '320300', organisationBase: 'MA1HX001' }),
    users: [
      { email: 'admin@huaxing-nev.example', displayName: 'Chen Jie (quality director)', roles: [Role.ENTERPRISE_ADMIN] },
      { email: 'sqe@huaxing-nev.example', displayName: 'Liu Yang (supplier quality engineer)', roles: [Role.QUALITY_ENGINEER] },
    ],
  },
  {
    key: 'supplier-castings',
    kind: OrganisationKind.ENTERPRISE,
    name: 'Pizhou Hengtong Precision Castings Co., Ltd.',
    uscc: makeUscc({ registration: '91', division: '320382', organisationBase: 'MA1HT002' }),
    users: [{ email: 'owner@hengtong-castings.example', displayName: 'Wang Lei (owner)', roles: [Role.ENTERPRISE_ADMIN] }],
  },
  {
    key: 'supplier-mesh',
    kind: OrganisationKind.ENTERPRISE,
    name: 'Anping Jinsheng Wire Mesh Products Co., Ltd.',
    uscc: makeUscc({ registration: '92', division: '131125', organisationBase: 'MA1JN003' }),
    users: [{ email: 'owner@jinsheng-mesh.example', displayName: 'Li Na (owner)', roles: [Role.ENTERPRISE_ADMIN] }],
  },
];
