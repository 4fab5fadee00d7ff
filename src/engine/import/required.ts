/**
 * Required columns no source has. A ledger without 反馈日期 anywhere would
 * otherwise be imported with that cell empty in every row, and `check` would
 * then find it once per row. The import says so once, before anything is
 * written (the dry run shows it), and takes a value to fill it with where a
 * file has no such column (`--feedback-date`, the pane's date box).
 */
import { EngineError } from '../core/errors';
import { isIsoDate } from '../rules/dates';
import { toExcelSerial } from '../rules/excelSerial';
import { PROBLEMS } from '../schema/problems';
import type { RunState } from './context';
import type { ImportOptions } from './types';

/** Required problem columns import cannot make up itself (the ID and the unit it can: from the row, the file name). */
const FILLABLE = ['feedbackDate'] as const;
const NOT_MADE_UP = ['description', 'feedbackDate', 'status'] as const;

export type ImportDefaults = NonNullable<ImportOptions['defaults']>;

/** A default must be a value the column takes (a date as yyyy-mm-dd). */
export function checkDefaults(defaults: ImportDefaults | undefined): void {
  const d = defaults?.feedbackDate;
  if (d !== undefined && !isIsoDate(d)) throw new EngineError('import.defaults.badDate', { value: d });
}

const header = (run: RunState, key: string) => PROBLEMS.columns.find((c) => c.key === key)!.header[run.lang];

/** The files (of those imported) without a column for the key. */
function filesWithout(run: RunState, key: string): Set<string> {
  const without = run.result.files.filter(
    (f) => !f.duplicateOf && !f.columns.some((c) => c.targets.some((t) => t.sheet === 'problems' && t.key === key)),
  );
  return new Set(without.map((f) => f.file));
}

/** Fills the defaults into rows from files without the column; says once which required columns no source has. */
export function fillRequired(run: RunState, defaults: ImportDefaults | undefined): void {
  const { result } = run;
  const imported = result.files.filter((f) => !f.duplicateOf).length;
  for (const key of NOT_MADE_UP) {
    const without = filesWithout(run, key);
    const value = (FILLABLE as readonly string[]).includes(key)
      ? defaults?.[key as (typeof FILLABLE)[number]]
      : undefined;
    if (value === undefined) {
      if (imported > 0 && without.size === imported) {
        const code = key === 'feedbackDate' ? 'import.required.missingFillable' : 'import.required.missing';
        result.events.push({ code, params: { column: header(run, key), rows: result.rows.problems.length } });
      }
      continue;
    }
    let filled = 0;
    for (const row of result.rows.problems) {
      if (without.has(row.source.file) && (row.values[key] === undefined || row.values[key] === null)) {
        row.values[key] = toExcelSerial(value); // a date cell, as every imported date is written
        filled++;
      }
    }
    if (filled)
      result.events.push({ code: 'import.required.filled', params: { column: header(run, key), value, rows: filled } });
  }
}
