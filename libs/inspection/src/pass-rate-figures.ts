/** The counts every pass-rate figure is computed from (a rollup row, or a sum of them). */
export interface PassRateCounts {
  lotsInspected: number;
  lotsAccepted: number;
  /** Lots at first submission. */
  firstLots: number;
  firstAccepted: number;
  /** Units inspected (sampled). */
  unitsInspected: number;
  unitsNonconforming: number;
}

/** The counts with the pass-rate figures (docs/domain-notes.md, "Inspection stages and pass-rate figures"), each labelled; null where the denominator is 0. Lot and unit counts are never mixed. */
export interface PassRateFigures extends PassRateCounts {
  /** lots accepted / lots inspected */
  lotPassRate: number | null;
  /** lots accepted at first submission / lots first submitted (a resubmission never counts) */
  firstPassYield: number | null;
  /** conforming units / units inspected */
  unitPassRate: number | null;
  /** nonconforming units / units inspected x 1,000,000 */
  ppm: number | null;
}

export const ratioOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** PPM = nonconforming units / units inspected x 1,000,000 (docs/domain-notes.md, "Inspection stages and pass-rate figures"). */
export const ppmOf = (unitsNonconforming: number, unitsInspected: number): number | null =>
  unitsInspected > 0 ? (unitsNonconforming / unitsInspected) * 1_000_000 : null;

export function passRateFigures(counts: PassRateCounts): PassRateFigures {
  // Written out rather than spread: a series makes one of these per period, and a literal of fixed shape is far cheaper to build.
  const { lotsInspected, lotsAccepted, firstLots, firstAccepted, unitsInspected, unitsNonconforming } = counts;
  return {
    lotsInspected,
    lotsAccepted,
    firstLots,
    firstAccepted,
    unitsInspected,
    unitsNonconforming,
    lotPassRate: ratioOf(lotsAccepted, lotsInspected),
    firstPassYield: ratioOf(firstAccepted, firstLots),
    unitPassRate: ratioOf(unitsInspected - unitsNonconforming, unitsInspected),
    ppm: ppmOf(unitsNonconforming, unitsInspected),
  };
}
