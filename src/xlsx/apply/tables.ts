/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS objects live in memory: there is no context.sync() here, these Office.js rules do not apply. */
/**
 * Tables (TableOp), as the Office.js adapter makes them: the header cells are
 * written where they differ, then the table is a model over the cells already
 * there (internals.ts says why), created or resized to the plan's range.
 */
import type ExcelJS from 'exceljs';
import type { Plan, TableOp } from '../../engine/core/plan';
import { cellAddress, parseRange } from '../../engine/core/a1';
import { type TableModel, findTableModel, putTableModel } from '../internals';
import { sheetOrThrow } from './sheets';

/** Excel's style for a table made without one. */
const EXCEL_DEFAULT_STYLE = 'TableStyleMedium2';

function writeHeaders(ws: ExcelJS.Worksheet, op: TableOp): void {
  const r = parseRange(op.ref);
  op.headers.forEach((h, i) => {
    const cell = ws.getCell(r.top, r.left + i);
    // Table headers are text in Excel (a numeric header is turned into text, as Excel does when it makes a table).
    if (typeof cell.value !== 'string' || cell.value !== h) cell.value = h;
  });
}

function tableModel(op: TableOp, previous: TableModel | undefined): TableModel {
  const r = parseRange(op.ref);
  return {
    ...(previous ?? {}),
    name: op.name,
    displayName: op.name,
    ref: cellAddress(r.top, r.left),
    tableRef: op.ref,
    autoFilterRef: op.ref,
    headerRow: true,
    totalsRow: false,
    style: previous?.style ?? {
      theme: op.style ?? EXCEL_DEFAULT_STYLE,
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: true,
      showColumnStripes: false,
    },
    columns: op.headers.map((name, i) => {
      const old = previous?.columns?.find((c) => c.name === name) ?? previous?.columns?.[i];
      return { ...(old && old.name === name ? old : {}), name, filterButton: true };
    }),
    rows: [],
  };
}

export function applyTables(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const op of plan.tables) {
    const ws = sheetOrThrow(wb, op.sheet);
    writeHeaders(ws, op);
    putTableModel(ws, tableModel(op, findTableModel(ws, op.name)));
  }
}
