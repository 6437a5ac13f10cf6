/**
 * YAML into plain values, with alias expansion bounded. An alias (`*a`)
 * stands for a whole node, and a node may hold aliases of nodes that hold
 * aliases: nine levels of nine aliases each (a "billion laughs" document of
 * a few hundred bytes) expand to 9^9 values. The `yaml` package stops an
 * expansion past `maxAliasCount` by throwing a ReferenceError, which without
 * this module escaped as a stack trace. Every YAML parse of the project (the
 * policy file, contracts, canary configurations, inline YAML inputs) goes
 * through here and turns it into one UserError naming the file and the line
 * of the alias that expands too far.
 */
import { isCollection, isNode, isPair, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { UserError } from './errors.js';

/**
 * The `yaml` package's own default: `maxAliasCount` counts each alias
 * resolved, weighted by the aliases inside what it stands for, so that a
 * document sharing a few blocks by alias (a common use) stays far below it.
 */
export const MAX_ALIAS_COUNT = 100;

/** Where a document came from, for errors. */
export interface YamlWhere {
  file?: string;
  field?: string;
  /** The document's line counter, to name the line of the alias that expands too far. */
  lineCounter?: LineCounter;
}

function isAliasLimit(err: unknown): boolean {
  return err instanceof ReferenceError && /Excessive alias count/.test(err.message);
}

function expandsTooFar(doc: Document, node: Node): boolean {
  try {
    node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    return false;
  } catch (err) {
    return isAliasLimit(err);
  }
}

/**
 * The innermost node that expands too far on its own: down from `node`
 * through the first child that does, to an alias or a collection whose
 * children only expand too far together. Only run once the document is
 * known to be refused; each try stops at the limit.
 */
function culprit(doc: Document, node: Node): Node {
  let current = node;
  for (;;) {
    if (!isCollection(current)) return current;
    const children = current.items.flatMap((item) => (isPair(item) ? [item.key, item.value] : [item])).filter((c): c is Node => isNode(c));
    const next = children.find((child) => expandsTooFar(doc, child));
    if (!next) return current;
    current = next;
  }
}

function tooManyAliases(doc: Document, node: Node | null, where: YamlWhere): UserError {
  const found = node ? culprit(doc, node) : null;
  const offset = found?.range?.[0];
  const line = offset !== undefined && where.lineCounter ? where.lineCounter.linePos(offset).line : undefined;
  return new UserError(
    `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias expansions): aliases of aliases grow exponentially, as in a "billion laughs" document; write the values out instead`,
    { ...(where.file !== undefined ? { file: where.file } : {}), ...(line !== undefined ? { line } : {}), ...(where.field !== undefined ? { field: where.field } : {}) },
  );
}

/**
 * The plain value of `node` in `doc` (of the whole document when `node` is
 * not given), aliases expanded within MAX_ALIAS_COUNT; past it, one UserError.
 */
export function yamlValue(doc: Document, node: unknown, where: YamlWhere): unknown {
  const target = node === undefined ? (doc.contents as Node | null) : node;
  try {
    if (node === undefined) return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return isNode(node) ? node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : node;
  } catch (err) {
    if (isAliasLimit(err)) throw tooManyAliases(doc, isNode(target) ? target : null, where);
    throw err;
  }
}

/**
 * `yaml`'s `parse(text)` with the alias bound: the first syntax error is
 * thrown as `parse` throws it (a YAMLParseError, for the caller to word),
 * too many aliases as a UserError. Warnings are not printed (`parse` would
 * print them to stderr).
 */
export function parseYaml(text: string, where: Omit<YamlWhere, 'lineCounter'> = {}): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) throw doc.errors[0];
  return yamlValue(doc, undefined, { ...where, lineCounter });
}
