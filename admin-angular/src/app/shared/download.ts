import { HttpErrorResponse, HttpEvent, HttpEventType, HttpHeaders } from '@angular/common/http';
import { computed, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import { describeApiError } from '../core/api/api-error';

/** `attachment; filename="x.csv"` → `x.csv`. */
export function filenameFrom(headers: HttpHeaders, fallback: string): string {
  const disposition = headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/** A failed download's body is a Blob; read the server's JSON error out of it. */
async function readBlobError(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  try {
    const body: unknown = JSON.parse(await error.error.text());
    return new HttpErrorResponse({ error: body, headers: error.headers, status: error.status, statusText: error.statusText, url: error.url ?? undefined });
  } catch {
    return error;
  }
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has handed the blob to the browser's download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Runs one streamed file download (an export) and exposes its progress: the server streams
 * without a length, so progress is the bytes received so far.
 */
export class DownloadTracker {
  private readonly receivedBytes = signal(0);
  private readonly runningState = signal(false);
  private readonly failure = signal<string | null>(null);
  private readonly savedAs = signal<string | null>(null);
  private subscription: Subscription | undefined;

  readonly running = this.runningState.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly saved = this.savedAs.asReadonly();
  readonly progress = computed(() => (this.runningState() ? `${formatBytes(this.receivedBytes())} received` : null));

  start(events: Observable<HttpEvent<Blob>>, fallbackName: string): void {
    this.cancel();
    this.receivedBytes.set(0);
    this.failure.set(null);
    this.savedAs.set(null);
    this.runningState.set(true);
    this.subscription = events.subscribe({
      next: (event) => {
        if (event.type === HttpEventType.DownloadProgress) this.receivedBytes.set(event.loaded);
        if (event.type === HttpEventType.Response && event.body) {
          const name = filenameFrom(event.headers, fallbackName);
          saveBlob(event.body, name);
          this.savedAs.set(name);
          this.runningState.set(false);
        }
      },
      error: async (error: unknown) => {
        this.failure.set(describeApiError(await readBlobError(error)));
        this.runningState.set(false);
      },
    });
  }

  cancel(): void {
    this.subscription?.unsubscribe();
    this.runningState.set(false);
  }
}
