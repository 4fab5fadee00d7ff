/**
 * Writing a draw into 抽查清单: the first draw creates the sheet (header,
 * table, notes, the 结论 dropdown, widths, frozen header); a later one adds
 * its rows below the last filled row and stretches the table and the
 * dropdown over them. Everything goes through the plan, so `_log` has it.
 */
import { cellAddress, parseRange, rangeRef } from '../core/a1';
import { type CellValue, isEmptyValue } from '../core/cells';
import { type Plan, emptyPlan } from '../core/plan';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import type { LedgerData } from '../ledger/types';
import type { IsoDate } from '../rules/dates';
import { toExcelSerial } from '../rules/excelSerial';
import { DATE_FORMAT } from '../schema/format';
import { SPOT_CHECKS } from '../schema/spotChecks';
import { conclusionValidation } from '../plans/structure/spotChecks';
import type { Draw } from './draw';

const TABLE_STYLE = 'TableStyleLight9';

export interface DrawWrite {
  batch: string;
  today: IsoDate;
  by: string;
}

/** The row of a drawn problem, in the sheet's column order (keys → values). */
function rowValues(p: Draw['strata'][number]['drawn'][number], w: DrawWrite): Record<string, CellValue> {
  return {
    batch: w.batch,
    problemId: p.id,
    unit: p.inspectedUnit,
    description: p.description,
    closedOn: p.closedOn ? toExcelSerial(p.closedOn) : null,
    reviewer: p.reviewer || null,
    checkedOn: toExcelSerial(w.today),
    checker: w.by || null,
  };
}

export function planDrawRows(data: LedgerData, snapshot: WorkbookSnapshot, draw: Draw, w: DrawWrite): Plan {
  const plan = emptyPlan();
  const lang = data.lang;
  const records = draw.strata.flatMap((s) => s.drawn).map((p) => rowValues(p, w));
  const existing = data.spotChecks;
  const cols = SPOT_CHECKS.columns;
  if (!existing) {
    const name = SPOT_CHECKS.name[lang];
    const last = 1 + records.length;
    const width = cols.length;
    plan.sheets.push({
      name,
      create: true,
      visibility: 'visible',
      freeze: { rows: 1, columns: 0 },
      widths: Object.fromEntries(cols.map((c, i) => [i + 1, c.width])),
    });
    plan.writes.push({
      sheet: name,
      row: 1,
      column: 1,
      values: [cols.map((c) => c.header[lang]), ...records.map((r) => cols.map((c) => r[c.key] ?? null))],
      numberFormats: cols.map((c) => (c.type === 'date' ? DATE_FORMAT : null)),
    });
    const bottom = Math.max(last, 2);
    plan.tables.push({
      sheet: name,
      name: SPOT_CHECKS.tableName,
      ref: rangeRef({ top: 1, left: 1, bottom, right: width }),
      headers: cols.map((c) => c.header[lang]),
      style: TABLE_STYLE,
    });
    for (const [i, c] of cols.entries())
      plan.notes.push({ sheet: name, address: cellAddress(1, i + 1), text: c.note[lang] });
    const k = cols.findIndex((c) => c.key === 'conclusion') + 1;
    plan.validations.push(conclusionValidation(lang, name, k, 2, bottom));
    return plan;
  }
  if (!records.length) return plan;
  const m = existing.mapping;
  const sheet = findSheet(snapshot, m.sheet)!;
  let lastFilled = m.headerRow;
  for (let r = Math.max(sheet.values.length, m.lastRow); r > m.headerRow && lastFilled === m.headerRow; r--) {
    const row = sheet.values[r - 1] ?? [];
    for (let c = m.firstColumn; c <= m.lastColumn; c++) if (!isEmptyValue(row[c - 1])) lastFilled = r;
  }
  const first = lastFilled + 1;
  for (const c of cols) {
    const column = m.columns[c.key];
    if (column === undefined || !records.some((r) => !isEmptyValue(r[c.key]))) continue;
    plan.writes.push({
      sheet: m.sheet,
      row: first,
      column,
      values: records.map((r) => [r[c.key] ?? null]),
      ...(c.type === 'date' ? { numberFormats: [DATE_FORMAT] } : {}),
    });
  }
  const bottom = first + records.length - 1;
  if (m.table) {
    const headers: string[] = [];
    for (let c = m.firstColumn; c <= m.lastColumn; c++)
      headers.push(String(sheet.values[m.headerRow - 1]?.[c - 1] ?? ''));
    const ref = rangeRef({ ...parseRange(m.table.ref), bottom: Math.max(bottom, m.table.bottom) });
    plan.tables.push({ sheet: m.sheet, name: m.table.name, ref, headers });
  }
  const k = m.columns.conclusion;
  if (k !== undefined) plan.validations.push(conclusionValidation(m.lang, m.sheet, k, first, bottom));
  return plan;
}
