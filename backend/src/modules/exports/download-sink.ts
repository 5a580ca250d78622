/** Thrown by a sink whose client went away: the export stops and is audited as aborted. */
export class DownloadAborted extends Error {
  constructor() {
    super('The client closed the download');
    this.name = 'DownloadAborted';
  }
}

/**
 * Where a streamed export goes, so the service needs no HTTP objects. Nothing is sent before the
 * first write: a failure until then is still an ordinary JSON error answer.
 */
export interface DownloadSink {
  /** True once the first byte is on its way: a failure can then only cut the download. */
  readonly started: boolean;
  /** Resolves when the client can take more (backpressure); rejects with DownloadAborted. */
  write(text: string): Promise<void>;
  /** Sends what is left and completes the download. */
  end(): Promise<void>;
  /** Cuts the download after a failure mid-stream, so the client sees it incomplete, not finished. */
  fail(error: unknown): void;
}
