/**
 * The stance-and-silence matrix as downloads: CSV with one row per state and column (long form,
 * ready for a pivot table) and compact JSON.
 */
import type { StanceMatrix } from './country-record.js';
import { type CSVOptions, checkCSVOptions, field, withBOM } from './export.js';

/**
 * Columns of the matrix CSV, in order.
 * @example
 * ```ts
 * import { MATRIX_CSV_COLUMNS } from '@null-and-void/statements';
 * console.log(MATRIX_CSV_COLUMNS.slice(0, 2));
 * ```
 */
export const MATRIX_CSV_COLUMNS = [
  'state',
  'state_name',
  'state_name_uk',
  'region',
  'subregion',
  'column_type',
  'column_id',
  'column_date',
  'vote',
  'statements',
  'nothing_found_as_of',
  'source',
  'second_source',
] as const;

/**
 * One row per UN member and column: for a vote event, the ids of the statements its actors made
 * about it, or the date up to which the record holds none; for an instrument, its vote (empty
 * where no source names it) and the vote's sources. `{ bom: true }` starts it with a UTF-8 byte
 * order mark, as the other CSV exports do, so that Excel reads the Ukrainian names as UTF-8.
 * @example
 * ```ts
 * import { catalog, toMatrixCSV } from '@null-and-void/statements';
 * console.log(toMatrixCSV(catalog.matrix(), { bom: true }).split('\n').length);
 * ```
 */
export function toMatrixCSV(matrix: StanceMatrix, options: CSVOptions = {}): string {
  checkCSVOptions('toMatrixCSV(matrix, options)', options);
  const rows: string[][] = [];
  for (const { country, cells } of matrix.rows) {
    const { name, region, subregion } = country;
    const head = [country.code, name.en, name.uk, region.name.en, subregion.name.en];
    cells.forEach((cell, i) => {
      const column = matrix.columns[i]!;
      const where = [column.type, column.id, column.date];
      if (cell.type === 'event') {
        const silence = cell.silent ? matrix.asOf : '';
        rows.push([...head, ...where, '', cell.statements.join(' '), silence, '', '']);
      } else {
        const sources = [cell.source.join(' '), cell.secondSource ?? ''];
        rows.push([...head, ...where, cell.vote ?? '', '', '', ...sources]);
      }
    });
  }
  return withBOM(
    options,
    [MATRIX_CSV_COLUMNS, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join(''),
  );
}

/**
 * The matrix as plain JSON: columns by id and title, each row's cells without the records.
 * @example
 * ```ts
 * import { catalog, toMatrixJSON } from '@null-and-void/statements';
 * console.log(JSON.stringify(toMatrixJSON(catalog.matrix())).length);
 * ```
 */
export function toMatrixJSON(matrix: StanceMatrix) {
  return {
    asOf: matrix.asOf,
    columns: matrix.columns.map((c) => ({
      type: c.type,
      id: c.id,
      date: c.date,
      title: c.type === 'event' ? c.event.name : c.instrument.title,
    })),
    rows: matrix.rows.map(({ country, cells }) => ({
      state: country.code,
      name: country.name,
      region: country.region.code,
      subregion: country.subregion.code,
      cells,
    })),
  };
}
