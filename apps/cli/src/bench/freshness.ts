import { chinaDay } from '@chainq/core';
import { BenchContext, ms } from './context';
import { GraphQLClient } from './graphql-client';

const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted } }';
const SERIES = `query($id: String!, $from: String!, $to: String!) {
  passRateSeries(scope: { kind: CHAIN, id: $id }, period: DAY, from: $from, to: $to, stage: SELF) { periodStart lotsInspected } }`;

/**
 * While `running()` holds: a supplier records one self-inspection lot
 * through GraphQL, and the leader asks passRateSeries (chain, day, SELF)
 * every 25 ms until it counts that lot. Each sample runs from sending the
 * lot to the first answer that shows it. Returns the samples' times in ms.
 */
export async function trackFreshness(c: BenchContext, running: () => Promise<boolean>): Promise<number[]> {
  const { world: w } = c;
  const supplier = w.suppliers[0];
  const [author, reader] = await Promise.all([GraphQLClient.signIn(c.url, supplier.email), GraphQLClient.signIn(c.url, w.leader.email)]);
  const today = chinaDay(new Date());
  const tomorrow = chinaDay(new Date(Date.now() + 86_400_000));
  const counted = async () => (await reader.request<{ passRateSeries: { lotsInspected: number }[] }>(SERIES, { id: w.chainId, from: today, to: tomorrow })).passRateSeries[0]?.lotsInspected ?? 0;
  const samples: number[] = [];
  let expected = await counted();
  for (let i = 0; await running(); i++) {
    const lot = { chainId: w.chainId, supplierEnterpriseId: supplier.id, partNumber: 'P-FRESH', lotNumber: `FRESH-${i}`, lotSize: 100, stage: 'SELF', inspectedAt: new Date().toISOString(), unitsSampled: 20, nonconformingUnits: 0, aql: '1.0' };
    const t = process.hrtime.bigint();
    await author.request(RECORD, { lots: [lot] });
    expected++;
    for (;;) {
      if ((await counted()) >= expected) break;
      if (ms(t) > 30_000) throw new Error('a recorded lot did not reach passRateSeries within 30 s');
      await new Promise((r) => setTimeout(r, 25));
    }
    samples.push(ms(t));
    await new Promise((r) => setTimeout(r, 250));
  }
  return samples;
}
