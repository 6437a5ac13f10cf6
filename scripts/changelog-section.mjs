#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version (Keep a Changelog:
// `## [1.2.3] - 2026-01-31`), without its heading, for the release notes.
//
//   node scripts/changelog-section.mjs 1.2.3 [CHANGELOG.md]
//
// Exits 1, naming the file, when the version has no section or an empty one:
// a release is not published without its notes.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = lines.findIndex((l) => new RegExp(`^## \\[${escaped}\\](\\s|$)`).test(l));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]: /.test(l)));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  return body === '' ? undefined : body;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) {
    console.error('usage: changelog-section.mjs <version> [CHANGELOG.md]');
    process.exit(2);
  }
  const section = changelogSection(readFileSync(file, 'utf8'), version.replace(/^v/, ''));
  if (section === undefined) {
    console.error(`${file}: no section "## [${version.replace(/^v/, '')}] - <date>" with content`);
    process.exit(1);
  }
  console.log(section);
}
