import { Actor } from '@chainq/identity';

/**
 * What a document can be attached to. The lib that owns the target decides
 * who may read it and tells DocumentService through `registerReader`.
 */
export enum AttachmentKind {
  /** A standard revision's text (libs/standards). */
  STANDARD_REVISION = 'STANDARD_REVISION',
  /** Evidence in an 8D comment (libs/quality). */
  CORRECTIVE_ACTION = 'CORRECTIVE_ACTION',
  /** A supplier's qualification documents for one chain membership (libs/registry). */
  MEMBERSHIP = 'MEMBERSHIP',
}

export interface AttachmentTarget {
  kind: AttachmentKind;
  id: string;
}

/** Whether `actor` may read the target `targetId` of one kind, by its owner's scope rules. */
export type AttachmentReader = (actor: Actor, targetId: string) => Promise<boolean>;
