import { Injectable } from '@nestjs/common';
import { chinaDay, chinaMidnight } from '@chainq/core';
import { Actor, Language, UserService } from '@chainq/identity';
import { CertificationScheme } from '@chainq/registry';
import { ClusterMembersService } from '../cluster/cluster-members.service';
import { ClusterMemberFigures } from '../cluster/cluster-members.queries';
import { chinaMonthOf } from './supplier-scorecard.export';
import { exportFileName, XlsxColumn, XlsxExport, XlsxSheetWriter } from './xlsx-sheet.writer';
import { LEVEL, SIZE, type Words } from './xlsx-words';

const { ZH_CN, EN } = Language;

export interface ClusterMemberExportRequest {
  clusterId: string;
  /** YYYY-MM-DD China day, inclusive; default the first day of the month eleven months back. */
  from?: string;
  /** YYYY-MM-DD China day, exclusive; default the first day of the next China month. */
  to?: string;
}

const SCHEME: Record<CertificationScheme, Words> = {
  [CertificationScheme.ISO_9001]: { [ZH_CN]: 'ISO 9001', [EN]: 'ISO 9001' },
  [CertificationScheme.ISO_14001]: { [ZH_CN]: 'ISO 14001', [EN]: 'ISO 14001' },
  [CertificationScheme.ISO_45001]: { [ZH_CN]: 'ISO 45001', [EN]: 'ISO 45001' },
  [CertificationScheme.IATF_16949]: { [ZH_CN]: 'IATF 16949', [EN]: 'IATF 16949' },
  [CertificationScheme.ISO_22000]: { [ZH_CN]: 'ISO 22000', [EN]: 'ISO 22000' },
  [CertificationScheme.CCC]: { [ZH_CN]: 'CCC', [EN]: 'CCC' },
  [CertificationScheme.OTHER]: { [ZH_CN]: '其他认证', [EN]: 'Other' },
};

const YES_NO: Record<'yes' | 'no', Words> = { yes: { [ZH_CN]: '是', [EN]: 'Yes' }, no: { [ZH_CN]: '否', [EN]: 'No' } };
const LIST_SEPARATOR: Words = { [ZH_CN]: '、', [EN]: ', ' };

type Row = { member: ClusterMemberFigures; language: Language };
const column = (zh: string, en: string, kind: XlsxColumn<Row>['kind'], width: number, value: (row: Row) => string | number | Date | null | undefined): XlsxColumn<Row> => ({
  header: { [ZH_CN]: zh, [EN]: en },
  kind,
  width,
  value,
});

/** The members table as the coordinator's page shows it, one row per member; names, codes and words as Text, figures as numbers. */
const COLUMNS: XlsxColumn<Row>[] = [
  column('企业名称', 'Enterprise', 'text', 40, ({ member }) => member.name),
  column('统一社会信用代码', 'USCC', 'text', 22, ({ member }) => member.uscc),
  column('所在县区', 'County', 'text', 16, ({ member }) => member.regionName),
  column('企业规模', 'Size class', 'text', 10, ({ member, language }) => (member.sizeClass ? SIZE[member.sizeClass][language] : null)),
  column('持有有效认证', 'Certified', 'text', 12, ({ member, language }) => YES_NO[member.certified ? 'yes' : 'no'][language]),
  column('有效认证', 'Valid certificates', 'text', 24, ({ member, language }) => member.certificationSchemes.map((s) => SCHEME[s][language]).join(LIST_SEPARATOR[language]) || null),
  column('质量成熟度', 'Maturity level', 'text', 20, ({ member, language }) => (member.maturityLevel ? LEVEL[member.maturityLevel][language] : null)),
  column('检验批数', 'Lots inspected', 'integer', 12, ({ member }) => member.lotsInspected),
  column('合格批数', 'Lots accepted', 'integer', 12, ({ member }) => member.lotsAccepted),
  column('批次合格率', 'Lot pass rate', 'percent', 12, ({ member }) => member.lotPassRate),
  column('未关闭质量问题', 'Open quality issues', 'integer', 14, ({ member }) => member.openIssues),
  column('加入集群时间', 'Joined the cluster', 'chinaTime', 18, ({ member }) => member.joinedAt),
];

const TITLE: Words = { [ZH_CN]: '产业集群成员企业', [EN]: 'Cluster members' };

/** The last twelve China calendar months up to `now`'s: the first day of the month eleven months back, to the first day of the next month. */
export function lastTwelveChinaMonths(now: Date): { from: string; to: string } {
  const { to } = chinaMonthOf(now);
  const [year, month] = to.split('-').map(Number);
  return { from: new Date(Date.UTC(year, month - 1 - 12, 1)).toISOString().slice(0, 10), to };
}

/**
 * A cluster's members table as an XLSX file: the rows `clusterMembers`
 * answers for the same days (by default the last twelve months, as the
 * page), headers in the caller's language.
 */
@Injectable()
export class ClusterMemberExport {
  constructor(
    private readonly clusterMembers: ClusterMembersService,
    private readonly users: UserService,
  ) {}

  async prepare(actor: Actor, request: ClusterMemberExportRequest, now = new Date()): Promise<XlsxExport> {
    const months = lastTwelveChinaMonths(now);
    const from = request.from ?? months.from;
    const to = request.to ?? months.to;
    // Checks the days (BAD_USER_INPUT naming from or to) and the caller's sight of the cluster (NOT_FOUND, FORBIDDEN).
    const { cluster, members } = await this.clusterMembers.members(actor, request.clusterId, from, to);
    const { language } = await this.users.me(actor);
    const lastDay = chinaDay(chinaMidnight(to), -1);
    return {
      fileName: exportFileName([TITLE[language], cluster.name, `${from}–${lastDay}`], 'cluster-members.xlsx'),
      write: async (out) => {
        const sheet = new XlsxSheetWriter(out, TITLE[language], COLUMNS, language);
        for (const member of members) sheet.add({ member, language });
        await sheet.end();
      },
    };
  }
}
