import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistryModule } from '@chainq/registry';
import { InspectionLot } from './inspection-lot.entity';
import { InspectionLotService } from './inspection-lot.service';
import { PassRateRollup } from './pass-rate-rollup.entity';
import { PassRateService } from './pass-rate.service';
import { RollupService } from './rollup.service';

/** Inspection lots and sampling; pass-rate rollups build on these. */
const SERVICES = [InspectionLotService, PassRateService, RollupService];

@Module({ imports: [RegistryModule, TypeOrmModule.forFeature([InspectionLot, PassRateRollup])], providers: SERVICES, exports: SERVICES })
export class InspectionModule {}
