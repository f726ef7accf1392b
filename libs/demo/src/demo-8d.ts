import { StepCode } from '@chainq/quality';

/** D1–D7 as a supplier filled them in: what the step-content rules require (libs/quality step-content.ts). */
export type EightD = Record<StepCode, object>;

/** The castings shop's burrs on a motor housing flange (the 8D the leader sends back at D4). */
export const HOUSING_BURRS: EightD = {
  D1: { team: [{ name: 'Wang Lei', role: 'champion' }, { name: 'Xu Fang', role: 'process engineer' }] },
  D2: { what: 'Burrs on the flange edge', where: 'Trimming, line 2', when: 'Lots 2611-2614', who: 'Incoming inspection at Huaxing', why: 'Damages the gasket', how: 'Visual and touch check', howMany: '312 of 5,000', isIsNot: [{ aspect: 'Line', is: 'Line 2', isNot: 'Line 1' }] },
  D3: { atCustomer: { quantity: 1200, action: 'Sorted at Huaxing' }, atSupplier: { quantity: 3400, action: 'Quarantined and reworked' }, inTransit: { quantity: 400, action: 'Recalled' } },
  D4: { occurrence: { whys: ['Burr on the edge', 'Trim blade worn', 'No blade-life limit'], rootCause: 'Blade life not controlled' }, escape: { whys: ['Burr not in the inspection plan'], rootCause: 'Control plan had no burr check' } },
  D5: { actions: [{ description: 'Blade change every 20,000 hits', owner: 'Xu Fang', dueOn: '2026-12-05' }], verification: 'Three lots without burrs' },
  D6: { actions: [{ description: 'Counter fitted; PM plan updated', owner: 'Xu Fang', dueOn: '2026-12-10', validated: true }], validation: 'Ten lots, zero burrs' },
  D7: { documentsUpdated: ['PFMEA rev C', 'Control plan rev D'], controls: 'Burr check at final inspection' },
};

/** The battery-pack maker's seal leak at the water test (effective and shared). */
export const SEAL_LEAK: EightD = {
  D1: { team: [{ name: 'Zhou Qing', role: 'champion' }, { name: 'Han Tao', role: 'assembly engineer' }] },
  D2: { what: 'Water inside the pack after the IPX7 immersion test', where: 'Pack assembly, line 1', when: 'Packs built 3-5 August', who: 'End-of-line test at Huaxing', why: 'Risk of short circuit in the field', how: 'Immersion and air-leak test', howMany: '7 of 420', isIsNot: [{ aspect: 'Gasket', is: 'Lot G-0731', isNot: 'Lot G-0725' }] },
  D3: { atCustomer: { quantity: 420, action: 'Air-leak tested again, 7 held' }, atSupplier: { quantity: 260, action: 'Lid re-torqued and retested' }, inTransit: { quantity: 80, action: 'Held at the warehouse and tested' } },
  D4: { occurrence: { whys: ['Gasket did not seal at two bolts', 'Lid bolts under torque', 'Torque tool out of calibration'], rootCause: 'No torque-tool calibration interval' }, escape: { whys: ['Air-leak test limit too wide'], rootCause: 'Leak limit not derived from the IPX7 requirement' } },
  D5: { actions: [{ description: 'Monthly calibration of the torque tools; torque logged per bolt', owner: 'Han Tao', dueOn: '2026-09-01' }], verification: 'Two weeks of packs, no leak at the water test' },
  D6: { actions: [{ description: 'Calibration schedule live; leak limit set to 3 Pa/min', owner: 'Han Tao', dueOn: '2026-09-10', validated: true }], validation: '1,200 packs, zero leaks' },
  D7: { documentsUpdated: ['PFMEA rev F', 'Work instruction WI-PA-014 rev 3'], controls: 'Per-bolt torque record checked before the leak test' },
};

/** The battery-pack maker's burrs on the punched cut-outs of the tray (effective and shared). */
export const TRAY_BURRS: EightD = {
  D1: { team: [{ name: 'Zhou Qing', role: 'champion' }, { name: 'Lu Ming', role: 'press-shop lead' }] },
  D2: { what: 'Sharp burrs on the cable cut-outs of the battery tray', where: 'Press shop, die T-12', when: 'Trays stamped in week 31', who: 'Incoming inspection at Huaxing', why: 'Cuts the harness insulation', how: 'Glove test along each cut-out', howMany: '38 of 600', isIsNot: [{ aspect: 'Die', is: 'T-12', isNot: 'T-11' }] },
  D3: { atCustomer: { quantity: 600, action: 'Every tray checked; 38 deburred at Huaxing' }, atSupplier: { quantity: 900, action: 'Deburred and checked' }, inTransit: { quantity: 0, action: 'None in transit' } },
  D4: { occurrence: { whys: ['Burr on the cut-out', 'Punch-to-die clearance too wide', 'Die reground without resetting the clearance'], rootCause: 'Regrind procedure did not reset the punch clearance' }, escape: { whys: ['Cut-outs not in the first-piece check'], rootCause: 'First-piece check list missed the cut-outs' } },
  D5: { actions: [{ description: 'Clearance reset and measured after every regrind', owner: 'Lu Ming', dueOn: '2026-08-20' }], verification: 'Three regrinds, clearance within 8% of thickness' },
  D6: { actions: [{ description: 'Regrind procedure RP-07 rev 2 in use', owner: 'Lu Ming', dueOn: '2026-08-28', validated: true }], validation: '5,000 trays, no burr over 0.1 mm' },
  D7: { documentsUpdated: ['Die maintenance procedure RP-07 rev 2', 'First-piece check list rev 4'], controls: 'Burr height gauged on the first piece after each die change' },
};

/** The castings shop's brake-caliper bore over tolerance (effective; its owner decides whether to share it). */
export const BORE_SIZE: EightD = {
  D1: { team: [{ name: 'Wang Lei', role: 'champion' }, { name: 'Xu Fang', role: 'process engineer' }] },
  D2: { what: 'Piston bore diameter 0.03 mm over the upper limit', where: 'Machining cell 3', when: 'Lots 2588-2590', who: 'Incoming inspection at Huaxing', why: 'Brake fluid can seep past the seal', how: 'Bore gauge, 100% of the sample', howMany: '21 of 1,500', isIsNot: [{ aspect: 'Shift', is: 'Night shift', isNot: 'Day shift' }] },
  D3: { atCustomer: { quantity: 1500, action: 'Bores gauged; 21 returned' }, atSupplier: { quantity: 800, action: 'Gauged before dispatch' }, inTransit: { quantity: 300, action: 'Gauged on arrival' } },
  D4: { occurrence: { whys: ['Bore oversize', 'Boring tool worn past its offset', 'Tool offset not updated at the shift change'], rootCause: 'Tool-wear offset depended on the operator remembering it' }, escape: { whys: ['Bore checked once per lot only'], rootCause: 'Sampling too sparse for a drifting dimension' } },
  D5: { actions: [{ description: 'In-process gauge feeds the tool offset automatically', owner: 'Xu Fang', dueOn: '2026-10-15' }], verification: 'One week of production, Cpk 1.67' },
  D6: { actions: [{ description: 'Gauge loop installed on cell 3', owner: 'Xu Fang', dueOn: '2026-10-25', validated: true }], validation: 'Six lots, every bore within tolerance' },
  D7: { documentsUpdated: ['Control plan rev E', 'Cell 3 set-up sheet rev B'], controls: 'SPC chart on the bore diameter, reviewed each shift' },
};

/** An Anping mesh maker's burrs on welded panel edges, in the fence chain (effective and shared: other chains see it unnamed). */
export const PANEL_BURRS: EightD = {
  D1: { team: [{ name: 'Tian Li', role: 'champion' }, { name: 'Guo Hui', role: 'cutting-line foreman' }] },
  D2: { what: 'Wire ends left sharp after cutting the panels', where: 'Cutting line 2', when: 'Panels cut in May', who: 'Site installers of Lutong', why: 'Injures installers; coating chips at the ends', how: 'Glove test along the edges', howMany: '120 of 2,000 panels', isIsNot: [{ aspect: 'Shear', is: 'Old shear', isNot: 'New shear' }] },
  D3: { atCustomer: { quantity: 2000, action: 'Edges checked on site; 120 ground' }, atSupplier: { quantity: 1500, action: 'Edges ground before coating' }, inTransit: { quantity: 200, action: 'Checked on delivery' } },
  D4: { occurrence: { whys: ['Sharp wire end', 'Shear blades blunt', 'No blade change interval on the old shear'], rootCause: 'Shear blade wear not controlled' }, escape: { whys: ['Edges not checked before coating'], rootCause: 'No edge check in the inspection plan' } },
  D5: { actions: [{ description: 'Blade change every 8 working days; edge grinding station added', owner: 'Guo Hui', dueOn: '2026-06-20' }], verification: 'Two weeks of panels, no sharp ends' },
  D6: { actions: [{ description: 'Blade log and grinding station in use', owner: 'Guo Hui', dueOn: '2026-06-30', validated: true }], validation: '3,000 panels, no complaint from the sites' },
  D7: { documentsUpdated: ['Inspection plan rev 2', 'Shear maintenance card'], controls: 'Edge glove test on every tenth panel before coating' },
};
