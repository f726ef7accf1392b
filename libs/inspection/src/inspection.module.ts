import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistryModule } from '@chainq/registry';
import { InspectionLot } from './inspection-lot.entity';
import { InspectionLotService } from './inspection-lot.service';

/** Inspection lots and sampling; pass-rate rollups build on these. */
@Module({ imports: [RegistryModule, TypeOrmModule.forFeature([InspectionLot])], providers: [InspectionLotService], exports: [InspectionLotService] })
export class InspectionModule {}
