import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@chainq/documents';
import { NotificationsModule } from '@chainq/notifications';
import { RegistryModule } from '@chainq/registry';
import { ActionClockService } from './action-clock.service';
import { ActionEvent } from './action-event.entity';
import { ActionPolicy } from './action-policy.entity';
import { ActionStep } from './action-step.entity';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionService } from './corrective-action.service';
import { DefectCodeService } from './defect-code.service';
import { QualityAccess } from './quality-access';
import { QualityInsightsService } from './quality-insights.service';
import { DefectCode, QualityIssue } from './quality-issue.entity';
import { QualityIssueService } from './quality-issue.service';

const SERVICES = [ActionClockService, CorrectiveActionService, DefectCodeService, QualityAccess, QualityInsightsService, QualityIssueService];

/** Quality issues, 8D corrective actions, their clocks, and cross-supplier views. */
@Module({
  imports: [DocumentsModule, NotificationsModule, RegistryModule, TypeOrmModule.forFeature([ActionEvent, ActionPolicy, ActionStep, CorrectiveAction, DefectCode, QualityIssue])],
  providers: SERVICES,
  exports: SERVICES,
})
export class QualityModule {}
