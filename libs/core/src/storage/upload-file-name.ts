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

/** The name's extension, lower case, without the dot ('' when there is none). */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * Declared types that say nothing about a multipart part:
 * `application/octet-stream` (what browsers and curl send for an extension
 * they do not know) and a part without a type, which busboy reports as
 * RFC 7578's default `text/plain`.
 */
export const UNDECLARED_TYPES: readonly string[] = ['', 'application/octet-stream', 'text/plain'];
