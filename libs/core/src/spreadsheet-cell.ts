/**
 * Text for a cell of a CSV or XLSX file the product writes. A cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a
 * formula by Excel, LibreOffice and Google Sheets (CSV injection, OWASP):
 * such a cell gets a leading single quote, so it shows as the text it is.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180), formula-neutralised: quoted when it holds a quote, comma or line break. */
export function csvField(value: string | number): string {
  const safe = typeof value === 'number' ? String(value) : spreadsheetText(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
