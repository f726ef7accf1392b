import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { badInput } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { InspectionLotService } from '@chainq/inspection';
import { CorrectiveActionService, NewIssue, QualityIssue } from '@chainq/quality';
import { InsightsReason } from '../insights-reasons';
import { QualityIssueLot } from '../policy/pass-rate-policy.entity';

/** The most lots one issue is reported with (the input's limit): the evidence, not the whole history. */
export const MAX_LINKED_LOTS = 50;

/**
 * The inspection lots that evidence a quality issue: linked by the leader
 * when it reports the issue, or by the pass-rate policy when a breach
 * raises one. An issue and its lots are written in one transaction.
 */
@Injectable()
export class IssueLotsService {
  constructor(
    @InjectRepository(QualityIssueLot) private readonly links: Repository<QualityIssueLot>,
    private readonly dataSource: DataSource,
    private readonly lots: InspectionLotService,
    private readonly actions: CorrectiveActionService,
  ) {}

  /**
   * Reports the issue, requests an 8D from each supplier named, and links
   * the lots. Each lot must be one of the chain's that the caller may read;
   * otherwise nothing is written and `lotIds[i]` names the first one at fault.
   */
  async report(actor: Actor, input: NewIssue, supplierEnterpriseIds: string[], lotIds: string[]): Promise<QualityIssue> {
    const ids = [...new Set(lotIds)];
    const found = ids.length ? await this.lots.readable(actor, ids) : [];
    const ofChain = new Set(found.filter((l) => l.chainId === input.chainId).map((l) => l.id));
    const stray = lotIds.findIndex((id) => !ofChain.has(id));
    if (stray >= 0) throw badInput(`lotIds[${stray}]`, 'is not an inspection lot of this chain that you may read', { reason: InsightsReason.LotNotOfChain });
    return this.dataSource.transaction(async (m) => {
      const issue = await this.actions.reportWithActions(actor, input, supplierEnterpriseIds, m);
      if (ids.length) await m.insert(QualityIssueLot, ids.map((lotId) => ({ issueId: issue.id, lotId })));
      return issue;
    });
  }

  /** The ids of the lots linked to an issue (the caller's reading of them is the lot service's). */
  async lotIdsOf(issueId: string): Promise<string[]> {
    return (await this.links.find({ where: { issueId }, select: { lotId: true } })).map((l) => l.lotId);
  }
}
