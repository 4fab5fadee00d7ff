/**
 * Refresh on 移交清单 and 整改报告 (when the workbook has them): the computed
 * dates (办理期限 and 签收期限 from the transfer date; 整改期满日 from the
 * feedback date and the setting 整改期; 重报期限 from the review date) and
 * the 预警 texts as of the reading date, written and logged like the
 * ledger's own (refreshChanges.ts).
 */
import { cellAddress } from '../core/a1';
import { type CellValue, sameValue } from '../core/cells';
import type { Plan } from '../core/plan';
import { type SheetSnapshot, type WorkbookSnapshot, findSheet, hiddenMergedCells } from '../core/snapshot';
import type {
  ClueRecord,
  DeadlineFields,
  ParsedWorkbook,
  RecordBase,
  ReportRecord,
  SheetMapping,
} from '../read/records';
import { clueAlertText, reportAlertText } from '../rules/cycleAlertText';
import type { IsoDate } from '../rules/dates';
import { toExcelSerial } from '../rules/excelSerial';
import { type Change, planChanges } from './refreshChanges';
import { rawValue } from '../read/rowReader';

/** Builds the changes of one row: a cell a merge hides or a formula holds is never written. */
function rowChanges(sheet: SheetSnapshot, mapping: SheetMapping, rec: RecordBase) {
  const out: Change[] = [];
  const hidden = hiddenMergedCells(sheet);
  const writable = (key: string): number | null => {
    const col = mapping.columns[key];
    if (col === undefined) return null;
    const address = cellAddress(rec.row, col);
    return hidden.has(address) || address in sheet.formulas ? null : col;
  };
  const set = (key: string, value: CellValue, date: boolean) => {
    const column = writable(key);
    const old = rawValue(rec, key) ?? null;
    if (column !== null && !sameValue(old, value)) out.push({ row: rec.row, column, old, value, date });
  };
  return {
    out,
    /** A computed date: written unless typed by hand on an empty limit, or not computable. */
    deadline(key: string, d: Omit<DeadlineFields, 'alert'>) {
      if (d.deadlineTyped || d.computedDeadline === undefined || d.deadlineFormula) return;
      set(key, d.computedDeadline ? toExcelSerial(d.computedDeadline) : null, true);
    },
    date(key: string, iso: IsoDate | undefined) {
      if (iso) set(key, toExcelSerial(iso), true);
    },
    alert(text: string) {
      set('alert', text || null, false);
    },
  };
}

function clueChanges(sheet: SheetSnapshot, mapping: SheetMapping, c: ClueRecord, lang: ParsedWorkbook['lang']) {
  const r = rowChanges(sheet, mapping, c);
  r.deadline('deadline', c);
  r.date('signBy', c.signBy);
  r.alert(clueAlertText(c.alert, lang));
  return r.out;
}

export function reportChanges(
  sheet: SheetSnapshot,
  mapping: SheetMapping,
  rep: ReportRecord,
  lang: ParsedWorkbook['lang'],
) {
  const r = rowChanges(sheet, mapping, rep);
  r.deadline('deadline', rep);
  r.deadline('resubmitBy', rep.resubmit);
  r.alert(reportAlertText(rep.alert, lang));
  return r.out;
}

export function planCycleRefresh(plan: Plan, snapshot: WorkbookSnapshot, parsed: ParsedWorkbook): void {
  const { clues, reports } = parsed.mappings;
  const lang = parsed.lang;
  if (clues) {
    const sheet = findSheet(snapshot, clues.sheet)!;
    const changes = parsed.clues.flatMap((c) => clueChanges(sheet, clues, c, lang));
    planChanges(plan, sheet, clues, changes, ['transferredOn', 'signedOn', 'timeLimit', 'finishedOn', 'status'], lang);
  }
  if (reports) {
    const sheet = findSheet(snapshot, reports.sheet)!;
    const changes = parsed.reports.flatMap((r) => reportChanges(sheet, reports, r, lang));
    const inputs = ['feedbackDate', 'submittedOn', 'result', 'reviewedOn', 'timeLimit'];
    planChanges(plan, sheet, reports, changes, inputs, lang);
  }
}
