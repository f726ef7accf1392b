import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { forbidden, notFound, Page, PageArgs, paginate } from '@chainq/core';
import { Actor, hasRole, isPlatformAdmin, OrganisationKind, Role } from '@chainq/identity';
import { ChainMembership, IndustryChain, IndustryChainService, RegistryReason } from '@chainq/registry';
import { SamplingPlan } from '@chainq/sampling';
import { InspectionLot, LotDecision } from '../inspection-lot.entity';
import { approveReduced, eligibleForReduced, initialRecord, PlanProbe, planForNextLot, recordOf, resumed, SwitchingRecord } from './switching-lots.rule';
import { SwitchingState } from './switching-state.entity';

/** One supplier's part in one chain. */
export interface PartKey {
  chainId: string;
  supplierEnterpriseId: string;
  partNumber: string;
}

/** A part's switching state as its readers see it. */
export interface SamplingStateView extends SwitchingRecord, PartKey {
  /** `<chainId>:<supplierId>:<partNumber>`: the same whether or not a lot has reached the part yet. */
  id: string;
  eligibleForReduced: boolean;
  /** The "2 of 5" window under normal inspection, oldest first. */
  recentDecisions: LotDecision[];
  /** Null for a part no incoming lot has reached yet. */
  updatedAt: Date | null;
}

// Used to ask the sampling library whether it gives reduced plans when the part's last lot had no plan.
const TYPICAL_PLAN: PlanProbe = { lotSize: 1000, level: 'II', aql: '1.0' };

function view(key: PartKey, record: SwitchingRecord, updatedAt: Date | null): SamplingStateView {
  return {
    id: `${key.chainId}:${key.supplierEnterpriseId}:${key.partNumber}`,
    chainId: key.chainId,
    supplierEnterpriseId: key.supplierEnterpriseId,
    partNumber: key.partNumber,
    ...recordOf(record),
    eligibleForReduced: eligibleForReduced(record),
    recentDecisions: record.recentResults.map((r) => (r === 'ACCEPTED' ? LotDecision.ACCEPT : LotDecision.REJECT)),
    updatedAt,
  };
}

const stateView = (state: SwitchingState): SamplingStateView => view(state, state, state.updatedAt);

/**
 * Reading and steering the switching state of a supplier's part. The chain
 * leader's users and platform admins read every part of the chain, a
 * supplier its own parts; anyone else gets NOT_FOUND. Only the leader's
 * admins and quality engineers approve reduced inspection or resume it.
 */
@Injectable()
export class SamplingStateService {
  constructor(
    @InjectRepository(SwitchingState) private readonly states: Repository<SwitchingState>,
    private readonly dataSource: DataSource,
    private readonly chains: IndustryChainService,
  ) {}

  async get(actor: Actor, key: PartKey): Promise<SamplingStateView> {
    const part = normalised(key);
    await this.readable(actor, part);
    const state = await this.states.findOneBy(part);
    return state ? stateView(state) : view(part, initialRecord(), null);
  }

  async list(actor: Actor, chainId: string, supplierEnterpriseId: string | null, page: PageArgs): Promise<Page<SamplingStateView>> {
    const chain = await this.chains.get(actor, chainId);
    const asLeader = isPlatformAdmin(actor) || actor.organisationId === chain.leaderEnterpriseId;
    // Past chains.get an enterprise that is not the leader is one of the chain's suppliers.
    if (!asLeader && actor.organisationKind !== OrganisationKind.ENTERPRISE) throw notFound('Industry chain');
    const query = this.states.createQueryBuilder('s').where('s.chainId = :chainId', { chainId: chain.id });
    if (!asLeader) query.andWhere('s.supplierEnterpriseId = :own', { own: actor.organisationId });
    if (supplierEnterpriseId) query.andWhere('s.supplierEnterpriseId = :supplier', { supplier: supplierEnterpriseId });
    const found = await paginate(query, page, { property: 's.partNumber', value: (s) => s.partNumber, direction: 'ASC', key: 'text' });
    return { ...found, edges: found.edges.map((e) => ({ cursor: e.cursor, node: stateView(e.node) })) };
  }

  /** The plan for the part's next lot at its current severity. */
  nextPlan(state: Pick<SamplingStateView, 'severity' | 'discontinued'>, request: PlanProbe): SamplingPlan {
    return planForNextLot(state, request);
  }

  /** Records the leader's approval; the part switches to reduced at its next accepted lot (see `approveReduced`). */
  async approveReducedInspection(actor: Actor, key: PartKey): Promise<SamplingStateView> {
    const part = normalised(key);
    this.assertLeaderActs(actor, await this.readable(actor, part));
    return this.dataSource.transaction(async (m) => {
      const state = await this.locked(m, part);
      const record = approveReduced(state ?? initialRecord(), await this.probeFor(m, state), actor.userId, new Date());
      // A part no lot has reached has a score of 0, refused above: the state exists here.
      return this.save(m, state!, record);
    });
  }

  /** After the supplier's corrective action: inspection restarts at tightened (GB/T 2828.1 as generally quoted). */
  async resumeInspection(actor: Actor, key: PartKey): Promise<SamplingStateView> {
    const part = normalised(key);
    this.assertLeaderActs(actor, await this.readable(actor, part));
    return this.dataSource.transaction(async (m) => {
      const state = await this.locked(m, part);
      const record = resumed(state ?? initialRecord(), actor.userId, new Date());
      // A part no lot has reached is not discontinued, refused above: the state exists here.
      return this.save(m, state!, record);
    });
  }

  /** The chain, when the caller may read this part's state; NOT_FOUND otherwise. */
  private async readable(actor: Actor, part: PartKey): Promise<IndustryChain> {
    const chain = await this.chains.get(actor, part.chainId);
    const asLeader = isPlatformAdmin(actor) || actor.organisationId === chain.leaderEnterpriseId;
    const asSupplier = actor.organisationId === part.supplierEnterpriseId;
    if (!asLeader && !asSupplier) throw notFound('Sampling state');
    const member = await this.dataSource.getRepository(ChainMembership).existsBy({ chainId: chain.id, supplierEnterpriseId: part.supplierEnterpriseId });
    if (!member) throw notFound('Sampling state');
    return chain;
  }

  private assertLeaderActs(actor: Actor, chain: IndustryChain): void {
    if (actor.organisationId !== chain.leaderEnterpriseId || !hasRole(actor, Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER)) {
      throw forbidden("Only the chain leader's admins and quality engineers approve reduced inspection or resume inspection", { reason: RegistryReason.LeaderStaffOnly });
    }
  }

  private locked(m: EntityManager, part: PartKey): Promise<SwitchingState | null> {
    return m.createQueryBuilder(SwitchingState, 's').where(part).setLock('pessimistic_write').getOne();
  }

  /** The part's last lot's plan, or a typical one when it had none. */
  private async probeFor(m: EntityManager, state: SwitchingState | null): Promise<PlanProbe> {
    if (!state?.lastLotId) return TYPICAL_PLAN;
    const lot = await m.findOne(InspectionLot, { where: { id: state.lastLotId }, select: { id: true, lotSize: true, inspectionLevel: true, aql: true } });
    return lot?.aql ? { lotSize: lot.lotSize, level: lot.inspectionLevel ?? 'II', aql: lot.aql } : TYPICAL_PLAN;
  }

  private async save(m: EntityManager, state: SwitchingState, record: SwitchingRecord): Promise<SamplingStateView> {
    await m.update(SwitchingState, state.id, recordOf(record));
    return stateView((await m.findOneBy(SwitchingState, { id: state.id }))!);
  }
}

/** Lots are stored with trimmed part numbers. */
const normalised = (key: PartKey): PartKey => ({ chainId: key.chainId, supplierEnterpriseId: key.supplierEnterpriseId, partNumber: key.partNumber.trim() });
