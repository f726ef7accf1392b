/** Complete 8D step content, as a supplier's quality engineer would write it. */
export const EIGHT_D = {
  D1: { team: [{ name: 'Wang Lei', role: 'champion' }, { name: 'Xu Fang', role: 'process engineer' }] },
  D2: {
    what: 'Burrs on the bracket edge', where: 'Line 2, trimming', when: 'Lots 2611-2614', who: 'Found at incoming inspection', why: 'Cuts the harness',
    how: 'Visual and touch check', howMany: '312 of 5,000 units', isIsNot: [{ aspect: 'Line', is: 'Line 2', isNot: 'Line 1' }],
  },
  D3: { atCustomer: { quantity: 1200, action: 'Sorted at the customer' }, atSupplier: { quantity: 3400, action: 'Quarantined and reworked' }, inTransit: { quantity: 400, action: 'Recalled' } },
  D4: {
    occurrence: { whys: ['Burr on the edge', 'Trim blade worn', 'No blade-life limit in the PM plan'], rootCause: 'Blade life not controlled' },
    escape: { whys: ['Burr not in the inspection plan'], rootCause: 'Control plan had no burr check' },
  },
  D5: { actions: [{ description: 'Blade change every 20,000 hits', owner: 'Xu Fang', dueOn: '2026-12-05' }], verification: 'Three lots without burrs' },
  D6: { actions: [{ description: 'PM plan updated and counter installed', owner: 'Xu Fang', dueOn: '2026-12-10', validated: true }], validation: 'Ten lots, zero burrs' },
  D7: { documentsUpdated: ['PFMEA rev C', 'Control plan rev D'], controls: 'Burr check at final inspection' },
} as const;
