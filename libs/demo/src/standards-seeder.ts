import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chinaDay } from '@chainq/core';
import { DocumentService } from '@chainq/documents';
import { Actor } from '@chainq/identity';
import {
  AcknowledgementAction,
  AcknowledgementService,
  DistributionAudience,
  DistributionService,
  StandardAcknowledgement,
  StandardService,
} from '@chainq/standards';
import { demoPdf } from './demo-pdf';

/**
 * The leader's enterprise standard in two revisions along its tiers, with
 * mixed progress, and a wire-mesh group standard sent across the Anping
 * cluster by the Hebei office.
 */
@Injectable()
export class StandardsSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly standards: StandardService,
    private readonly distributions: DistributionService,
    private readonly acknowledgements: AcknowledgementService,
  ) {}

  async seed(actors: Map<string, Actor>, enterprises: Map<string, string>, chainId: string, anpingClusterId: string): Promise<void> {
    const leader = actors.get('leader')!;
    const spec = await this.standards.create(leader, { number: 'Q/HX 105-2024', title: 'Battery pack enclosure mesh: technical requirements' });
    const a = await this.publish(leader, spec.id, 'A', chinaDay(new Date(), -60), 'First issue.');
    await this.distributions.distribute(leader, { revisionId: a, chainId, audience: DistributionAudience.TIERS, tiers: [1, 2], dueOn: chinaDay(new Date(), 1) });
    await this.answer(actors, enterprises, 'battery', a, AcknowledgementAction.ADOPT);
    await this.answer(actors, enterprises, 'castings', a, AcknowledgementAction.ACKNOWLEDGE);
    const b = await this.publish(leader, spec.id, 'B', chinaDay(new Date(), 14), 'Mesh aperture tolerance tightened from ±0.10 mm to ±0.05 mm; salt-spray test extended to 96 h.');
    await this.distributions.distribute(leader, { revisionId: b, chainId, audience: DistributionAudience.ALL_ACTIVE, dueOn: chinaDay(new Date(), 21) });
    await this.answer(actors, enterprises, 'battery', b, AcknowledgementAction.ADOPT);
    await this.answer(actors, enterprises, 'castings', b, AcknowledgementAction.ACKNOWLEDGE);
    await this.answer(actors, enterprises, 'mesh', b, AcknowledgementAction.REQUEST_DEVIATION, 'Our weaving looms hold ±0.08 mm; new looms arrive next quarter.');

    const office = actors.get('hebei')!;
    const group = await this.standards.create(office, { number: 'T/HBSM 012-2025', title: 'Welded wire mesh: quality grading' });
    const g = await this.publish(office, group.id, '2025', chinaDay(new Date(), -30), 'First issue of the cluster grading scheme.');
    await this.distributions.distribute(office, { revisionId: g, clusterId: anpingClusterId, audience: DistributionAudience.CLUSTER, dueOn: chinaDay(new Date(), 10) });
    await this.answer(actors, enterprises, 'mesh', g, AcknowledgementAction.ADOPT);
  }

  private async publish(actor: Actor, standardId: string, version: string, effectiveOn: string, changeSummary: string): Promise<string> {
    const document = await this.documents.store(actor, { stream: demoPdf(`${standardId} ${version}`), fileName: `revision-${version}.pdf`, declaredType: 'application/pdf' });
    return (await this.standards.publish(actor, { standardId, version, effectiveOn, changeSummary, documentId: document.id })).id;
  }

  private async answer(actors: Map<string, Actor>, enterprises: Map<string, string>, key: string, revisionId: string, action: AcknowledgementAction, note?: string): Promise<void> {
    const ack = await this.dataSource.getRepository(StandardAcknowledgement).findOneByOrFail({ revisionId, recipientEnterpriseId: enterprises.get(key)! });
    if (action === AcknowledgementAction.ADOPT) await this.acknowledgements.respond(actors.get(key)!, ack.id, AcknowledgementAction.ACKNOWLEDGE);
    await this.acknowledgements.respond(actors.get(key)!, ack.id, action, note);
  }
}
