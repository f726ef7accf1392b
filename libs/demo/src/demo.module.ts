import { Module } from '@nestjs/common';
import { IdentityModule } from '@chainq/identity';
import { DocumentsModule } from '@chainq/documents';
import { RegistryModule } from '@chainq/registry';
import { StandardsModule } from '@chainq/standards';
import { DemoSeeder } from './demo-seeder';
import { RegistrySeeder } from './registry-seeder';
import { StandardsSeeder } from './standards-seeder';

@Module({
  imports: [IdentityModule, RegistryModule, DocumentsModule, StandardsModule],
  providers: [DemoSeeder, RegistrySeeder, StandardsSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
