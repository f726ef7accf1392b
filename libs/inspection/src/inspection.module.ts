import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chainq/identity';
import { NotificationsModule } from '@chainq/notifications';
import { RegistryModule } from '@chainq/registry';
import { InspectionImport, InspectionImportError } from './import/inspection-import.entity';
import { InspectionImportService } from './import/inspection-import.service';
import { InspectionLot } from './inspection-lot.entity';
import { InspectionLotService } from './inspection-lot.service';
import { LotDayTotal } from './lot-day-total.entity';
import { LotRules } from './lot-rules';
import { LotWriter } from './lot-writer';
import { PassRateRollup } from './pass-rate-rollup.entity';
import { PassRateService } from './pass-rate.service';
import { RollupService } from './rollup.service';
import { SamplingStateService } from './switching/sampling-state.service';
import { SwitchingHistoryEntry } from './switching/switching-history.entity';
import { SwitchingNotices } from './switching/switching-notices';
import { SwitchingState } from './switching/switching-state.entity';
import { SwitchingService } from './switching/switching.service';

/** Inspection lots and sampling; pass-rate rollups build on these. */
const SERVICES = [InspectionLotService, InspectionImportService, LotRules, LotWriter, PassRateService, RollupService, SwitchingService, SwitchingNotices, SamplingStateService];

@Module({ imports: [RegistryModule, IdentityModule, NotificationsModule, TypeOrmModule.forFeature([InspectionLot, InspectionImport, InspectionImportError, LotDayTotal, PassRateRollup, SwitchingState, SwitchingHistoryEntry])], providers: SERVICES, exports: SERVICES })
export class InspectionModule {}
