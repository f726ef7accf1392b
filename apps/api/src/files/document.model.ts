import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { StoredDocument } from '@chainq/documents';

@ObjectType('Document')
export class DocumentModel {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() sha256: string;
  @Field({ description: 'GET it with the same bearer token' }) downloadPath: string;
}

/** Documents as the schema shows them, in the order asked for; ids no longer stored are left out. */
export function documentModels(found: readonly (StoredDocument | Error | undefined)[]): DocumentModel[] {
  return found.flatMap((d) => (d && !(d instanceof Error) ? [{ ...d, downloadPath: `/files/${d.id}` }] : []));
}
