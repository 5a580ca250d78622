/**
 * For tests: resolves once `condition` holds, failing after `timeoutMs`. Work that finishes on its
 * own schedule (a Blob read by a FileReader) takes longer on a loaded machine; a fixed pause flakes.
 */
export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`the condition did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
