import { Injectable } from '@nestjs/common';
import { Actor } from '@chainq/identity';
import { PassRatePolicyService, ThresholdService } from '@chainq/insights';
import { InspectionLotService, InspectionStage, LotInput, RollupService, SamplingStateService } from '@chainq/inspection';

const DAY = 86_400_000;

/** A small deterministic generator, so every seeded world has the same lots. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/**
 * Two years of weekly lots per supplier: the castings shop's first-pass
 * yield climbs from about 90% to about 98% as its 8Ds take hold; the mesh
 * maker slips below target in the last quarter, which the chain's
 * pass-rate policy turns into a quality issue with an 8D request; the
 * battery maker holds steady. The leader inspects incoming lots too, and
 * stopped taking the castings shop's brake calipers for a month.
 */
@Injectable()
export class InspectionSeeder {
  constructor(
    private readonly lots: InspectionLotService,
    private readonly rollups: RollupService,
    private readonly policies: PassRatePolicyService,
    private readonly thresholds: ThresholdService,
    private readonly samplingStates: SamplingStateService,
  ) {}

  async seed(actors: Map<string, Actor>, enterprises: Map<string, string>, chainId: string): Promise<void> {
    const weeks = 104;
    const start = Date.now() - weeks * 7 * DAY;
    const profiles: { key: string; part: string; quality: (w: number, k: number) => number }[] = [
      { key: 'castings', part: 'HSG-220', quality: (w) => 0.9 + (0.08 * w) / weeks },
      { key: 'battery', part: 'BP-48V', quality: () => 0.96 },
      // The mesh maker's first lot of each of the last five weeks fails outright.
      { key: 'mesh', part: 'MESH-0.8', quality: (w, k) => (w < weeks - 13 ? 0.95 : w >= weeks - 5 && k === 0 ? 0 : 0.86) },
    ];
    for (const p of profiles) {
      const next = random(p.key.length * 7919);
      const supplierLots: LotInput[] = [];
      const incoming: LotInput[] = [];
      for (let w = 0; w < weeks; w++) {
        for (let k = 0; k < 3; k++) {
          const at = new Date(start + (w * 7 + k * 2) * DAY + 3 * 3600_000);
          const good = next() < p.quality(w, k);
          const base = { chainId, supplierEnterpriseId: enterprises.get(p.key)!, partNumber: p.part, lotSize: 1000, inspectedAt: at, aql: '1.0', unitsSampled: 80 };
          supplierLots.push({ ...base, lotNumber: `${p.part}-${w}-${k}`, stage: InspectionStage.SPECIAL, nonconformingUnits: good ? Math.floor(next() * 3) : 3 + Math.floor(next() * 3) });
          if (!good) supplierLots.push({ ...base, lotNumber: `${p.part}-${w}-${k}`, stage: InspectionStage.SPECIAL, submission: 2, nonconformingUnits: Math.floor(next() * 2) });
          if (k === 0) incoming.push({ ...base, lotNumber: `${p.part}-${w}-${k}`, stage: InspectionStage.INCOMING, nonconformingUnits: good ? 0 : 3 });
        }
      }
      for (let i = 0; i < supplierLots.length; i += 1000) await this.lots.record(actors.get(p.key)!, supplierLots.slice(i, i + 1000));
      if (p.key === 'battery') await this.recordEarningReduced(actors.get('leader')!, incoming);
      else await this.lots.record(actors.get('leader')!, incoming);
    }
    await this.recordStoppedAndResumed(actors.get('leader')!, { chainId, supplierEnterpriseId: enterprises.get('castings')!, partNumber: 'CAL-60' });
    // One recount of the whole history; the change-log jobs the outbox still holds then find nothing left to apply.
    await this.rollups.rebuild();
    // Final inspection (专检) must pass 92% of lots over 30 days; the mesh maker's slide breaches it.
    await this.policies.set(actors.get('leader')!, { chainId, minLotPassRate: 0.92, windowDays: 30, minLots: 5, stage: InspectionStage.SPECIAL });
    await this.thresholds.check({ chainId });
  }

  /**
   * The battery maker's steady lots earn a switching score of 30 within a few months; the
   * leader approves reduced inspection the day after, and the part then
   * moves between reduced and normal as the odd lot is rejected (GB/T 2828.1-2012 clause 9.3).
   */
  private async recordEarningReduced(leader: Actor, incoming: LotInput[]): Promise<void> {
    const [first] = incoming;
    const part = { chainId: first.chainId, supplierEnterpriseId: first.supplierEnterpriseId, partNumber: first.partNumber };
    for (let i = 0; i < incoming.length; i++) {
      await this.lots.record(leader, [incoming[i]]);
      if (!(await this.samplingStates.get(leader, part)).eligibleForReduced) continue;
      await this.samplingStates.approveReducedInspection(leader, part, new Date(incoming[i].inspectedAt.getTime() + DAY));
      await this.lots.record(leader, incoming.slice(i + 1));
      return;
    }
  }

  /**
   * The castings shop's brake calipers (CAL-60), a new part a year ago: steady lots, then
   * oversize bores tighten inspection and five rejections under tightened stop it
   * (GB/T 2828.1-2012 9.4) about nine weeks ago. The bore 8D in the quality seeder is the
   * supplier's answer; the leader resumes inspection at tightened once its fix is
   * validated, five weeks ago, and five accepted lots since bring the part back to normal.
   */
  private async recordStoppedAndResumed(leader: Actor, part: Pick<LotInput, 'chainId' | 'supplierEnterpriseId' | 'partNumber'>): Promise<void> {
    const dayStart = (daysAgo: number) => new Date(Math.floor((Date.now() - daysAgo * DAY) / DAY) * DAY + 2 * 3600_000);
    const lot = (daysAgo: number, nonconformingUnits: number): LotInput => ({
      ...part, lotNumber: `CAL-60-${dayStart(daysAgo).toISOString().slice(0, 10)}`, lotSize: 1000, stage: InspectionStage.INCOMING,
      inspectedAt: dayStart(daysAgo), aql: '1.0', unitsSampled: 80, nonconformingUnits,
    });
    const steady = Array.from({ length: 42 }, (_, i) => lot(364 - i * 7, i % 4 === 0 ? 1 : 0));
    // Normal (Ac 2 Re 3): rejected, accepted, rejected: tightened. Tightened (Ac 1 Re 2): the 5th rejection stops it.
    const trouble = [[74, 4], [72, 0], [70, 3], [68, 3], [67, 0], [66, 2], [65, 4], [64, 2], [63, 3]].map(([d, nc]) => lot(d, nc));
    await this.lots.record(leader, [...steady, ...trouble]);
    await this.samplingStates.resumeInspection(leader, part, dayStart(36));
    await this.lots.record(leader, [34, 30, 26, 22, 18, 14, 10, 6, 2].map((d) => lot(d, d % 8 === 2 ? 1 : 0)));
  }
}
