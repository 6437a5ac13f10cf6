// The one version of the actions that users pin, from package.json: the
// major tag (`v0` while the version is 0.x, `v1` from 1.0.0), which the
// release workflow moves to each release of that major version. Every file a
// user copies from names it: `npm run build` rewrites any other
// `modelgate/modelgate[/actions/<gate>]@v…` to it, and `--check` fails on one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
export const RELEASE_TAG = `v${VERSION.split('.')[0]}`;

/** `modelgate/modelgate@vN` and `modelgate/modelgate/actions/<gate>@vN` (a major tag or a full version). */
const RELEASE_REF = /(modelgate\/modelgate(?:\/actions\/[a-z-]+)?)@v\d+(?:\.\d+\.\d+)?\b/g;

/** Files users copy from: the README, the docs, the workflow templates and the examples' READMEs (paths relative to `root`). */
export function filesNamingReleases(root = ROOT) {
  const out = ['README.md'];
  const walk = (dir, test) => {
    const abs = join(root, dir);
    if (!existsSync(abs)) return;
    for (const name of readdirSync(abs).sort()) {
      const rel = `${dir}/${name}`;
      if (statSync(join(root, rel)).isDirectory()) walk(rel, test);
      else if (test(name)) out.push(rel);
    }
  };
  walk('docs', (n) => n.endsWith('.md'));
  walk('action-templates', (n) => /\.(ya?ml|md)$/.test(n));
  walk('examples', (n) => n.endsWith('.md'));
  return out;
}

/** The text with every reference to a release of the actions naming `tag`. */
export function withReleaseTag(text, tag = RELEASE_TAG) {
  return text.replace(RELEASE_REF, (_, action) => `${action}@${tag}`);
}

/** The references in a text that name another release than `tag`. */
export function otherReleaseRefs(text, tag = RELEASE_TAG) {
  return [...text.matchAll(RELEASE_REF)].map((m) => m[0]).filter((ref) => !ref.endsWith(`@${tag}`));
}
