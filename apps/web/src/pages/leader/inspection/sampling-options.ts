/** GB/T 2828.1-2012 special and general inspection levels (Table 1). */
export const LEVELS = ['I', 'II', 'III', 'S-1', 'S-2', 'S-3', 'S-4'];
/** The preferred AQL series of GB/T 2828.1-2012 (Table 2), in percent nonconforming. */
export const AQLS = ['0.010', '0.015', '0.025', '0.040', '0.065', '0.10', '0.15', '0.25', '0.40', '0.65', '1.0', '1.5', '2.5', '4.0', '6.5', '10'];

export const levelOptions = LEVELS.map((l) => ({ value: l, label: l }));
export const aqlOptions = AQLS.map((a) => ({ value: a, label: a }));
