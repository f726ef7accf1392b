/**
 * Accepted document types, each recognised by its first bytes as well as its
 * declared type: a renamed executable is refused.
 */
export const ALLOWED_TYPES: { contentType: string; extensions: string[]; magic: number[] }[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], magic: [0x50, 0x4b, 0x03, 0x04] },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], magic: [0x50, 0x4b, 0x03, 0x04] },
  { contentType: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
];

/** The allowed type whose declared name and first bytes both fit, if any. */
export function recogniseType(declared: string, fileName: string, head: Buffer): string | undefined {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const candidates = ALLOWED_TYPES.filter((t) => t.contentType === declared || t.extensions.includes(extension));
  return candidates.find((t) => t.magic.every((byte, i) => head[i] === byte))?.contentType;
}
