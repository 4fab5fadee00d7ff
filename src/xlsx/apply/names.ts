/** Workbook-scoped defined names (NameOp): the name is set to the plan's reference, whatever it pointed at. */
import type ExcelJS from 'exceljs';
import type { Plan } from '../../engine/core/plan';
import { removeDefinedName } from '../internals';

export function applyNames(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const n of plan.names) {
    removeDefinedName(wb, n.name);
    wb.definedNames.add(n.ref.replace(/^=/, ''), n.name);
  }
}
