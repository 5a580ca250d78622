/** A value of a CSV cell; null and undefined are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One RFC 4180 cell. Text that a spreadsheet would take for a formula gets a leading apostrophe,
 * which spreadsheets show as text and hide; cells with a comma, quote, CR or LF are quoted, quotes
 * doubled. Any other character (emoji, right-to-left text) passes as it is: the file is UTF-8.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are the export's own figures, never a visitor's text: they stay numbers.
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Cells joined by commas, without a line end: a piece of a record (see csvRow). */
export function csvCells(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** One record with its CRLF line end, as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${csvCells(values)}\r\n`;
}

/**
 * Starts the file so that Excel reads it as UTF-8 (without it, accents, emoji and right-to-left
 * text come out garbled). Parsers strip it (csv-parse: `bom: true`).
 */
export const UTF8_BOM = '\uFEFF';
