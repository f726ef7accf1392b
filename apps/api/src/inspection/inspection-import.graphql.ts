import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportFormat, ImportStatus } from '@chainq/inspection';

registerEnumType(ImportStatus, { name: 'ImportStatus', description: 'FAILED: the import could not finish (see error): the file could not be read past some point, or the worker gave up on it; the rows before that point landed' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Line (CSV) or sheet row (XLSX), header row = 1' }) row: number;
  @Field({ description: 'The file column at fault' }) field: string;
  @Field() message: string;
}

@ObjectType('InspectionImport')
export class InspectionImportModel {
  @Field(() => ID) id: string;
  @Field(() => ID) chainId: string;
  @Field() fileName: string;
  @Field(() => ImportFormat) format: ImportFormat;
  @Field(() => Int) sizeBytes: number;
  @Field(() => ImportStatus) status: ImportStatus;
  @Field(() => Int, { description: 'Data rows read so far' }) rowsRead: number;
  @Field(() => Int, { description: 'New lots written' }) rowsInserted: number;
  @Field(() => Int, { description: 'Lots already recorded (same supplier, lot number, stage, submission)' }) rowsDuplicate: number;
  @Field(() => Int, { description: 'Rows refused; each reason is in the error report' }) rowsInvalid: number;
  @Field(() => String, { nullable: true, description: 'Why the import could not finish (status FAILED)' }) error: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}
