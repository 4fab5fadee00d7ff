/**
 * Tables (TableOp): the header row is written where it differs from what the
 * sheet holds, then the table is created over the range or an existing one
 * resized to it (resize is ExcelApi 1.13; without it the pane says so).
 *
 * Both take a Range object of the table's own sheet, never a bare address:
 * "If the address does not contain a sheet name, the currently-active sheet
 * is used" (TableCollection.add,
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1);
 * Table.resize takes "the range object or range address", ExcelApi 1.13,
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)),
 * so 'A1:T2' would put every list's table on whichever sheet the user has open.
 */
import type { Plan, TableOp } from '../../engine/core/plan';
import { parseAddress } from '../../engine/core/a1';
import { findSheet } from '../../engine/core/snapshot';
import { isSetSupported } from '../readSnapshot';
import { fromExcelValue } from '../text';
import type { ApplySession } from './batch';
import { writeBlock } from './values';

async function writeHeaders(s: ApplySession, t: TableOp): Promise<void> {
  const { row, column } = parseAddress(t.ref.split(':')[0]);
  const current = findSheet(s.snapshot, t.sheet)?.values[row - 1] ?? [];
  const differs = t.headers.some((h, i) => fromExcelValue(current[column - 1 + i] ?? '') !== h);
  if (differs) await writeBlock(s, { sheet: t.sheet, row, column, values: [t.headers] });
}

async function addTable(s: ApplySession, t: TableOp): Promise<void> {
  await s.reserve(t.ref.length + t.name.length + 80);
  const ws = s.edit(t.sheet);
  const table = ws.tables.add(ws.getRange(t.ref), true);
  table.name = t.name;
  if (t.style) table.style = t.style;
  s.tableNames.add(t.name);
}

async function resizeTable(s: ApplySession, t: TableOp): Promise<void> {
  const before = findSheet(s.snapshot, t.sheet)?.tables.find((x) => x.name === t.name)?.ref;
  if (before === t.ref) return;
  if (!isSetSupported('ExcelApi', '1.13')) {
    s.degrade('excel.degraded.tableResize', { table: t.name, ref: t.ref });
    return;
  }
  await s.reserve(t.ref.length + 80);
  const ws = s.edit(t.sheet);
  s.wb.tables.getItem(t.name).resize(ws.getRange(t.ref));
}

export async function applyTables(s: ApplySession, plan: Plan): Promise<void> {
  for (const t of plan.tables) {
    await writeHeaders(s, t);
    if (s.tableNames.has(t.name)) await resizeTable(s, t);
    else await addTable(s, t);
  }
}
