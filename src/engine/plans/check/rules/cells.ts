/** Rules on single cells: what the reader could not read, required columns and cells, phones, hand-edited alerts. */
import { cellAddress, columnLetters, parseRange } from '../../../core/a1';
import { isEmptyValue, valueText } from '../../../core/cells';
import { cellAt, findSheet } from '../../../core/snapshot';
import type { RecordBase } from '../../../read/records';
import { looksLikeAlert } from '../../../rules/alertText';
import { isValidPhone } from '../../../rules/phone';
import type { ListSheetId } from '../../../schema/columns';
import { LIST_SHEETS } from '../../../schema/listSheets';
import { type CheckContext, cellOf } from '../context';
import type { CheckRule } from '../rule';

/** Cells the reader could not take as they are: bad dates, values outside a list, unreadable limits… */
const readerIssue = (code: string): CheckRule => ({
  code,
  severity: 'error',
  run(ctx, emit) {
    for (const i of ctx.parsed.issues) {
      if (i.code === code)
        emit({ sheet: i.sheet, row: i.row, column: i.column, header: i.header }, i.message, i.params);
    }
  },
});

export const READER_RULES: CheckRule[] = [
  'date.invalid',
  'list.invalid',
  'limit.invalid',
  'number.invalid',
  'settings.invalid',
  'calendar.badRow',
].map(readerIssue);

export const columnMissing: CheckRule = {
  code: 'column.missing',
  severity: 'error',
  run(ctx, emit) {
    for (const def of LIST_SHEETS) {
      const m = ctx.mappings[def.id];
      for (const c of def.columns) {
        if (!c.required || m.columns[c.key] !== undefined) continue;
        const header = c.header[m.lang];
        emit({ sheet: m.sheet, row: m.headerRow, column: 0, header }, 'check.column.missing', { column: header });
      }
    }
  },
};

function records(ctx: CheckContext, id: ListSheetId): RecordBase[] {
  return id === 'problems' ? ctx.parsed.problems : id === 'tasks' ? ctx.parsed.tasks : ctx.parsed.responsibilities;
}

/** Lists of at least this many rows with a required column empty in every row get one finding, not one per row. */
const WHOLE_COLUMN_ROWS = 3;

/**
 * Required cells left empty. A column empty in every row (an import from
 * files that never had it) is one finding at its header, with the range: the
 * same message 247 times says less than once.
 */
export const required: CheckRule = {
  code: 'required',
  severity: 'error',
  run(ctx, emit) {
    for (const def of LIST_SHEETS) {
      const m = ctx.mappings[def.id];
      const recs = records(ctx, def.id);
      for (const c of def.columns) {
        const column = m.columns[c.key];
        if (!c.required || column === undefined) continue;
        // A formula the file holds no result for is not empty: it says so at its cell (a tool that cannot calculate
        // saved it; Excel shows the value once it has).
        const formulas = findSheet(ctx.snapshot, m.sheet)?.formulas ?? {};
        const formula = (rec: RecordBase) => formulas[cellAddress(rec.row, column)];
        // One pass over the rows: most cells are filled, and only an empty one needs its address.
        const empty: RecordBase[] = [];
        for (let i = 0; i < recs.length; i++) {
          const rec = recs[i];
          if (!isEmptyValue(rec.cells[column - 1])) continue;
          const f = formula(rec);
          if (f) emit(cellOf(ctx, def.id, rec, c.key), 'importReport.check.formulaNoValue', { formula: f });
          else empty.push(rec);
        }
        if (empty.length >= WHOLE_COLUMN_ROWS && empty.length === recs.length) {
          const range = `${columnLetters(column)}${recs[0].row}:${columnLetters(column)}${recs[recs.length - 1].row}`;
          const header = c.header[m.lang];
          const where = { sheet: m.sheet, row: m.headerRow, column, header };
          emit(where, 'check.required.wholeColumn', { column: header, rows: recs.length, range });
        } else for (const rec of empty) emit(cellOf(ctx, def.id, rec, c.key), 'check.required');
      }
    }
  },
};

export const phoneInvalid: CheckRule = {
  code: 'phone.invalid',
  severity: 'warning',
  run(ctx, emit) {
    const rows = ctx.parsed.responsibilities;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r.phone && !isValidPhone(r.phone))
        emit(cellOf(ctx, 'responsibilities', r, 'phone'), 'check.phone.invalid', { value: r.phone });
    }
  },
};

/** An alert cell holding a text we never write was edited by hand (the next refresh would overwrite it). */
export const alertEdited: CheckRule = {
  code: 'computed.edited',
  severity: 'warning',
  run(ctx, emit) {
    for (const [id, list] of [
      ['problems', ctx.parsed.problems],
      ['tasks', ctx.parsed.tasks],
    ] as const) {
      for (let i = 0; i < list.length; i++) {
        const rec = list[i];
        if (rec.alertText && !looksLikeAlert(rec.alertText)) {
          emit(cellOf(ctx, id, rec, 'alert'), 'check.computed.alert', { value: rec.alertText });
        }
      }
    }
  },
};

/** Merged areas in a list sheet's data rows: each hides cells that are neither read nor written. */
export const mergeInList: CheckRule = {
  code: 'merge.inList',
  severity: 'error',
  run(ctx, emit) {
    for (const def of LIST_SHEETS) {
      const m = ctx.mappings[def.id];
      const sheet = findSheet(ctx.snapshot, m.sheet);
      for (const ref of sheet?.merges ?? []) {
        const r = parseRange(ref);
        if (r.bottom <= m.headerRow) continue; // a merged title above the header is not part of the list
        const header = valueText(cellAt(sheet!, m.headerRow, r.left)) || columnLetters(r.left);
        emit({ sheet: m.sheet, row: r.top, column: r.left, header }, 'check.merge.inList', { range: ref });
      }
    }
  },
};
