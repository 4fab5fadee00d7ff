/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS objects live in memory: there is no context.sync() here, these Office.js rules do not apply. */
/** Header notes (NoteOp): added only where the cell has no note yet, as in the Office.js adapter. */
import type ExcelJS from 'exceljs';
import type { Plan } from '../../engine/core/plan';
import { sheetOrThrow } from './sheets';

export function addNotes(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const n of plan.notes) {
    const cell = sheetOrThrow(wb, n.sheet).getCell(n.address);
    if (!cell.note) cell.note = n.text;
  }
}
