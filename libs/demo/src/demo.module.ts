import { Module } from '@nestjs/common';
import { CreditModule } from '@chainq/credit';
import { IdentityModule } from '@chainq/identity';
import { DocumentsModule } from '@chainq/documents';
import { InsightsModule } from '@chainq/insights';
import { InspectionModule } from '@chainq/inspection';
import { QualityModule } from '@chainq/quality';
import { RegistryModule } from '@chainq/registry';
import { StandardsModule } from '@chainq/standards';
import { CreditSeeder } from './credit-seeder';
import { DemoSeeder } from './demo-seeder';
import { InspectionSeeder } from './inspection-seeder';
import { QualitySeeder } from './quality-seeder';
import { RegistrySeeder } from './registry-seeder';
import { StandardsSeeder } from './standards-seeder';

@Module({
  imports: [CreditModule, IdentityModule, RegistryModule, DocumentsModule, StandardsModule, QualityModule, InspectionModule, InsightsModule],
  providers: [CreditSeeder, DemoSeeder, RegistrySeeder, StandardsSeeder, QualitySeeder, InspectionSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
