import { useTranslation } from 'react-i18next';
import { normalizeCodeInput, USCC_ALPHABET, usccCheckCharacter } from '@chainq/codes';

const LENGTH = 18;

/** What is wrong with a USCC as typed so far, for a message in the user's language; null when nothing is wrong yet. */
export type UsccProblem = { kind: 'characters'; characters: string[] } | { kind: 'tooLong'; length: number } | { kind: 'tooShort'; length: number } | { kind: 'division' } | { kind: 'checkCharacter' };

/**
 * GB 32100-2015 as the user types, with the server's own rule (libs/codes):
 * a character outside the code's alphabet (I, O, Z, S, V and punctuation are
 * never used) and a wrong check character (position 18) are flagged at once;
 * a code still being typed is not too short until the field is left.
 */
export function usccProblem(typed: string, complete: boolean): UsccProblem | null {
  const code = normalizeCodeInput(typed ?? '');
  if (!code) return null;
  const bad = [...new Set([...code].filter((ch) => !USCC_ALPHABET.includes(ch)))];
  if (bad.length) return { kind: 'characters', characters: bad };
  if (code.length > LENGTH) return { kind: 'tooLong', length: code.length };
  if (code.length < LENGTH) return complete ? { kind: 'tooShort', length: code.length } : null;
  // GB 32100-2015 §4: positions 3-8 are the GB/T 2260 division code.
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { kind: 'division' };
  return code[17] === usccCheckCharacter(code.slice(0, 17)) ? null : { kind: 'checkCharacter' };
}

/** The GB/T 2260 division code inside a valid USCC (positions 3-8), to fill the region field. */
export function divisionOf(typed: string): string | null {
  const code = normalizeCodeInput(typed ?? '');
  return code.length === LENGTH && usccProblem(code, true) === null ? code.slice(2, 8) : null;
}

/**
 * An antd validator for a USCC field, in the user's language: `complete`
 * false while typing (a short code is not yet wrong), true when the field is
 * left or the form is sent.
 */
export function useUsccValidator(): (complete: boolean) => (rule: unknown, value: string) => Promise<void> {
  const { t } = useTranslation('invitation');
  const text = (p: UsccProblem) =>
    t(`uscc.${p.kind}`, p.kind === 'characters' ? { characters: p.characters.map((c) => (c === ' ' ? t('uscc.space') : c)).join(' ') } : { length: 'length' in p ? p.length : 0 });
  return (complete) => (_, value) => {
    const p = usccProblem(value, complete);
    return p ? Promise.reject(new Error(text(p))) : Promise.resolve();
  };
}
