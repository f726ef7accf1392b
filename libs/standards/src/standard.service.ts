import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { alignTo, badInput, conflict, CoreReason, forbidden, groupTo, isIsoDate, notFound, Page, PageArgs, paginate } from '@chainq/core';
import { CodeReason, parseStandardNumber } from '@chainq/codes';
import { AttachmentKind, DocumentService } from '@chainq/documents';
import { Actor, hasRole, Role } from '@chainq/identity';
import { Standard, StandardRevision } from './standard.entity';
import { actsForOwner, StandardsAccess } from './standards-access';
import { StandardsReason } from './standards-reasons';

export interface NewRevision {
  standardId: string;
  version: string;
  effectiveOn: string;
  changeSummary: string;
  documentId: string;
}

@Injectable()
export class StandardService implements OnModuleInit {
  constructor(
    @InjectRepository(Standard) private readonly standards: Repository<Standard>,
    private readonly dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly access: StandardsAccess,
  ) {}

  /** A revision's document is read by whoever may see the revision. */
  onModuleInit(): void {
    this.documents.registerReader(AttachmentKind.STANDARD_REVISION, (actor, revisionId) => this.canReadRevision(actor, revisionId));
  }

  async create(actor: Actor, input: { number: string; title: string }): Promise<Standard> {
    if (!hasRole(actor, Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.COORDINATOR)) {
      throw forbidden('Standards are owned by an enterprise (its admins and quality engineers) or a regulator office (its coordinators)', { reason: StandardsReason.CannotOwnStandards });
    }
    const parsed = parseStandardNumber(input.number);
    if (!parsed.ok) throw badInput('number', parsed.error, { reason: CodeReason.StandardNumberInvalid });
    const title = input.title.trim();
    if (!title) throw badInput('title', 'must not be empty', { reason: CoreReason.Required });
    const number = parsed.value.normalized;
    if (await this.standards.existsBy({ ownerOrganisationId: actor.organisationId, number })) {
      throw conflict(`Your organisation already has standard ${number}; publish a new revision of it instead`, { reason: StandardsReason.StandardAlreadyExists, field: 'number' });
    }
    return this.standards.save(this.standards.create({ number, kind: parsed.value.kind, title, ownerOrganisationId: actor.organisationId }));
  }

  /** A new revision with its document (uploaded first through POST /files). */
  async publish(actor: Actor, input: NewRevision): Promise<StandardRevision> {
    const standard = await this.get(actor, input.standardId);
    if (!actsForOwner(actor, standard.ownerOrganisationId)) throw forbidden("Only the standard's owner publishes revisions", { reason: StandardsReason.StandardOwnerStaffOnly });
    const version = input.version.trim();
    if (!version || version.length > 40) throw badInput('version', 'must be 1 to 40 characters, e.g. B or 2026.1', { reason: StandardsReason.RevisionVersionInvalid });
    if (!isIsoDate(input.effectiveOn)) throw badInput('effectiveOn', 'must be a date such as 2026-12-01', { reason: CoreReason.DateOutOfRange });
    const changeSummary = input.changeSummary.trim();
    if (!changeSummary) throw badInput('changeSummary', 'say what changed: recipients see it', { reason: CoreReason.Required });
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(StandardRevision, { standardId: standard.id, version })) {
        throw conflict(`Revision ${version} of ${standard.number} already exists`, { reason: StandardsReason.RevisionAlreadyExists, field: 'version' });
      }
      const id = randomUUID();
      await this.documents.attach(actor, input.documentId, 'documentId', m, { kind: AttachmentKind.STANDARD_REVISION, id });
      return m.save(StandardRevision, m.create(StandardRevision, { id, standardId: standard.id, version, effectiveOn: input.effectiveOn, changeSummary, documentId: input.documentId, publishedBy: actor.userId }));
    });
  }

  async get(actor: Actor, id: string): Promise<Standard> {
    const filter = await this.access.standards(actor, 's');
    const standard = await this.standards.createQueryBuilder('s').where('s.id = :id', { id }).andWhere(filter.sql, filter.params).getOne();
    if (!standard) throw notFound('Standard');
    return standard;
  }

  async list(actor: Actor, page: PageArgs): Promise<Page<Standard>> {
    const filter = await this.access.standards(actor, 's');
    return paginate(this.standards.createQueryBuilder('s').where(filter.sql, filter.params), page, { property: 's.createdAt', value: (s) => s.createdAt, direction: 'DESC' });
  }

  async findByIds(ids: readonly string[]): Promise<(Standard | undefined)[]> {
    return alignTo(ids, await this.standards.findBy({ id: In([...ids]) }), (s) => s.id);
  }

  async revisionsByIds(ids: readonly string[]): Promise<(StandardRevision | undefined)[]> {
    return alignTo(ids, await this.dataSource.getRepository(StandardRevision).findBy({ id: In([...ids]) }), (r) => r.id);
  }

  async revisionsOf(standardIds: readonly string[]): Promise<StandardRevision[][]> {
    const rows = await this.dataSource.getRepository(StandardRevision).find({ where: { standardId: In([...standardIds]) }, order: { publishedAt: 'ASC' } });
    return groupTo(standardIds, rows, (r) => r.standardId);
  }

  async revision(actor: Actor, revisionId: string): Promise<{ revision: StandardRevision; standard: Standard }> {
    const revision = await this.dataSource.getRepository(StandardRevision).findOneBy({ id: revisionId });
    if (!revision) throw notFound('Standard revision');
    return { revision, standard: await this.get(actor, revision.standardId).catch(() => Promise.reject(notFound('Standard revision'))) };
  }

  /** Downloads are authorised like the standard: a revision of a standard the caller may see. */
  async canReadRevision(actor: Actor, revisionId: string): Promise<boolean> {
    const filter = await this.access.standards(actor, 's');
    return this.dataSource
      .getRepository(StandardRevision)
      .createQueryBuilder('r')
      .innerJoin(Standard, 's', 's.id = r.standard_id')
      .where('r.id = :revisionId', { revisionId })
      .andWhere(filter.sql, filter.params)
      .getExists();
  }
}
