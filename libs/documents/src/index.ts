export * from './attachment';
export * from './content-types';
export * from './document.service';
export * from './documents.module';
export * from './stored-document.entity';
