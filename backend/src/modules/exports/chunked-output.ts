import type { DownloadSink } from './download-sink';

// A CSV row or a JSON message is a few hundred bytes: gathered into chunks this large, the sink (and
// the socket) sees a few writes per batch, and the export waits for the client once per chunk.
const CHUNK_CHARS = 64 * 1024;

/** Collects the small pieces of a file and hands them to the sink chunk by chunk. */
export class ChunkedOutput {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly sink: DownloadSink) {}

  push(text: string): void {
    if (text === '') return;
    this.pending.push(text);
    this.size += text.length;
  }

  /** Hands a full chunk to the sink; resolves when the client can take more. */
  async flushIfFull(): Promise<void> {
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    await this.sink.write(chunk);
  }
}
