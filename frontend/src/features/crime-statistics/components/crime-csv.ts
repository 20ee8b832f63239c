/** A CSV value: text as it is, a number written with the dialect's decimal mark, null as empty. */
export type CsvValue = string | number | null;

export interface CsvDialect {
  /** `,` (English) or `;` (Swedish, where the comma is the decimal mark). */
  separator: ',' | ';';
  decimalComma: boolean;
}

export const csvDialect = (language: 'sv' | 'en'): CsvDialect =>
  language === 'sv' ? { separator: ';', decimalComma: true } : { separator: ',', decimalComma: false };

/** Text that a spreadsheet would run as a formula if it came first in a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, quoted when it holds the separator, a quote or a line break (quotes doubled, as
 * RFC 4180 says). Text that starts like a formula is prefixed with `'` so that a spreadsheet
 * shows it instead of running it; numbers are written plainly, without thousands separators.
 */
export function csvField(value: CsvValue, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
    return dialect.decimalComma ? text.replace('.', ',') : text;
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(text) || text.includes(dialect.separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header line and one line per row, CRLF line ends as RFC 4180 has them. */
export function toCsv(header: string[], rows: CsvValue[][], dialect: CsvDialect): string {
  return [header, ...rows].map((row) => row.map((value) => csvField(value, dialect)).join(dialect.separator)).join('\r\n') + '\r\n';
}

/** Offers `content` as a file download (UTF-8 with a byte-order mark, so Excel reads å, ä, ö). */
export function downloadCsv(content: string, filename: string): void {
  const blob = new Blob(['\uFEFF', content], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
