/**
 * Codes arrive from forms filled in with Chinese input methods, which often
 * produce full-width characters (９１４４, ／, －). NFKC folds them to ASCII;
 * then trim and uppercase, as every code in this library is case-insensitive.
 */
export function normalizeCodeInput(input: string): string {
  return input.normalize('NFKC').trim().toUpperCase();
}

/** Show a character in a message; whitespace is invisible, so name it. */
export function describeCharacter(ch: string): string {
  if (ch === ' ') return 'a space';
  if (/\s/.test(ch)) return 'a whitespace character';
  return ch;
}

/** "3", "3 and 7", "3, 7 and 9" */
export function listPositions(positions: readonly number[]): string {
  if (positions.length <= 1) return positions.join('');
  return `${positions.slice(0, -1).join(', ')} and ${positions[positions.length - 1]}`;
}
