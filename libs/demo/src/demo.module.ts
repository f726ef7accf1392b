import { Module } from '@nestjs/common';
import { IdentityModule } from '@chainq/identity';
import { RegistryModule } from '@chainq/registry';
import { DemoSeeder } from './demo-seeder';
import { RegistrySeeder } from './registry-seeder';

@Module({ imports: [IdentityModule, RegistryModule], providers: [DemoSeeder, RegistrySeeder], exports: [DemoSeeder] })
export class DemoModule {}
