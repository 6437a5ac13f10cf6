/**
 * Great Expectations' `row_condition`: the rows a rule looks at. Two
 * syntaxes, after `condition_parser`:
 *
 * - `pandas` (what DataFrame.query reads): `x > 3`, `` `a b` == "v" ``,
 *   `x.notnull()`, combined with `&`/`and`, `|`/`or`, `~`/`not` and
 *   parentheses; `&` and `|` bind like `and` and `or`, below comparisons,
 *   as pandas' own parser has them.
 * - `great_expectations` (the Spark/SQL syntax): `col("x") > 3`,
 *   `col("x") == "v"`, `col("x").notNull()`, `col("d") <= date("2023-03-13")`,
 *   combined the same way.
 *
 * Only these simple forms are read; anything else (arithmetic, `in` lists,
 * `@variables`, method calls other than notnull/isnull) is refused with a
 * line naming the expectation and kwarg, never guessed at.
 *
 * Comparison follows the values as the file holds them, as pandas compares
 * them: a number literal is compared with cells that read as numbers and
 * never equals text; a string literal is compared with the text of a text
 * column and never equals a number column's cells; True/False match boolean
 * cells (true/false in any case). A missing cell satisfies no comparison but
 * `!=` under pandas (NaN != x is true there); under great_expectations, SQL's
 * rule holds: a comparison with a missing cell selects nothing.
 */
import type { Column, Table } from '../../core/table.js';
import { columnData, parseDatetime, parseNumber } from './column-data.js';

export type ConditionParser = 'pandas' | 'great_expectations';
type Comparator = '==' | '!=' | '<' | '<=' | '>' | '>=';
type Literal = { kind: 'number'; value: number } | { kind: 'string'; value: string } | { kind: 'boolean'; value: boolean } | { kind: 'date'; value: number; text: string };

export type Condition =
  | { op: 'and' | 'or'; left: Condition; right: Condition }
  | { op: 'not'; operand: Condition }
  | { op: 'compare'; column: string; comparator: Comparator; literal: Literal }
  | { op: 'notnull' | 'isnull'; column: string };

export interface RowCondition {
  /** The condition as written, for messages. */
  text: string;
  parser: ConditionParser;
  expr: Condition;
}

type Token =
  | { t: 'name'; v: string }
  | { t: 'number'; v: number }
  | { t: 'string'; v: string }
  | { t: 'op'; v: string }
  | { t: 'end' };

const OPS = ['==', '!=', '<=', '>=', '<', '>', '&', '|', '~', '(', ')', '.', ','];

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unterminated string starting at character ${i + 1}`);
      out.push({ t: 'string', v: text.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw new Error(`unterminated \`name\` starting at character ${i + 1}`);
      out.push({ t: 'name', v: text.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const num = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    // A sign starts a number only where an operand is expected (not in "x-1").
    if (num && (/\d|\./.test(c) || out.length === 0 || out[out.length - 1].t === 'op')) {
      out.push({ t: 'number', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (name) {
      out.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (!op) throw new Error(`unexpected "${c}" at character ${i + 1}`);
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  out.push({ t: 'end' });
  return out;
}

const COMPARATORS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const FLIP: Record<Comparator, Comparator> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const NULL_METHODS = new Map<string, 'notnull' | 'isnull'>([
  ['notnull', 'notnull'],
  ['notna', 'notnull'],
  ['isnull', 'isnull'],
  ['isna', 'isnull'],
]);

class Parser {
  private p = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly syntax: ConditionParser,
  ) {}

  private peek(): Token {
    return this.tokens[this.p];
  }
  private next(): Token {
    return this.tokens[this.p++];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }
  private isWord(v: string): boolean {
    const t = this.peek();
    return t.t === 'name' && t.v === v && this.syntax === 'pandas';
  }
  private expect(v: string): void {
    const t = this.next();
    if (t.t !== 'op' || t.v !== v) throw new Error(`expected "${v}", found ${describe(t)}`);
  }

  parse(): Condition {
    const e = this.or();
    if (this.peek().t !== 'end') throw new Error(`unexpected ${describe(this.peek())}`);
    return e;
  }
  private or(): Condition {
    let left = this.and();
    while (this.isOp('|') || this.isWord('or')) {
      this.next();
      left = { op: 'or', left, right: this.and() };
    }
    return left;
  }
  private and(): Condition {
    let left = this.not();
    while (this.isOp('&') || this.isWord('and')) {
      this.next();
      left = { op: 'and', left, right: this.not() };
    }
    return left;
  }
  private not(): Condition {
    if (this.isOp('~') || this.isWord('not')) {
      this.next();
      return { op: 'not', operand: this.not() };
    }
    if (this.isOp('(')) {
      this.next();
      const e = this.or();
      this.expect(')');
      return e;
    }
    return this.comparison();
  }
  /** A column reference, or undefined when the next token does not start one. */
  private column(): string | undefined {
    const t = this.peek();
    if (this.syntax === 'great_expectations') {
      if (t.t !== 'name' || t.v !== 'col') return undefined;
      this.next();
      this.expect('(');
      const name = this.next();
      if (name.t !== 'string') throw new Error(`col() takes a quoted column name, found ${describe(name)}`);
      this.expect(')');
      return name.v;
    }
    if (t.t !== 'name' || ['True', 'False', 'and', 'or', 'not'].includes(t.v)) return undefined;
    this.next();
    return t.v;
  }
  private literal(): Literal {
    const t = this.next();
    if (t.t === 'number') return { kind: 'number', value: t.v };
    if (t.t === 'string') return { kind: 'string', value: t.v };
    if (t.t === 'name' && this.syntax === 'pandas' && (t.v === 'True' || t.v === 'False')) return { kind: 'boolean', value: t.v === 'True' };
    if (t.t === 'name' && this.syntax === 'great_expectations' && t.v === 'date') {
      this.expect('(');
      const s = this.next();
      if (s.t !== 'string') throw new Error(`date() takes a quoted date, found ${describe(s)}`);
      this.expect(')');
      const value = parseDatetime(s.v);
      if (Number.isNaN(value)) throw new Error(`date("${s.v}") is not an ISO-8601 date`);
      return { kind: 'date', value, text: s.v };
    }
    throw new Error(`expected a column or a value, found ${describe(t)}`);
  }
  private comparison(): Condition {
    const column = this.column();
    if (column !== undefined) {
      if (this.isOp('.')) {
        this.next();
        const m = this.next();
        const method = m.t === 'name' ? NULL_METHODS.get(m.v.toLowerCase()) : undefined;
        if (!method) throw new Error(`only .notnull() and .isnull() can follow a column, found .${m.t === 'name' ? m.v : describe(m)}`);
        this.expect('(');
        this.expect(')');
        return { op: method, column };
      }
      const c = this.next();
      if (c.t !== 'op' || !COMPARATORS.has(c.v)) throw new Error(`expected a comparison (==, !=, <, <=, >, >=) after column "${column}", found ${describe(c)}`);
      const literal = this.literal();
      this.noChain();
      return { op: 'compare', column, comparator: c.v as Comparator, literal };
    }
    // `3 < x`: a value first, the column second.
    const literal = this.literal();
    const c = this.next();
    if (c.t !== 'op' || !COMPARATORS.has(c.v)) throw new Error(`expected a comparison after a value, found ${describe(c)}`);
    const col = this.column();
    if (col === undefined) throw new Error(`a comparison needs a column on one side, found ${describe(this.peek())}`);
    this.noChain();
    return { op: 'compare', column: col, comparator: FLIP[c.v as Comparator], literal };
  }
  private noChain(): void {
    const t = this.peek();
    if (t.t === 'op' && COMPARATORS.has(t.v)) throw new Error('chained comparisons (a < x < b) are not supported; write them with &');
  }
}

function describe(t: Token): string {
  switch (t.t) {
    case 'end':
      return 'the end';
    case 'string':
      return `"${t.v}"`;
    case 'number':
      return String(t.v);
    default:
      return `"${t.v}"`;
  }
}

/** Parse a row condition; throws an Error saying what is wrong with it. */
export function parseRowCondition(text: string, parser: ConditionParser): RowCondition {
  if (text.trim() === '') throw new Error('the condition is empty');
  return { text, parser, expr: new Parser(tokenize(text), parser).parse() };
}

/** The columns a condition reads. */
export function conditionColumns(expr: Condition): string[] {
  switch (expr.op) {
    case 'and':
    case 'or':
      return [...new Set([...conditionColumns(expr.left), ...conditionColumns(expr.right)])];
    case 'not':
      return conditionColumns(expr.operand);
    default:
      return [expr.column];
  }
}

const BOOLEAN_WORDS = new Map([
  ['true', 1],
  ['false', 0],
]);

/** 1 for every row the condition selects. Every column it names must be in the table. */
export function selectRows(condition: RowCondition, table: Table, missingValues?: readonly string[]): Uint8Array {
  const n = table.rowCount;
  const sqlNulls = condition.parser === 'great_expectations';
  const cells = new Map<string, { column: Column; missing: Uint8Array; text: (i: number) => string }>();
  const cellsOf = (name: string) => {
    let c = cells.get(name);
    if (!c) {
      const column = table.columns.find((x) => x.name === name);
      if (!column) throw new Error(`column "${name}" is not in the data`);
      const data = columnData(column, n, missingValues);
      c = { column, missing: data.missing, text: data.text };
      cells.set(name, c);
    }
    return c;
  };
  const evaluate = (e: Condition): Uint8Array => {
    switch (e.op) {
      case 'and':
      case 'or': {
        const a = evaluate(e.left);
        const b = evaluate(e.right);
        for (let i = 0; i < n; i++) a[i] = e.op === 'and' ? a[i] & b[i] : a[i] | b[i];
        return a;
      }
      case 'not': {
        const a = evaluate(e.operand);
        for (let i = 0; i < n; i++) a[i] ^= 1;
        return a;
      }
      case 'notnull':
      case 'isnull': {
        const { missing } = cellsOf(e.column);
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i++) out[i] = e.op === 'isnull' ? missing[i] : missing[i] ^ 1;
        return out;
      }
      case 'compare': {
        const { column, missing, text } = cellsOf(e.column);
        const out = new Uint8Array(n);
        const lit = e.literal;
        for (let i = 0; i < n; i++) {
          if (missing[i] === 1) {
            out[i] = !sqlNulls && e.comparator === '!=' ? 1 : 0;
            continue;
          }
          let order: number | undefined;
          if (lit.kind === 'number') {
            const x = column.kind === 'number' ? column.values[i] : parseNumber(text(i));
            if (!Number.isNaN(x)) order = Math.sign(x - lit.value);
          } else if (lit.kind === 'string') {
            if (column.kind === 'string') {
              const s = text(i);
              order = s === lit.value ? 0 : s < lit.value ? -1 : 1;
            }
          } else if (lit.kind === 'boolean') {
            const b = column.kind === 'string' ? BOOLEAN_WORDS.get(text(i).toLowerCase()) : undefined;
            if (b !== undefined) order = Math.sign(b - Number(lit.value));
          } else {
            const t = parseDatetime(text(i));
            if (!Number.isNaN(t)) order = Math.sign(t - lit.value);
          }
          // Values of different kinds are unequal and unordered.
          out[i] = order === undefined ? (e.comparator === '!=' ? 1 : 0) : compare(order, e.comparator) ? 1 : 0;
        }
        return out;
      }
    }
  };
  return evaluate(condition.expr);
}

function compare(order: number, c: Comparator): boolean {
  switch (c) {
    case '==':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}
