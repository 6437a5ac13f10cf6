/**
 * What the bundle (dist/index.js) exports for drift-check's reference worker
 * (reference-worker.ts), kept tiny: the bundle loads it eagerly, the rest of
 * drift-check loads only in the worker that calls it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The worker's entry: read and prepare the reference named in `workerData`. */
export async function driftReferenceWorker(): Promise<void> {
  const { serveReference } = await import('./reference-worker.js');
  await serveReference();
}

// Evaluated where this module is: in the built bundle, dist/index.js (its
// chunks sit beside it); from source, a .ts file with no index.js beside it.
const here = import.meta.url;

/** The file URL of the built bundle exporting `driftReferenceWorker`, or undefined when running from source. */
export function bundleUrl(): string | undefined {
  if (!here.startsWith('file:') || !here.endsWith('.js')) return undefined;
  const index = new URL('index.js', here);
  return existsSync(fileURLToPath(index)) ? index.href : undefined;
}
