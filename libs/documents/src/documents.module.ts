import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentService } from './document.service';
import { StoredDocument } from './stored-document.entity';

@Module({ imports: [TypeOrmModule.forFeature([StoredDocument])], providers: [DocumentService], exports: [DocumentService] })
export class DocumentsModule {}
