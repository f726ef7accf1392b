import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { alignTo, badInput, CoreReason, forbidden, notFound, Page, PageArgs, paginate } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { IndustryChainService, RegistryReason } from '@chainq/registry';
import { QualityAccess } from './quality-access';
import { DefectCodeService } from './defect-code.service';
import { IssueSource, IssueStatus, QualityIssue, Severity } from './quality-issue.entity';

export interface NewIssue {
  chainId: string;
  title: string;
  description: string;
  defectCode: string;
  severity: Severity;
  source: IssueSource;
  detectedAt: Date;
}

export interface IssueFilter {
  chainId?: string | null;
  supplierEnterpriseId?: string | null;
  status?: IssueStatus | null;
  severity?: Severity | null;
  defectCode?: string | null;
  /** With an open action past a step's clock. */
  overdue?: boolean | null;
}

@Injectable()
export class QualityIssueService {
  constructor(
    @InjectRepository(QualityIssue) private readonly issues: Repository<QualityIssue>,
    private readonly chains: IndustryChainService,
    private readonly access: QualityAccess,
    private readonly defectCodes: DefectCodeService,
  ) {}

  /** The leader records a problem found in its chain. */
  async report(actor: Actor, input: NewIssue, manager: EntityManager = this.issues.manager): Promise<QualityIssue> {
    const chain = await this.chains.get(actor, input.chainId);
    if (!this.access.actsForLeader(actor, chain.leaderEnterpriseId)) throw forbidden("Only the chain leader's admins and quality engineers report chain issues", { reason: RegistryReason.LeaderStaffOnly });
    if (!input.title.trim()) throw badInput('title', 'must not be empty', { reason: CoreReason.Required });
    if (input.detectedAt.getTime() > Date.now() + 60_000) throw badInput('detectedAt', 'is in the future', { reason: CoreReason.DateInFuture });
    const code = await this.defectCodes.usable(chain.id, input.defectCode, manager);
    return manager.save(QualityIssue, manager.create(QualityIssue, { ...input, title: input.title.trim(), description: input.description.trim(), defectCode: code, reportedBy: actor.userId }));
  }

  async get(actor: Actor, id: string): Promise<QualityIssue> {
    const filter = await this.access.issues(actor, 'i');
    const issue = await this.issues.createQueryBuilder('i').where('i.id = :id', { id }).andWhere(new Brackets((q) => q.where(filter.sql, filter.params))).getOne();
    if (!issue) throw notFound('Quality issue');
    return issue;
  }

  async list(actor: Actor, filter: IssueFilter, page: PageArgs): Promise<Page<QualityIssue>> {
    const visible = await this.access.issues(actor, 'i');
    const query = this.issues.createQueryBuilder('i').where(new Brackets((q) => q.where(visible.sql, visible.params)));
    if (filter.chainId) query.andWhere('i.chainId = :chainId', { chainId: filter.chainId });
    if (filter.severity) query.andWhere('i.severity = :severity', { severity: filter.severity });
    if (filter.defectCode) query.andWhere('i.defectCode = :code', { code: filter.defectCode.toUpperCase() });
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    if (filter.supplierEnterpriseId) {
      query.andWhere('i.id IN (SELECT a.issue_id FROM corrective_actions a WHERE a.supplier_enterprise_id = :supplier)', { supplier: filter.supplierEnterpriseId });
    }
    if (filter.overdue) {
      query.andWhere(`i.id IN (SELECT a.issue_id FROM corrective_actions a JOIN corrective_action_steps s ON s.action_id = a.id
                                WHERE a.status = 'OPEN' AND s.due_at < now() AND s.status NOT IN ('SUBMITTED', 'APPROVED'))`);
    }
    return paginate(query, page, { property: 'i.detectedAt', value: (i) => i.detectedAt, direction: 'DESC' });
  }

  async findByIds(ids: readonly string[]): Promise<(QualityIssue | undefined)[]> {
    return alignTo(ids, await this.issues.findBy({ id: In([...ids]) }), (i) => i.id);
  }
}
