import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { alignTo, badInput, conflict, CoreReason } from '@chainq/core';
import { usccReason, validateUscc } from '@chainq/codes';
import { Organisation } from './organisation.entity';
import { OrganisationKind } from './role';
import { IdentityReason } from './identity-reasons';

export interface NewOrganisation {
  kind: OrganisationKind;
  name: string;
  uscc?: string | null;
}

@Injectable()
export class OrganisationService {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  /** Platform-internal creation (CLI, seed, the registry); callers check permissions. */
  async create(input: NewOrganisation, manager: EntityManager = this.organisations.manager): Promise<Organisation> {
    const organisations = manager.getRepository(Organisation);
    const name = input.name.trim();
    if (!name) throw badInput('name', 'must not be empty', { reason: CoreReason.Required });
    let uscc: string | null = null;
    if (input.kind === OrganisationKind.ENTERPRISE) {
      if (!input.uscc) throw badInput('uscc', 'is required for an enterprise', { reason: CoreReason.Required });
      const check = validateUscc(input.uscc);
      if (!check.valid) throw badInput('uscc', check.errors.join('; '), { reason: usccReason(check) });
      uscc = check.normalized;
      if (await organisations.existsBy({ uscc })) {
        throw conflict(`An enterprise with unified social credit code ${uscc} already exists`, { reason: IdentityReason.UsccAlreadyRegistered, field: 'uscc' });
      }
    } else if (input.uscc) {
      throw badInput('uscc', 'only enterprises carry a unified social credit code', { reason: IdentityReason.UsccOnlyForEnterprises });
    }
    return organisations.save(organisations.create({ kind: input.kind, name, uscc }));
  }

  async rename(id: string, name: string, manager: EntityManager = this.organisations.manager): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) throw badInput('name', 'must not be empty', { reason: CoreReason.Required });
    await manager.update(Organisation, id, { name: trimmed });
  }

  findById(id: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ id });
  }

  findByName(kind: OrganisationKind, name: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ kind, name });
  }

  findByUscc(uscc: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ uscc });
  }

  /** For DataLoaders: one query for many ids, in the order asked. */
  async findByIds(ids: readonly string[]): Promise<(Organisation | undefined)[]> {
    return alignTo(ids, await this.organisations.findBy({ id: In([...ids]) }), (o) => o.id);
  }
}
