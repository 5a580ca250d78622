import type { ExportFormat } from '@parley/contracts';

export interface DownloadHeaders {
  filename: string;
  contentType: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** `parley-<what>-2025-03-01-10-00-00.<format>`: only characters every file system and header takes. */
export function downloadHeaders(what: string, format: ExportFormat, now: Date = new Date()): DownloadHeaders {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return { filename: `parley-${what}-${stamp}.${format}`, contentType: CONTENT_TYPES[format] };
}
