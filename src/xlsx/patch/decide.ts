/**
 * Whether a plan can be written by patching the file (a pure decision, made
 * before anything is read or written): the kinds of operation the patcher
 * writes, and for each one that it does not, the reason, which the caller
 * logs at debug level before writing the workbook through ExcelJS.
 */
import type { Plan, SheetOp } from '../../engine/core/plan';

/** What of a SheetOp the patcher sets; anything else (create, clear, widths…) is ExcelJS's. */
const SHEET_FIELDS: ReadonlySet<keyof SheetOp> = new Set<keyof SheetOp>(['name', 'create', 'visibility', 'protect']);

function sheetRefusal(op: SheetOp): string | null {
  for (const key of Object.keys(op) as (keyof SheetOp)[]) {
    if (op[key] === undefined || SHEET_FIELDS.has(key)) continue;
    return `sheet ${op.name}: ${key}`;
  }
  if (op.protect?.password) return `sheet ${op.name}: protection with a password`;
  if (op.protect?.unlocked?.length) return `sheet ${op.name}: unlocked ranges`;
  return null;
}

/** Null when the patcher writes every operation of the plan; else the first it does not, named. */
export function patchRefusal(plan: Plan): string | null {
  for (const op of plan.sheets) {
    const why = sheetRefusal(op);
    if (why) return why;
  }
  if (plan.tables.length) return 'tables';
  if (plan.formulas.length) return 'formulas';
  if (plan.columnFormats.length) return 'column formats';
  if (plan.notes.length) return 'notes';
  if (plan.validations.length) return 'validations';
  if (plan.conditionalFormats.length) return 'conditional formats';
  if (plan.names.length) return 'defined names';
  if (plan.charts?.length) return 'charts';
  if (plan.log.length) return 'log entries not appended yet';
  return null;
}
