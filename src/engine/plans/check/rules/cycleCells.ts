/**
 * The cell rules of the ledger's lists, on 移交清单 and 整改报告 (when the
 * workbook has them): required columns and cells, merged data, IDs, the
 * computed columns edited by hand, dates in the future. Same codes as on the
 * other lists (docs/CHECKS.md).
 */
import { columnLetters, parseRange } from '../../../core/a1';
import { isEmptyValue, valueText } from '../../../core/cells';
import { cellAt, findSheet } from '../../../core/snapshot';
import type { RecordBase } from '../../../read/records';
import { looksLikeAlert } from '../../../rules/alertText';
import type { IsoDate } from '../../../rules/dates';
import type { CycleSheetId } from '../../../schema/columns';
import { CYCLE_SHEETS } from '../../../schema/listSheets';
import { type CheckContext, type Emit, cellOf } from '../context';
import type { CheckRule } from '../rule';
import { rawValue } from '../../../read/rowReader';

/** The cycle's lists the workbook has, with their records. */
export function cycleLists(ctx: CheckContext): { id: CycleSheetId; records: RecordBase[] }[] {
  return CYCLE_SHEETS.filter((d) => ctx.parsed.mappings[d.id]).map((d) => ({
    id: d.id,
    records: d.id === 'clues' ? ctx.parsed.clues : ctx.parsed.reports,
  }));
}

export const cycleColumnMissing: CheckRule = {
  code: 'column.missing',
  severity: 'error',
  run(ctx, emit) {
    for (const def of CYCLE_SHEETS) {
      const m = ctx.parsed.mappings[def.id];
      for (const c of m ? def.columns : []) {
        if (!c.required || m!.columns[c.key] !== undefined) continue;
        const header = c.header[m!.lang];
        emit({ sheet: m!.sheet, row: m!.headerRow, column: 0, header }, 'check.column.missing', { column: header });
      }
    }
  },
};

export const cycleRequired: CheckRule = {
  code: 'required',
  severity: 'error',
  run(ctx, emit) {
    for (const { id, records } of cycleLists(ctx)) {
      const m = ctx.parsed.mappings[id]!;
      const def = CYCLE_SHEETS.find((d) => d.id === id)!;
      const keys = def.columns.filter((c) => c.required && m.columns[c.key] !== undefined).map((c) => c.key);
      for (const rec of records)
        for (const k of keys) if (isEmptyValue(rawValue(rec, k))) emit(cellOf(ctx, id, rec, k), 'check.required');
    }
  },
};

export const cycleMerges: CheckRule = {
  code: 'merge.inList',
  severity: 'error',
  run(ctx, emit) {
    for (const { id } of cycleLists(ctx)) {
      const m = ctx.parsed.mappings[id]!;
      const sheet = findSheet(ctx.snapshot, m.sheet);
      for (const ref of sheet?.merges ?? []) {
        const r = parseRange(ref);
        if (r.bottom <= m.headerRow) continue;
        const header = valueText(cellAt(sheet!, m.headerRow, r.left)) || columnLetters(r.left);
        emit({ sheet: m.sheet, row: r.top, column: r.left, header }, 'check.merge.inList', { range: ref });
      }
    }
  },
};

/** A 线索编号 used twice; a unit (of one round) with two report rows. */
export const cycleDuplicates: CheckRule = {
  code: 'id.duplicate',
  severity: 'error',
  run(ctx, emit) {
    const first = new Map<string, number>();
    for (const c of ctx.parsed.clues) {
      if (!c.id) continue;
      const f = first.get(c.id);
      if (f === undefined) first.set(c.id, c.row);
      else emit(cellOf(ctx, 'clues', c, 'id'), 'check.id.duplicate', { id: c.id, firstRow: f });
    }
  },
};

export const clueRefMissing: CheckRule = {
  code: 'ref.missingProblem',
  severity: 'error',
  run(ctx, emit) {
    for (const c of ctx.parsed.clues) {
      if (c.problemId && !ctx.problemsById.has(c.problemId))
        emit(cellOf(ctx, 'clues', c, 'problemId'), 'check.ref.missingProblem', { id: c.problemId });
    }
  },
};

/** A 预警 cell holding a text we never write. */
export const cycleAlertEdited: CheckRule = {
  code: 'computed.edited',
  severity: 'warning',
  run(ctx, emit) {
    for (const { id, records } of cycleLists(ctx)) {
      for (const rec of records as (RecordBase & { alertText: string })[]) {
        if (rec.alertText && !looksLikeAlert(rec.alertText))
          emit(cellOf(ctx, id, rec, 'alert'), 'check.computed.alert', { value: rec.alertText });
      }
    }
  },
};

function future(
  ctx: CheckContext,
  emit: Emit,
  id: CycleSheetId,
  rec: RecordBase,
  key: string,
  d: IsoDate | null | undefined,
): void {
  if (d && d > ctx.today) emit(cellOf(ctx, id, rec, key), 'check.cycle.dateFuture', { date: d, today: ctx.today });
}

export const cycleDateFuture: CheckRule = {
  code: 'date.future',
  severity: 'error',
  run(ctx, emit) {
    for (const c of ctx.parsed.clues) {
      future(ctx, emit, 'clues', c, 'transferredOn', c.transferredOn);
      future(ctx, emit, 'clues', c, 'signedOn', c.signedOn);
      future(ctx, emit, 'clues', c, 'finishedOn', c.finishedOn);
    }
    for (const r of ctx.parsed.reports) {
      future(ctx, emit, 'reports', r, 'submittedOn', r.submittedOn);
      future(ctx, emit, 'reports', r, 'reviewedOn', r.reviewedOn);
    }
  },
};
