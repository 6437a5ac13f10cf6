/**
 * Caching the reference profile with @actions/cache: in a workflow the same
 * training file is compared again and again, so its profile is saved under a
 * key made of the file's SHA-256 (and the column selection) and restored on
 * the next run instead of reading and sorting the file again. Only where the
 * Actions cache service is available (`isFeatureAvailable()`); a cache that
 * fails is a warning, never an error: the file is then read as usual.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from '../../core/gate.js';
import { PROFILE_FORMAT_VERSION } from './profile.js';

export interface ProfileCache {
  available(env: Record<string, string | undefined>): boolean;
  /** True when the key was found and the file written to `path`. */
  restore(path: string, key: string): Promise<boolean>;
  save(path: string, key: string): Promise<void>;
}

/** The Actions cache, loaded only when used. */
export const actionsCache: ProfileCache = {
  // isFeatureAvailable() needs one of these; checking first avoids loading the module outside Actions.
  available: (env) => Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL),
  async restore(path, key) {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return false;
    return (await cache.restoreCache([path], key)) === key;
  },
  async save(path, key) {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return;
    await cache.saveCache([path], key);
  },
};

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The cache key of a reference file's profile. */
export async function profileCacheKey(file: string, cwd: string, columns: string[] | undefined, profilePoints: number): Promise<string> {
  const sha = await fileSha256(resolve(cwd, file));
  const cols = columns?.length ? createHash('sha256').update(columns.join('\u0000')).digest('hex').slice(0, 12) : 'all';
  // Everything the profile is made from is in the key: the file, the columns
  // and how many points a sketched column keeps (a changed profile-points
  // must not reuse a sketch of another size).
  return `modelgate-drift-profile-v${PROFILE_FORMAT_VERSION}-${sha}-${cols}-p${profilePoints}`;
}

export async function tryRestore(cache: ProfileCache, path: string, key: string, log: Logger): Promise<boolean> {
  try {
    return await cache.restore(path, key);
  } catch (err) {
    log.warn(`drift-check: could not restore the reference profile from the cache (${(err as Error).message.split('\n')[0]}); reading the file`);
    return false;
  }
}

export async function trySave(cache: ProfileCache, path: string, key: string, log: Logger): Promise<void> {
  try {
    await cache.save(path, key);
  } catch (err) {
    log.warn(`drift-check: could not save the reference profile to the cache (${(err as Error).message.split('\n')[0]})`);
  }
}
