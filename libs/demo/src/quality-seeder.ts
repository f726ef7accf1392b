import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '@chainq/identity';
import { ActionClockService, CorrectiveActionService, IssueSource, Severity, StepCode } from '@chainq/quality';

const HOUR = 3600_000;

/** Filled-in 8D steps for the demo (a burr problem at a castings shop). */
const STEPS: Record<StepCode, object> = {
  D1: { team: [{ name: 'Wang Lei', role: 'champion' }, { name: 'Xu Fang', role: 'process engineer' }] },
  D2: { what: 'Burrs on the flange edge', where: 'Trimming, line 2', when: 'Lots 2611-2614', who: 'Incoming inspection at Huaxing', why: 'Damages the gasket', how: 'Visual and touch check', howMany: '312 of 5,000', isIsNot: [{ aspect: 'Line', is: 'Line 2', isNot: 'Line 1' }] },
  D3: { atCustomer: { quantity: 1200, action: 'Sorted at Huaxing' }, atSupplier: { quantity: 3400, action: 'Quarantined and reworked' }, inTransit: { quantity: 400, action: 'Recalled' } },
  D4: { occurrence: { whys: ['Burr on the edge', 'Trim blade worn', 'No blade-life limit'], rootCause: 'Blade life not controlled' }, escape: { whys: ['Burr not in the inspection plan'], rootCause: 'Control plan had no burr check' } },
  D5: { actions: [{ description: 'Blade change every 20,000 hits', owner: 'Xu Fang', dueOn: '2026-12-05' }], verification: 'Three lots without burrs' },
  D6: { actions: [{ description: 'Counter fitted; PM plan updated', owner: 'Xu Fang', dueOn: '2026-12-10', validated: true }], validation: 'Ten lots, zero burrs' },
  D7: { documentsUpdated: ['PFMEA rev C', 'Control plan rev D'], controls: 'Burr check at final inspection' },
};

/**
 * Corrective actions at every stage in the Xuzhou chain (one overdue, one
 * rejected at D4, one closed, effective and shared) and a weld-porosity
 * problem common to several Anping wire-mesh firms across two chains.
 */
@Injectable()
export class QualitySeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actions: CorrectiveActionService,
    private readonly clocks: ActionClockService,
  ) {}

  async seed(actors: Map<string, Actor>, enterprises: Map<string, string>, chains: Map<string, string>): Promise<void> {
    const nev = actors.get('leader')!;
    const nevChain = chains.get('leader')!;
    const issue = (title: string, defectCode: string, severity: Severity, suppliers: string[], actor = nev, chainId = nevChain, daysAgo = 3) =>
      this.actions.reportWithActions(
        actor,
        { chainId, title, description: `${title}: found at incoming inspection.`, defectCode, severity, source: IssueSource.INCOMING_INSPECTION, detectedAt: new Date(Date.now() - daysAgo * 24 * HOUR) },
        suppliers.map((k) => enterprises.get(k)!),
      );
    const actionOf = async (issueId: string, supplier: string) =>
      (await this.dataSource.query('SELECT id FROM corrective_actions WHERE issue_id = $1 AND supplier_enterprise_id = $2', [issueId, enterprises.get(supplier)]))[0].id as string;
    const work = async (actionId: string, supplier: string, through: StepCode, approve: StepCode[]) => {
      for (const step of Object.values(StepCode)) {
        await this.actions.writeStep(actors.get(supplier)!, actionId, step, STEPS[step], true);
        if (approve.includes(step)) await this.actions.reviewStep(nev, actionId, step, true);
        if (step === through) break;
      }
    };

    // Closed, effective and shared: the battery-pack maker's seal leak.
    const leak = await issue('Battery pack seal leak at water test', 'FUN-FAIL', Severity.CRITICAL, ['battery'], nev, nevChain, 120);
    const leakAction = await actionOf(leak.id, 'battery');
    await work(leakAction, 'battery', StepCode.D7, Object.values(StepCode));
    await this.actions.close(nev, leakAction, 'Verified on three production lots.');
    await this.clocks.checkEffectiveness(new Date(Date.now() + 91 * 24 * HOUR));
    await this.actions.share(actors.get('battery')!, leakAction, true);

    // Rejected at D4: "go one level deeper".
    const burrs = await issue('Burrs on motor housing flange', 'SUR-BUR', Severity.MAJOR, ['castings']);
    const burrAction = await actionOf(burrs.id, 'castings');
    await work(burrAction, 'castings', StepCode.D4, [StepCode.D1, StepCode.D2, StepCode.D3]);
    await this.actions.reviewStep(nev, burrAction, StepCode.D4, false, 'Why was blade life missing from the PM plan? Go one level deeper.');

    // Overdue: containment not sent in time; the clock job has told the supplier.
    const aperture = await issue('Mesh aperture out of tolerance', 'DIM-OOT', Severity.MINOR, ['mesh']);
    const apertureAction = await actionOf(aperture.id, 'mesh');
    await this.dataSource.query(`UPDATE corrective_actions SET requested_at = requested_at - interval '3 days' WHERE id = $1`, [apertureAction]);
    await this.dataSource.query(`UPDATE corrective_action_steps SET due_at = due_at - interval '3 days' WHERE action_id = $1`, [apertureAction]);
    await this.clocks.escalate();

    // A common problem: weld porosity at several Anping firms, in both chains.
    await issue('Weld porosity on mesh panels', 'WLD-POR', Severity.MAJOR, ['anping-0', 'anping-1', 'anping-3'], actors.get('fence')!, chains.get('fence')!, 10);
    await issue('Weld porosity on shielding mesh', 'WLD-POR', Severity.MINOR, ['mesh'], nev, nevChain, 6);
  }
}
