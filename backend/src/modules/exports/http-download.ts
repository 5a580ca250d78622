import type { Response } from 'express';
import { DownloadAborted, DownloadSink } from './download-sink';
import type { DownloadHeaders } from './export-files';

/** A download over an Express response: headers with the first chunk, backpressure, abort detection. */
export class HttpDownload implements DownloadSink {
  private aborted = false;

  constructor(
    private readonly response: Response,
    private readonly headers: DownloadHeaders,
  ) {
    response.on('close', () => {
      if (!response.writableFinished) this.aborted = true;
    });
  }

  get started(): boolean {
    return this.response.headersSent;
  }

  async write(chunk: string): Promise<void> {
    if (this.aborted || this.response.destroyed) throw new DownloadAborted();
    this.sendHeaders();
    if (this.response.write(chunk)) return;
    // The socket's buffer is full: wait until the client has read it (or went away).
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        this.response.off('drain', done);
        this.response.off('close', done);
        if (this.aborted) reject(new DownloadAborted());
        else resolve();
      };
      this.response.on('drain', done);
      this.response.on('close', done);
    });
  }

  async end(): Promise<void> {
    if (this.aborted) throw new DownloadAborted();
    this.sendHeaders();
    await new Promise<void>((resolve) => this.response.end(resolve));
  }

  fail(error: unknown): void {
    this.response.destroy(error instanceof Error ? error : new Error(String(error)));
  }

  private sendHeaders(): void {
    if (this.response.headersSent) return;
    this.response.status(200);
    this.response.setHeader('Content-Type', this.headers.contentType);
    this.response.setHeader('Content-Disposition', `attachment; filename="${this.headers.filename}"`);
    this.response.setHeader('Cache-Control', 'no-store');
  }
}
