import { CoreReason, fileExtension, UNDECLARED_TYPES } from '@chainq/core';

/** What a file's first bytes say it is; DOCX and XLSX are both zip containers and share one. */
interface Signature {
  label: string;
  magic: number[];
}

const PDF: Signature = { label: 'a PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] };
const ZIP: Signature = { label: 'a zip container (DOCX or XLSX)', magic: [0x50, 0x4b, 0x03, 0x04] };
const PNG: Signature = { label: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] };
const JPEG: Signature = { label: 'a JPEG image', magic: [0xff, 0xd8, 0xff] };
const SIGNATURES = [PDF, ZIP, PNG, JPEG];

interface DocumentType {
  contentType: string;
  extensions: string[];
  /** Other declared types clients send for it (older browsers, Windows registry entries). */
  aliases: string[];
  signature: Signature;
}

/**
 * Accepted document types. A file is accepted only when its name's
 * extension, its first bytes and its declared type (if any) agree: PDF
 * bytes named `evil.html` or `invoice.exe` are refused, so nothing is
 * stored or served under a name that a browser or desktop would open as
 * something else.
 */
export const ALLOWED_TYPES: DocumentType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], aliases: ['application/x-pdf'], signature: PDF },
  { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], aliases: [], signature: ZIP },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], aliases: [], signature: ZIP },
  { contentType: 'image/png', extensions: ['png'], aliases: ['image/x-png'], signature: PNG },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], aliases: ['image/jpg', 'image/pjpeg'], signature: JPEG },
];


export type TypeVerdict = { contentType: string } | { refused: string; reason: CoreReason };

const extensionList = ALLOWED_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(', ');
const matches = (signature: Signature, head: Buffer) => signature.magic.every((byte, i) => head[i] === byte);

/** The stored content type when declared type, name and first bytes agree; otherwise which of them disagree. */
export function documentTypeOf(declared: string, fileName: string, head: Buffer): TypeVerdict {
  const extension = fileExtension(fileName);
  const byContent = SIGNATURES.find((s) => matches(s, head));
  const content = byContent ? ` (the content is ${byContent.label})` : '';
  if (!extension) return { refused: `the name has no extension; use one of ${extensionList}${content}`, reason: CoreReason.FileTypeNotAllowed };
  const byName = ALLOWED_TYPES.find((t) => t.extensions.includes(extension));
  if (!byName) return { refused: `the name's extension ".${extension}" is not one of ${extensionList}${content}`, reason: CoreReason.FileTypeNotAllowed };
  if (!matches(byName.signature, head)) {
    return { refused: `the name says .${extension} but the content is ${byContent ? byContent.label : `not ${byName.signature.label}`}`, reason: CoreReason.FileContentMismatch };
  }
  const type = declared.trim().toLowerCase();
  if (!UNDECLARED_TYPES.includes(type) && type !== byName.contentType && !byName.aliases.includes(type)) {
    return { refused: `the declared type ${type} does not match the name's extension .${extension} (${byName.contentType})`, reason: CoreReason.FileContentMismatch };
  }
  return { contentType: byName.contentType };
}
