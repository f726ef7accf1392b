import { SizeClass } from '@chainq/codes';
import { Language } from '@chainq/identity';
import { MaturityLevel } from '@chainq/registry';

/** The words a spreadsheet writes for the product's codes, in the reader's language (as the web app's qualification namespace names them). */
const { ZH_CN, EN } = Language;
export type Words = Record<Language, string>;

export const SIZE: Record<SizeClass, Words> = {
  LARGE: { [ZH_CN]: '大型', [EN]: 'Large' },
  MEDIUM: { [ZH_CN]: '中型', [EN]: 'Medium' },
  SMALL: { [ZH_CN]: '小型', [EN]: 'Small' },
  MICRO: { [ZH_CN]: '微型', [EN]: 'Micro' },
};

export const LEVEL: Record<MaturityLevel, Words> = {
  [MaturityLevel.INITIAL]: { [ZH_CN]: '初步系统', [EN]: 'Initial system' },
  [MaturityLevel.EFFECTIVE]: { [ZH_CN]: '有效系统', [EN]: 'Effective system' },
  [MaturityLevel.CONTINUAL_IMPROVEMENT]: { [ZH_CN]: '持续改进', [EN]: 'Continual improvement' },
  [MaturityLevel.LEADING]: { [ZH_CN]: '领先型', [EN]: 'Leading' },
};

