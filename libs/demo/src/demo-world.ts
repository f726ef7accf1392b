import { makeUscc } from '@chainq/codes';
import { Role } from '@chainq/identity';
import { CertificationScheme, MembershipStatus } from '@chainq/registry';

/**
 * The fictional demo world, drawn from the programme: the Anping wire-mesh
 * cluster (Hebei), a castings cluster in Pizhou, and a new-energy vehicle
 * chain in Xuzhou with tier-1 and tier-2 suppliers across both. Enterprises
 * and people are invented; their unified social credit codes are built to
 * pass the GB 32100 check, with the division codes of where they stand.
 */
export const DEMO_PASSWORD = 'chainq-demo-2026';

export const DEMO_ADMIN = { email: 'admin@chainq.local', displayName: 'Platform Admin', password: DEMO_PASSWORD };

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
}

export interface DemoOffice {
  key: string;
  name: string;
  users: DemoUser[];
  /** Assignment of its coordinators. */
  watches: { regionCodes: string[]; clusters: string[] };
}

export interface DemoEnterprise {
  key: string;
  name: string;
  uscc: string;
  industryCode: string;
  regionCode: string;
  employees: number;
  revenue10kCny: number;
  users: DemoUser[];
  clusters: string[];
  /** Days from today until expiry; negative is lapsed. */
  certifications: { scheme: CertificationScheme; number: string; body: string; expiresInDays: number }[];
  /** Mean dimension scores, oldest first: a rise of level shows in the history. */
  maturity: number[];
  /** When it joined ChainQ (and its clusters), in days before today: the programme's figures count it from then. */
  registeredDaysAgo: number;
}

export interface DemoMembership {
  supplier: string;
  tier: number;
  under?: string;
  categories: string[];
  /** How far onboarding has gone. */
  reach: MembershipStatus;
  /**
   * An invited enterprise already on ChainQ without users: someone followed
   * the invitation link and claims to run it; the region's coordinator has
   * the claim to confirm or reject.
   */
  claimedBy?: string;
  /** An onboarding supplier whose qualification the leader sent back with these reasons (to fix and resubmit). */
  returnedWith?: string[];
}

const uscc = (division: string, base: string) => makeUscc({ registration: '91', division, organisationBase: base });
/** A moment `days` before now: the seeded history is dated relative to the day it is seeded. */
export const daysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);

const admin = (email: string, name: string): DemoUser => ({ email, displayName: name, roles: [Role.ENTERPRISE_ADMIN] });

export const DEMO_OFFICES: DemoOffice[] = [
  {
    key: 'hebei',
    name: 'Hebei Market Regulation Administration, Quality Development Office',
    users: [{ email: 'coordinator@hebei-amr.example', displayName: 'Zhao Min (coordinator)', roles: [Role.COORDINATOR] }],
    watches: { regionCodes: ['130000'], clusters: ['anping'] },
  },
  {
    key: 'xuzhou',
    name: 'Xuzhou Market Regulation Bureau, Quality Office',
    users: [{ email: 'coordinator@xuzhou-amr.example', displayName: 'Sun Hao (coordinator)', roles: [Role.COORDINATOR] }],
    watches: { regionCodes: ['320300'], clusters: [] },
  },
];

export const DEMO_CLUSTERS = [
  { key: 'anping', name: 'Anping wire mesh cluster', regionCode: '131125', industryCode: 'C3340', product: 'wire mesh', office: 'hebei' },
  { key: 'pizhou', name: 'Pizhou precision castings cluster', regionCode: '320382', industryCode: 'C3391', product: 'iron and steel castings', office: 'xuzhou' },
];

export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    key: 'leader', name: 'Xuzhou Huaxing New Energy Vehicle Co., Ltd.', uscc: uscc('320311', 'MA1HX001'), industryCode: 'C3612', regionCode: '320311', employees: 4200, revenue10kCny: 1_850_000,
    users: [admin('admin@huaxing-nev.example', 'Chen Jie (quality director)'), { email: 'sqe@huaxing-nev.example', displayName: 'Liu Yang (supplier quality engineer)', roles: [Role.QUALITY_ENGINEER] }, { email: 'viewer@huaxing-nev.example', displayName: 'Zhao Min (purchasing, read only)', roles: [Role.VIEWER] }],
    clusters: [], certifications: [{ scheme: CertificationScheme.IATF_16949, number: 'IATF-0451220', body: 'TÜV SÜD', expiresInDays: 700 }], maturity: [], registeredDaysAgo: 800,
  },
  {
    key: 'castings', name: 'Pizhou Hengtong Precision Castings Co., Ltd.', uscc: uscc('320382', 'MA1HT002'), industryCode: 'C3391', regionCode: '320382', employees: 180, revenue10kCny: 9_500,
    users: [admin('owner@hengtong-castings.example', 'Wang Lei (owner)')], clusters: ['pizhou'],
    certifications: [{ scheme: CertificationScheme.ISO_9001, number: '00125Q31882R1M', body: 'China Quality Certification Centre', expiresInDays: 420 }], maturity: [2.4, 3.2], registeredDaysAgo: 790,
  },
  {
    key: 'battery', name: 'Xuzhou Ruida Battery Pack Systems Co., Ltd.', uscc: uscc('320312', 'MA1RD004'), industryCode: 'C3841', regionCode: '320312', employees: 640, revenue10kCny: 68_000,
    users: [{ email: 'qe@ruida-battery.example', displayName: 'Zhou Qing (quality engineer)', roles: [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER] }], clusters: [],
    certifications: [{ scheme: CertificationScheme.IATF_16949, number: 'IATF-0398812', body: 'SGS', expiresInDays: 25 }], maturity: [3.6, 4.1], registeredDaysAgo: 780,
  },
  {
    key: 'mesh', name: 'Anping Jinsheng Wire Mesh Products Co., Ltd.', uscc: uscc('131125', 'MA1JN003'), industryCode: 'C3340', regionCode: '131125', employees: 46, revenue10kCny: 2_300,
    users: [admin('owner@jinsheng-mesh.example', 'Li Na (owner)')], clusters: ['anping'],
    certifications: [{ scheme: CertificationScheme.ISO_9001, number: '15/25Q0183R00', body: 'Hebei Quality Certification Co.', expiresInDays: 50 }], maturity: [1.6, 2.3], registeredDaysAgo: 770,
  },
  {
    key: 'filter', name: 'Anping Hongda Filter Mesh Co., Ltd.', uscc: uscc('131125', 'MA1HD005'), industryCode: 'C3340', regionCode: '131125', employees: 12, revenue10kCny: 260,
    // Joined this year and certified since: the programme's newest success in Anping.
    users: [admin('owner@hongda-filter.example', 'Ma Jun (owner)')], clusters: ['anping'],
    certifications: [{ scheme: CertificationScheme.ISO_9001, number: '15/26Q0412R00', body: 'Hebei Quality Certification Co.', expiresInDays: 3 * 365 - 150 }], maturity: [1.4], registeredDaysAgo: 290,
  },
  {
    key: 'machining', name: 'Pizhou Xinyuan Machining Co., Ltd.', uscc: uscc('320382', 'MA1XY006'), industryCode: 'C3484', regionCode: '320382', employees: 28, revenue10kCny: 900,
    users: [], clusters: ['pizhou'], certifications: [], maturity: [], registeredDaysAgo: 180,
  },
  ...['Fuxing Hexagonal', 'Yuantai Welded', 'Jiahe Stainless', 'Shengda Fence'].map((name, i): DemoEnterprise => ({
    key: `anping-${i}`, name: `Anping ${name} Mesh Co., Ltd.`, uscc: uscc('131125', `MA1AP${10 + i}0`), industryCode: 'C3340', regionCode: '131125',
    employees: 8 + i * 9, revenue10kCny: 150 + i * 420,
    // The fence maker's suppliers run ChainQ; the others are in the cluster only.
    users: i === 2 ? [] : [admin(`owner@${name.split(' ')[0].toLowerCase()}-mesh.example`, `${['Gao Jun', 'Tian Li', '', 'Hu Bin'][i]} (owner)`)],
    clusters: ['anping'], certifications: [], maturity: [[1.8], [2.2], [], [1.5]][i], registeredDaysAgo: 520 - i * 30,
  })),
  {
    key: 'fence', name: 'Hengshui Lutong Highway Facilities Co., Ltd.', uscc: uscc('131102', 'MA1LT007'), industryCode: 'E4812', regionCode: '131102', employees: 860, revenue10kCny: 52_000,
    users: [admin('quality@lutong-fence.example', 'Deng Wei (quality manager)')], clusters: [], certifications: [], maturity: [], registeredDaysAgo: 760,
  },
];

export const DEMO_CHAIN = {
  name: 'Huaxing NEV body and battery supply chain',
  leader: 'leader',
  industryCode: 'C3612',
  clusters: ['anping', 'pizhou'],
  memberships: [
    { supplier: 'castings', tier: 1, categories: ['motor housings', 'brake calipers'], reach: MembershipStatus.ACTIVE },
    { supplier: 'battery', tier: 1, categories: ['battery packs'], reach: MembershipStatus.ACTIVE },
    { supplier: 'mesh', tier: 2, under: 'battery', categories: ['shielding mesh'], reach: MembershipStatus.ACTIVE },
    { supplier: 'filter', tier: 2, under: 'battery', categories: ['coolant filter mesh'], reach: MembershipStatus.ONBOARDING,
      returnedWith: ['请补充 ISO 9001 质量管理体系认证证书，或说明认证计划和预计取证时间。', '成熟度自评中“检验与试验”一项请附上近三个月的进货检验记录。'] },
    { supplier: 'machining', tier: 2, under: 'castings', categories: ['machined brackets'], reach: MembershipStatus.INVITED, claimedBy: 'Xu Gang (general manager)' },
  ] as DemoMembership[],
};

/** A second, smaller chain: a highway-fence builder buying welded mesh from Anping. */
export const DEMO_FENCE_CHAIN = {
  name: 'Lutong highway fence mesh supply',
  leader: 'fence',
  industryCode: 'E4812',
  clusters: ['anping'],
  memberships: [
    { supplier: 'anping-0', tier: 1, categories: ['hexagonal mesh'], reach: MembershipStatus.ACTIVE },
    { supplier: 'anping-1', tier: 1, categories: ['welded mesh panels'], reach: MembershipStatus.ACTIVE },
    { supplier: 'anping-3', tier: 1, categories: ['fence mesh'], reach: MembershipStatus.ACTIVE },
    // Submitted with the ISO 9001 certificate the Huaxing chain already verified: the fence builder may accept it as is.
    { supplier: 'castings', tier: 1, categories: ['fence post base castings'], reach: MembershipStatus.ONBOARDING },
  ] as DemoMembership[],
};

export const DEMO_PILOT = {
  name: 'Hebei–Jiangsu small and micro enterprise quality pilot',
  batch: 2,
  year: 2025,
  regionCodes: ['131125', '320300'],
  clusters: ['anping', 'pizhou'],
  baselineLotPassRate: 0.9,
  targetLotPassRate: 0.98,
  baselineFirstPassYield: 0.88,
  targetFirstPassYield: 0.95,
};
