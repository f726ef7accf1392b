import { Module } from '@nestjs/common';
import { IdentityModule } from '@chainq/identity';
import { DocumentsModule } from '@chainq/documents';
import { QualityModule } from '@chainq/quality';
import { RegistryModule } from '@chainq/registry';
import { StandardsModule } from '@chainq/standards';
import { DemoSeeder } from './demo-seeder';
import { QualitySeeder } from './quality-seeder';
import { RegistrySeeder } from './registry-seeder';
import { StandardsSeeder } from './standards-seeder';

@Module({
  imports: [IdentityModule, RegistryModule, DocumentsModule, StandardsModule, QualityModule],
  providers: [DemoSeeder, RegistrySeeder, StandardsSeeder, QualitySeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
