import { Args, ID, Int, Parent, ResolveField, Resolver, Query } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { InspectionImport, InspectionImportService } from '@chainq/inspection';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ImportRowError, InspectionImportModel } from './inspection-import.graphql';

@Resolver(() => InspectionImportModel)
export class InspectionImportResolver {
  constructor(private readonly imports: InspectionImportService) {}

  @Query(() => InspectionImportModel, { description: 'Progress and counts of a file import you uploaded (POST /inspection-imports)' })
  inspectionImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.imports.get(actor, id);
  }

  @ResolveField(() => [ImportRowError], { description: 'The first refused rows, in file order; the whole report is errorReportUrl' })
  errors(@Parent() found: InspectionImport, @Args('first', { type: () => Int, defaultValue: 50 }) first: number) {
    return this.imports.rowErrors(found.id, Math.min(Math.max(first, 0), 500));
  }

  @ResolveField(() => String, { description: 'CSV of every refused row (row, column, message), with your bearer token' })
  errorReportUrl(@Parent() found: InspectionImport) {
    return `/inspection-imports/${found.id}/errors.csv`;
  }
}
