/**
 * Progress of a long command: a bar redrawn in place on a terminal, plain lines otherwise (logs and
 * pipes keep every step readable).
 */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stdout): Progress {
  const width = 30;
  let drawn = false;
  return {
    update(done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 1;
      if (stream.isTTY) {
        const filled = Math.round(share * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total}`);
        drawn = true;
      } else {
        stream.write(`${label}: ${done}/${total}\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
