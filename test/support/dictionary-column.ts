import { dictionaryColumn, type Column, type Table } from '../../src/core/table.js';

/**
 * A string column as a reader may hand it over, dictionary-encoded, with its
 * codes given in the reverse of first-seen order (a reader's codes need not
 * follow row order: a column that turns to text late has its earliest rows
 * coded last), so a consumer that leans on code order shows it.
 */
export function asDictionary(column: Column): Column {
  if (column.kind !== 'string') return column;
  const firstSeen = [...new Set(column.values.filter((v): v is string => v !== null))];
  const labels = firstSeen.reverse();
  const code = new Map(labels.map((label, i) => [label, i]));
  const codes = Int32Array.from(column.values, (v) => (v === null ? -1 : code.get(v)!));
  return dictionaryColumn(column.name, codes, labels);
}

/** The table with every string column dictionary-encoded (asDictionary). */
export function withDictionaries(table: Table): Table {
  return { ...table, columns: table.columns.map(asDictionary) };
}
