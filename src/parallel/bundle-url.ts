/**
 * Where the code for a second thread comes from: a worker needs a file to
 * run, and the one file that holds all of modelgate is the built bundle,
 * dist/index.js (which exports `modelgateWorker`, see worker-entry.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Evaluated where this module is: in the built bundle, dist/index.js or a
// chunk beside it; from source, a .ts file with no index.js beside it.
const here = import.meta.url;

/**
 * The file URL of the built bundle, or undefined when running from source
 * (the unit tests), when the environment sets MODELGATE_THREADS=1, or when
 * the machine has one core: callers then do the work in this thread, with
 * the same result.
 */
export function bundleUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.MODELGATE_THREADS === '1') return undefined;
  if (!here.startsWith('file:') || !here.endsWith('.js')) return undefined;
  const index = new URL('index.js', here);
  return existsSync(fileURLToPath(index)) ? index.href : undefined;
}
