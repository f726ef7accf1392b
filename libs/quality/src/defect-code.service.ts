import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, QueryFailedError, Repository } from 'typeorm';
import { badInput, conflict, CoreReason, forbidden, notFound } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { IndustryChainService, RegistryReason } from '@chainq/registry';
import { QualityAccess } from './quality-access';
import { DefectCode } from './quality-issue.entity';
import { QualityReason } from './quality-reasons';

/** A code as the picker shows it: the shared list's and the chain's own together. */
export interface DefectCodeView {
  id: string;
  code: string;
  name: string;
  /** From the shared list every chain starts from (fixed), rather than the chain's own. */
  shared: boolean;
  retiredAt: Date | null;
  createdAt: Date;
}

const CODE = /^[A-Z0-9-]{2,20}$/;
const NAME_MAX = 100;
const UNIQUE_VIOLATION = '23505';

/**
 * The defect taxonomy a chain's issues are coded with: the shared list (no
 * chain) plus the chain's own codes, which its leader adds and retires. A
 * retired code stays on the issues that used it; a new issue cannot use it.
 */
@Injectable()
export class DefectCodeService {
  constructor(
    @InjectRepository(DefectCode) private readonly codes: Repository<DefectCode>,
    private readonly chains: IndustryChainService,
    private readonly access: QualityAccess,
  ) {}

  /** The shared codes and the chain's own, shared first then by code; retired ones only when asked. Anyone who may see the chain. */
  async list(actor: Actor, chainId: string, includeRetired = false): Promise<DefectCodeView[]> {
    const chain = await this.chains.get(actor, chainId);
    const query = this.codes
      .createQueryBuilder('d')
      .where('(d.chainId IS NULL OR d.chainId = :chainId)', { chainId: chain.id })
      .orderBy('d.chainId IS NULL', 'DESC')
      .addOrderBy('d.code');
    if (!includeRetired) query.andWhere('d.retiredAt IS NULL');
    return (await query.getMany()).map(view);
  }

  /**
   * Adds a code to the chain's own list (the leader's admins and quality
   * engineers). Adding a code the chain retired brings it back under the
   * name given now; a code already in use, or in the shared list, is refused.
   */
  async add(actor: Actor, chainId: string, code: string, name: string): Promise<DefectCodeView> {
    const chain = await this.leaderChain(actor, chainId, 'extend');
    const normalized = code.trim().toUpperCase();
    if (!CODE.test(normalized)) throw badInput('code', 'use 2 to 20 letters, digits or hyphens, e.g. BAT-SEAL', { reason: QualityReason.DefectCodeFormat });
    const label = name.trim();
    if (!label) throw badInput('name', 'must not be empty', { reason: CoreReason.Required });
    if (label.length > NAME_MAX) throw badInput('name', `at most ${NAME_MAX} characters`, { reason: CoreReason.TooLong, max: NAME_MAX });
    try {
      return await this.codes.manager.transaction(async (m) => {
        if (await m.existsBy(DefectCode, { chainId: IsNull(), code: normalized })) throw taken(normalized, 'is in the shared list already');
        const existing = await m.findOne(DefectCode, { where: { chainId: chain.id, code: normalized }, lock: { mode: 'pessimistic_write' } });
        if (existing && !existing.retiredAt) throw taken(normalized, "is in this chain's list already");
        if (existing) return view(await this.restore(m, existing, label));
        return view(await m.save(DefectCode, m.create(DefectCode, { chainId: chain.id, code: normalized, name: label })));
      });
    } catch (error) {
      // Two adds of one new code at once: the unique index lets one through.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) throw taken(normalized, "is in this chain's list already");
      throw error;
    }
  }

  /** Retires one of the chain's own codes (the shared list is fixed); retiring a retired code changes nothing. */
  async retire(actor: Actor, id: string): Promise<DefectCodeView> {
    const found = await this.codes.findOneBy({ id });
    // A shared code is visible to all; a chain's code only to those who may see its chain.
    if (found?.chainId) await this.leaderChain(actor, found.chainId, 'retire codes of');
    if (!found) throw notFound('Defect code');
    if (!found.chainId) throw forbidden('The shared defect codes are the same for every chain and cannot be retired', { reason: QualityReason.SharedDefectCodeFixed });
    if (!found.retiredAt) await this.codes.update(found.id, { retiredAt: new Date() });
    return view(await this.codes.findOneByOrFail({ id }));
  }

  /** The code a new issue in the chain may carry, or a BAD_USER_INPUT on `defectCode` saying why not. */
  async usable(chainId: string, code: string, manager: EntityManager = this.codes.manager): Promise<string> {
    const normalized = code.trim().toUpperCase();
    const known = await manager.findOne(DefectCode, { where: [{ chainId, code: normalized }, { chainId: IsNull(), code: normalized }] });
    if (!known) throw badInput('defectCode', `${normalized} is neither in the shared list nor in this chain's taxonomy`, { reason: QualityReason.UnknownDefectCode });
    if (known.retiredAt) throw badInput('defectCode', `${normalized} was retired from this chain's taxonomy`, { reason: QualityReason.DefectCodeRetired });
    return normalized;
  }

  private async restore(m: EntityManager, code: DefectCode, name: string): Promise<DefectCode> {
    await m.update(DefectCode, code.id, { name, retiredAt: null });
    return m.findOneByOrFail(DefectCode, { id: code.id });
  }

  private async leaderChain(actor: Actor, chainId: string, verb: string) {
    const chain = await this.chains.get(actor, chainId);
    if (!this.access.actsForLeader(actor, chain.leaderEnterpriseId)) {
      throw forbidden(`Only the chain leader's admins and quality engineers ${verb} its defect taxonomy`, { reason: RegistryReason.LeaderStaffOnly });
    }
    return chain;
  }
}

const taken = (code: string, where: string) => conflict(`${code} ${where}`, { reason: QualityReason.DefectCodeTaken, field: 'code' });

const view = (d: DefectCode): DefectCodeView => ({ id: d.id, code: d.code, name: d.name, shared: d.chainId === null, retiredAt: d.retiredAt, createdAt: d.createdAt });
