import { Readable } from 'node:stream';

/** A small PDF standing in for a real document (a standard's text, a business licence scan). */
export function demoPdf(title: string): Readable {
  return Readable.from([Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`)]);
}
