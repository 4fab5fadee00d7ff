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
  // Tables, notes, validations, conditional formats (on a sheet rebuilt or kept) and names are patched (tables.ts,
  // notes.ts…); a new table, or a note on a sheet without notes, is refused when the file is read
  // (PatchUnsupported): only the file tells.
  if (plan.formulas.length) return 'formulas';
  if (plan.columnFormats.length) return 'column formats';
  // Charts are left out, as the ExcelJS path leaves them out (../apply/index.ts).
  if (plan.log.length) return 'log entries not appended yet';
  return null;
}
