/**
 * Whether a plan can be written by patching the file (a pure decision, made
 * before anything is read or written): the kinds of operation the patcher
 * writes, and for each one that it does not, the reason, which the caller
 * logs at debug level before writing the workbook through ExcelJS.
 */
import type { Plan, SheetOp } from '../../engine/core/plan';

/**
 * What of a SheetOp the patcher sets. How a sheet looks (widths, pane, tab
 * colour, printing, wrapped rows) is written on a sheet the plan rebuilds
 * (rebuild.ts); on a sheet kept, the patcher throws PatchUnsupported for it.
 */
const SHEET_FIELDS: ReadonlySet<keyof SheetOp> = new Set<keyof SheetOp>([
  'name',
  'create',
  'visibility',
  'protect',
  'clear',
  'widths',
  'freeze',
  'tabColor',
  'print',
  'wrapBlock',
]);

/** The sheets a plan may rebuild whole (created, or cleared): their rules are written with them. */
function rebuiltSheets(plan: Plan): Set<string> {
  return new Set(plan.sheets.filter((s) => s.create || s.clear).map((s) => s.name));
}

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
  const rebuilt = rebuiltSheets(plan);
  const kept = plan.conditionalFormats.find((c) => !rebuilt.has(c.sheet));
  if (kept) return `conditional formats on ${kept.sheet}`;
  if (plan.names.length) return 'defined names';
  // Charts are left out, as the ExcelJS path leaves them out (../apply/index.ts).
  if (plan.log.length) return 'log entries not appended yet';
  return null;
}
