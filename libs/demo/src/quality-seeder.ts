import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '@chainq/identity';
import { ActionClockService, CorrectiveActionService, DefectCodeService, IssueSource, Severity, StepCode } from '@chainq/quality';
import { BORE_SIZE, EightD, HOUSING_BURRS, PANEL_BURRS, SEAL_LEAK, TRAY_BURRS } from './demo-8d';

const HOUR = 3600_000;

/**
 * Corrective actions at every stage in the Xuzhou chain (one overdue, one
 * rejected at D4, effective ones shared and not), two problems common to two
 * of its suppliers each (burrs, dimensions out of tolerance) with effective
 * 8Ds for the solution library, one of them from the fence chain (shared, so
 * the Xuzhou leader reads it without the supplier's name), and a weld-porosity
 * problem common to several Anping wire-mesh firms across two chains.
 */
@Injectable()
export class QualitySeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actions: CorrectiveActionService,
    private readonly clocks: ActionClockService,
    private readonly defectCodes: DefectCodeService,
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
    const work = async (actionId: string, supplier: string, steps: EightD, through: StepCode, approve: StepCode[], reviewer = nev) => {
      for (const step of Object.values(StepCode)) {
        await this.actions.writeStep(actors.get(supplier)!, actionId, step, steps[step], true);
        if (approve.includes(step)) await this.actions.reviewStep(reviewer, actionId, step, true);
        if (step === through) break;
      }
    };
    /** An 8D answered and approved through D7 and closed by the leader; the effectiveness check below makes it EFFECTIVE. */
    const closed = async (title: string, defectCode: string, severity: Severity, supplier: string, steps: EightD, daysAgo: number, leader = 'leader') => {
      const reported = await issue(title, defectCode, severity, [supplier], actors.get(leader)!, chains.get(leader)!, daysAgo);
      const actionId = await actionOf(reported.id, supplier);
      await work(actionId, supplier, steps, StepCode.D7, Object.values(StepCode), actors.get(leader)!);
      await this.actions.close(actors.get(leader)!, actionId, 'Verified on three production lots.');
      return actionId;
    };

    // The NEV chain's own taxonomy beside the shared list: two codes in use, one retired (merged into SUR-COAT).
    await this.defectCodes.add(nev, nevChain, 'BAT-SEAL', '电池包密封泄漏（淋水/气密试验）');
    await this.defectCodes.add(nev, nevChain, 'MOT-NVH', '电机噪声或振动超标');
    await this.defectCodes.retire(nev, (await this.defectCodes.add(nev, nevChain, 'HSG-PAINT', '壳体喷漆色差')).id);

    // Effective 8Ds for the solution library: the battery-pack maker's seal leak and tray burrs (shared), an Anping
    // firm's panel burrs in the fence chain (shared), the castings shop's bore out of tolerance (its owner has not decided).
    const leak = await closed('Battery pack seal leak at water test', 'BAT-SEAL', Severity.CRITICAL, 'battery', SEAL_LEAK, 120);
    const trayBurrs = await closed('Sharp burrs on battery tray cut-outs', 'SUR-BUR', Severity.MAJOR, 'battery', TRAY_BURRS, 45);
    await closed('Brake caliper bore diameter over tolerance', 'DIM-OOT', Severity.MAJOR, 'castings', BORE_SIZE, 60);
    const panelBurrs = await closed('Sharp wire ends on welded fence panels', 'SUR-BUR', Severity.MAJOR, 'anping-1', PANEL_BURRS, 150, 'fence');
    await this.clocks.checkEffectiveness(new Date(Date.now() + 91 * 24 * HOUR));
    for (const [supplier, actionId] of [['battery', leak], ['battery', trayBurrs], ['anping-1', panelBurrs]]) await this.actions.share(actors.get(supplier)!, actionId, true);

    // Rejected at D4: "go one level deeper". With the tray burrs above, burrs are common to two of the chain's suppliers.
    const burrs = await issue('Burrs on motor housing flange', 'SUR-BUR', Severity.MAJOR, ['castings']);
    const burrAction = await actionOf(burrs.id, 'castings');
    await work(burrAction, 'castings', HOUSING_BURRS, StepCode.D4, [StepCode.D1, StepCode.D2, StepCode.D3]);
    await this.actions.reviewStep(nev, burrAction, StepCode.D4, false, 'Why was blade life missing from the PM plan? Go one level deeper.');

    // Overdue: containment not sent in time; the clock job has told the supplier. With the bore above, a second common problem.
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
