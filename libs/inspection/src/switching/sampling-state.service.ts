import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { badInput, CoreReason, forbidden, notFound, Page, PageArgs, paginate } from '@chainq/core';
import { Actor, hasRole, isPlatformAdmin, OrganisationKind, Role } from '@chainq/identity';
import { ChainMembership, IndustryChain, IndustryChainService, RegistryReason } from '@chainq/registry';
import { SamplingPlan } from '@chainq/sampling';
import { LotDecision } from '../inspection-lot.entity';
import { approveReduced, eligibleForReduced, endedReduced, initialRecord, PlanRequest, planForNextLot, recordOf, resumed, SwitchingRecord } from './switching-lots.rule';
import { ReducedEndReason, SwitchingHistoryEntry, SwitchingHistoryEvent } from './switching-history.entity';
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
  /** The stored state's id, null for a part no incoming lot has reached yet (it has no history). */
  stateId: string | null;
}

/** One step of a part's history, newest first when listed. */
export type SwitchingHistoryView = Pick<SwitchingHistoryEntry, 'id' | 'event' | 'severity' | 'lotId' | 'lotNumber' | 'actorUserId' | 'reason' | 'note' | 'occurredAt'>;

/** A step the leader takes on a part, as its history records it. */
type LeaderStep = { event: SwitchingHistoryEvent; actorUserId: string } & Partial<Pick<SwitchingHistoryEntry, 'reason' | 'note'>>;

const NOTE_MAX = 500;

function view(key: PartKey, record: SwitchingRecord, stored: Pick<SwitchingState, 'id' | 'updatedAt'> | null): SamplingStateView {
  return {
    id: `${key.chainId}:${key.supplierEnterpriseId}:${key.partNumber}`,
    chainId: key.chainId,
    supplierEnterpriseId: key.supplierEnterpriseId,
    partNumber: key.partNumber,
    ...recordOf(record),
    eligibleForReduced: eligibleForReduced(record),
    recentDecisions: record.recentResults.map((r) => (r === 'ACCEPTED' ? LotDecision.ACCEPT : LotDecision.REJECT)),
    updatedAt: stored?.updatedAt ?? null,
    stateId: stored?.id ?? null,
  };
}

const stateView = (state: SwitchingState): SamplingStateView => view(state, state, state);

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
    @InjectRepository(SwitchingHistoryEntry) private readonly history: Repository<SwitchingHistoryEntry>,
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
  nextPlan(state: Pick<SamplingStateView, 'severity' | 'discontinued'>, request: PlanRequest): SamplingPlan {
    return planForNextLot(state, request);
  }

  /**
   * Records the leader's approval; the part switches to reduced at its next accepted lot (see `approveReduced`).
   * `at` is when the decision was taken: now, except in a seeded history.
   */
  async approveReducedInspection(actor: Actor, key: PartKey, at = new Date()): Promise<SamplingStateView> {
    const part = normalised(key);
    this.assertLeaderActs(actor, await this.readable(actor, part));
    return this.dataSource.transaction(async (m) => {
      const state = await this.locked(m, part);
      const record = approveReduced(state ?? initialRecord(), actor.userId, at);
      // A part no lot has reached has a score of 0, refused above: the state exists here.
      return this.save(m, state!, record, { event: 'REDUCED_APPROVED', actorUserId: actor.userId }, at);
    });
  }

  /**
   * After the supplier's corrective action: inspection restarts at tightened (GB/T 2828.1 as generally quoted).
   * `at` is when the decision was taken: now, except in a seeded history.
   */
  async resumeInspection(actor: Actor, key: PartKey, at = new Date()): Promise<SamplingStateView> {
    const part = normalised(key);
    this.assertLeaderActs(actor, await this.readable(actor, part));
    return this.dataSource.transaction(async (m) => {
      const state = await this.locked(m, part);
      const record = resumed(state ?? initialRecord(), actor.userId, at);
      // A part no lot has reached is not discontinued, refused above: the state exists here.
      return this.save(m, state!, record, { event: 'RESUMED', actorUserId: actor.userId }, at);
    });
  }

  /**
   * The histories of states already read by their callers (a loader's batch), latest step first.
   * No scope check here: a state's id only reaches this through a view the caller could read.
   */
  async historyOf(stateIds: readonly string[]): Promise<SwitchingHistoryView[][]> {
    const rows = await this.history.find({
      where: { stateId: In([...stateIds]) },
      // The order the state moved in: by transaction, then by the lots' inspection order within one.
      order: { createdAt: 'DESC', occurredAt: 'DESC' },
      select: { id: true, stateId: true, event: true, severity: true, lotId: true, lotNumber: true, actorUserId: true, reason: true, note: true, occurredAt: true },
    });
    const byState = new Map<string, SwitchingHistoryView[]>(stateIds.map((id) => [id, []]));
    for (const row of rows) byState.get(row.stateId)?.push(row);
    return stateIds.map((id) => byState.get(id)!);
  }

  /**
   * The leader ends reduced inspection before a lot is rejected: production irregular or
   * delayed, or another condition it names in the note (GB/T 2828.1-2012 9.3.4).
   */
  async endReducedInspection(actor: Actor, key: PartKey, reason: ReducedEndReason, note: string | null): Promise<SamplingStateView> {
    const part = normalised(key);
    this.assertLeaderActs(actor, await this.readable(actor, part));
    const said = note?.trim() || null;
    if (reason === 'OTHER' && !said) throw badInput('note', 'say what warrants normal inspection', { reason: CoreReason.ReasonRequired });
    if (said && said.length > NOTE_MAX) throw badInput('note', `at most ${NOTE_MAX} characters`, { reason: CoreReason.TooLong });
    return this.dataSource.transaction(async (m) => {
      const state = await this.locked(m, part);
      const at = new Date();
      const record = endedReduced(state ?? initialRecord(), at);
      // A part no lot has reached is under normal inspection, refused above: the state exists here.
      return this.save(m, state!, record, { event: 'REDUCED_TO_NORMAL', actorUserId: actor.userId, reason, note: said }, at);
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
      throw forbidden("Only the chain leader's admins and quality engineers approve or end reduced inspection and resume inspection", { reason: RegistryReason.LeaderStaffOnly });
    }
  }

  private locked(m: EntityManager, part: PartKey): Promise<SwitchingState | null> {
    return m.createQueryBuilder(SwitchingState, 's').where(part).setLock('pessimistic_write').getOne();
  }

  /** The leader's action on the state and its line in the history, in the caller's transaction. */
  private async save(m: EntityManager, state: SwitchingState, record: SwitchingRecord, step: LeaderStep, at: Date): Promise<SamplingStateView> {
    await m.update(SwitchingState, state.id, recordOf(record));
    await m.insert(SwitchingHistoryEntry, { stateId: state.id, severity: record.severity, occurredAt: at, reason: null, note: null, ...step });
    return stateView((await m.findOneBy(SwitchingState, { id: state.id }))!);
  }
}

/** Lots are stored with trimmed part numbers. */
const normalised = (key: PartKey): PartKey => ({ chainId: key.chainId, supplierEnterpriseId: key.supplierEnterpriseId, partNumber: key.partNumber.trim() });
