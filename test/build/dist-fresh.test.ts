/**
 * The actions run the committed dist/, so it must be exactly what the source
 * builds to; action.yml files, the docs' input tables and the JSON Schemas
 * are generated from the code and must be current too.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);

describe('build output', () => {
  it('dist/ and the generated files equal a fresh build', () => {
    let output = '';
    try {
      output = execFileSync(process.execPath, ['scripts/build.mjs', '--check'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const e = err as { stderr?: string; stdout?: string };
      throw new Error(`${e.stderr ?? ''}${e.stdout ?? ''}`);
    }
    expect(output).toContain('up to date');
  }, 240_000);

  it('every action runs on node24 from the shared bundle', () => {
    const gates = readdirSync(new URL('actions/', root));
    expect(gates.length).toBeGreaterThan(0);
    for (const gate of gates) {
      const yml = parse(readFileSync(new URL(`actions/${gate}/action.yml`, root), 'utf8'));
      expect(yml.runs).toEqual({ using: 'node24', main: `../../dist/actions/${gate}.js` });
      const entry = readFileSync(new URL(`dist/actions/${gate}.js`, root), 'utf8');
      expect(entry.length).toBeLessThan(400);
      expect(entry).toContain("from '../index.js'");
    }
  });

  it('the version in code equals package.json', async () => {
    const { VERSION } = await import('../../src/core/version.js');
    expect(VERSION).toBe(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version);
  });
});
