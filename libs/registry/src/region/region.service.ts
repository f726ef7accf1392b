import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { alignTo, badInput } from '@chainq/core';
import { CodeReason, parseDivisionCode } from '@chainq/codes';
import { Region, RegionLevel } from './region.entity';
import { RegistryReason } from '../registry-reasons';

@Injectable()
export class RegionService {
  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  /** Children of a division (provinces when no parent), or one code's row. */
  list(filter: { parentCode?: string | null; code?: string | null; level?: RegionLevel | null }): Promise<Region[]> {
    const query = this.regions.createQueryBuilder('r').orderBy('r.code');
    if (filter.code) query.andWhere('r.code = :code', { code: filter.code });
    else if (filter.parentCode) query.andWhere('r.parentCode = :parent', { parent: filter.parentCode });
    else if (!filter.level) query.andWhere('r.parentCode IS NULL');
    if (filter.level) query.andWhere('r.level = :level', { level: filter.level });
    return query.getMany();
  }

  /** A division that must exist (and, if given, be of that level); the error names the field. */
  async require(code: string, field: string, level?: RegionLevel): Promise<Region> {
    const parsed = parseDivisionCode(code);
    if (!parsed.ok) throw badInput(field, parsed.error, { reason: CodeReason.DivisionCodeInvalid });
    const region = await this.regions.findOneBy({ code: parsed.value.code });
    if (!region) throw badInput(field, `${parsed.value.code} is not a GB/T 2260 division code in the current list`, { reason: RegistryReason.UnknownRegion });
    if (level && region.level !== level) throw badInput(field, `${region.code} ${region.name} is a ${region.level.toLowerCase()}, not a ${level.toLowerCase()}`, { reason: RegistryReason.RegionWrongLevel });
    return region;
  }

  async findByCodes(codes: readonly string[]): Promise<(Region | undefined)[]> {
    return alignTo(codes, await this.regions.findBy({ code: In([...codes]) }), (r) => r.code);
  }
}
