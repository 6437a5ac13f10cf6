/**
 * A contract file parsed as YAML (JSON is read by the same parser, YAML 1.2
 * being a superset of it), keeping the document so that a problem found
 * later — a zod issue, a bad regex — can name the line it is on.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import { UserError } from '../../../core/errors.js';
import { yamlValue } from '../../../core/yaml.js';

export interface ContractSource {
  /** The path as the user named it. */
  file: string;
  value: unknown;
  /** 1-based line of the value at `path` (or of its nearest ancestor that exists). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export async function readContractText(file: string, resolved: string): Promise<string> {
  try {
    return await readFile(resolved, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('contract file not found', { file });
    if (code === 'EISDIR') throw new UserError('contract path is a directory, not a file', { file });
    throw new UserError(`cannot read the contract: ${(err as Error).message}`, { file });
  }
}

export function parseContractText(file: string, textIn: string): ContractSource {
  const text = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? (e.pos ? lines.linePos(e.pos[0]).line : undefined);
    const msg = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new UserError(`invalid YAML/JSON: ${msg}`, { file, line });
  }
  const value: unknown = yamlValue(doc, undefined, { file, lineCounter: lines });
  if (value === null || value === undefined) throw new UserError('the contract is empty', { file });
  return {
    file,
    value,
    lineOf(path) {
      let node: unknown = doc.contents;
      let found: Node | null = (doc as Document).contents as Node | null;
      let depth = 0;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
          if (!pair) break;
          node = pair.value ?? pair.key;
          found = (pair.value as Node | null) ?? (pair.key as Node);
          depth++;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key];
          if (!item) break;
          node = item;
          found = item as Node;
          depth++;
        } else break;
      }
      // A key missing at the top level has no line worth naming: the document's first line would mislead.
      if (depth === 0 && path.length > 0) return undefined;
      const range = found?.range;
      return range ? lines.linePos(range[0]).line : undefined;
    },
  };
}

/** "columns[2].max" from a path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
