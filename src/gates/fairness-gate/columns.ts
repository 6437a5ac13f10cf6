/** Finding the columns the gate needs, with a "did you mean" on a typo. */
import { UserError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import { columnNames, findColumn, type Column, type Table } from '../../core/table.js';

export function requireColumn(table: Table, name: string, input: string): Column {
  const col = findColumn(table, name);
  if (col) return col;
  const hint = closest(name, columnNames(table));
  throw new UserError(`no column "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; columns: ${columnNames(table).slice(0, 20).join(', ')}`, {
    file: table.source,
    field: input,
  });
}

/** The line (or row number) of row i for messages. */
export function lineOf(table: Table, i: number): number {
  return table.rowLines ? table.rowLines[i] : i + 1;
}
