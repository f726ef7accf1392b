/**
 * Bidirectional controls (Unicode UAX #9): U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C Arabic
 * letter mark. A right-to-left override makes "invoice<RLO>fdp.exe" show as
 * "invoiceexe.pdf".
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
/** C0 and C1 controls, line and paragraph separators, the byte-order mark. */
const OTHER_CONTROLS = /[\p{Cc}\u2028\u2029\uFEFF]/gu;
const MAX_CHARACTERS = 200;

/**
 * The name an uploaded file is stored and served under: the last path
 * segment of what the client sent, in NFC, without bidirectional or other
 * control characters or trailing dots and spaces, at most 200 characters
 * (the extension kept); `fallback` when nothing is left.
 */
export function uploadFileName(raw: string, fallback: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, '').trim().replace(/[.\s]+$/u, '');
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return fallback;
  const characters = Array.from(cleaned);
  if (characters.length <= MAX_CHARACTERS) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? Array.from(cleaned.slice(dot)) : [];
  return [...characters.slice(0, MAX_CHARACTERS - extension.length), ...extension].join('');
}
