/**
 * The stance-and-silence matrix as downloads: CSV with one row per state and column (long form,
 * ready for a pivot table) and compact JSON.
 */
import type { StanceMatrix } from './country-record.js';
import { field } from './export.js';

/** Columns of the matrix CSV, in order. */
export const MATRIX_CSV_COLUMNS = [
  'state',
  'state_name',
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
 * where no source names it) and the vote's sources.
 */
export function toMatrixCSV(matrix: StanceMatrix): string {
  const rows: string[][] = [];
  for (const { country, cells } of matrix.rows) {
    const head = [country.code, country.name.en, country.region.name.en, country.subregion.name.en];
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
  return [MATRIX_CSV_COLUMNS, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** The matrix as plain JSON: columns by id and title, each row's cells without the records. */
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
