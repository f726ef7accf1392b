import { Module } from '@nestjs/common';
import { IdentityModule } from '@chainq/identity';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [IdentityModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
