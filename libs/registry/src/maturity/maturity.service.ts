import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { forbidden, groupTo } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { canActForEnterprise } from '../access/registry-scope';
import { EnterpriseService } from '../enterprise/enterprise.service';
import { MaturityAssessment } from './maturity-assessment.entity';
import { DEFAULT_MATURITY_MODEL, MaturityModel } from './maturity-model.data';
import { scoreMaturity } from './maturity-scoring';
import { RegistryReason } from '../registry-reasons';

@Injectable()
export class MaturityService {
  readonly model: MaturityModel = DEFAULT_MATURITY_MODEL;

  constructor(
    @InjectRepository(MaturityAssessment) private readonly assessments: Repository<MaturityAssessment>,
    private readonly enterprises: EnterpriseService,
  ) {}

  /** `at` is now, except in a seeded history. */
  async submit(actor: Actor, enterpriseId: string, scores: Record<string, number>, at?: Date): Promise<MaturityAssessment> {
    await this.enterprises.get(actor, enterpriseId);
    if (!canActForEnterprise(actor, enterpriseId)) throw forbidden("Only the enterprise's admins and quality engineers assess it", { reason: RegistryReason.OwnEnterpriseStaffOnly });
    const { score, level } = scoreMaturity(this.model, scores);
    return this.assessments.save(
      this.assessments.create({ enterpriseId, modelVersion: this.model.version, scores, score, level, submittedBy: actor.userId, ...(at && { submittedAt: at }) }),
    );
  }

  /** For loaders: each enterprise's assessments, oldest first (the last is the current level). */
  async historyOf(enterpriseIds: readonly string[]): Promise<MaturityAssessment[][]> {
    const rows = await this.assessments
      .createQueryBuilder('a')
      .where('a.enterpriseId IN (:...ids)', { ids: [...enterpriseIds] })
      .orderBy('a.submittedAt', 'ASC')
      .getMany();
    return groupTo(enterpriseIds, rows, (a) => a.enterpriseId);
  }

  async ownedBy(enterpriseId: string, id: string): Promise<boolean> {
    return this.assessments.existsBy({ id, enterpriseId });
  }
}
