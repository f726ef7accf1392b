import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportFormat, ImportStatus } from '@chainq/inspection';

registerEnumType(ImportStatus, { name: 'ImportStatus', description: 'FAILED: the file as a whole could not be read past some point (see error)' });
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
  @Field(() => String, { nullable: true, description: 'Why reading the file stopped (status FAILED)' }) error: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}
