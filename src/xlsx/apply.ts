/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS objects live in memory: there is no context.sync() here, these Office.js rules do not apply. */
/**
 * applyPlan: an engine Plan applied to an ExcelJS workbook, in memory. Thin:
 * every decision was taken by the engine; this only knows how ExcelJS stores
 * things. Quirks handled here:
 * - a string starting with '=' is stored as a string (ExcelJS only makes a
 *   formula from a { formula } object), so cell text is never evaluated;
 * - tables are written as table models over the cells already there (ExcelJS's
 *   addTable would rewrite every cell), and tables loaded from a file get
 *   their header row back (ExcelJS reads a missing headerRowCount as 0);
 * - data validations loaded from a file are expanded per cell: ours are
 *   removed cell by cell before the range is added again;
 * - conditional formats: ExcelJS drops stopIfTrue, so our rules are written
 *   to be mutually exclusive and need no stop;
 * - 1904-system workbooks: date serials are shifted on write.
 */
import ExcelJS from 'exceljs';
import { CellValue, EngineError, assertLogAppended, isCellError, sameValue, valueText } from '../engine';
import { ConditionalFormatOp, Plan } from '../engine/core/plan';
import { cellAddress, parseAddress } from '../engine/core/a1';
import { TableModel, toCellValue } from './snapshot';

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(f) || /m{1,2}\b.*\bd/i.test(f);
}

function rect(ref: string) {
  const [a, b = a] = ref.split(':');
  const tl = parseAddress(a);
  const br = parseAddress(b);
  return { top: tl.row, left: tl.column, bottom: br.row, right: br.column };
}

function toExcelValue(v: CellValue, date1904: boolean, isDate: boolean): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  if (typeof v === 'number' && isDate && date1904) return v - 1462;
  return v;
}

export class PlanConflictError extends EngineError {
  constructor(params: Record<string, string>) {
    super('xlsx.conflict', params);
  }
}

function sheetOrThrow(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`plan refers to a missing sheet: ${name}`);
  return ws;
}

interface CfEntry {
  ref: string;
  rules: { type: string; formulae?: unknown[]; [k: string]: unknown }[];
}

function normFormula(f: string): string {
  return f.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

export interface ApplyStats {
  cellsWritten: number;
}

export async function applyPlan(wb: ExcelJS.Workbook, plan: Plan): Promise<ApplyStats> {
  assertLogAppended(plan);
  const date1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  let cellsWritten = 0;

  // ---- co-authoring guard: nothing is written if a cell changed since the snapshot
  for (const e of plan.expect ?? []) {
    const ws = wb.getWorksheet(e.sheet);
    const actual = ws ? toCellValue(ws.getCell(e.address).value) : null;
    if (!sameValue(actual, e.value)) {
      throw new PlanConflictError({
        sheet: e.sheet,
        cell: e.address,
        expected: valueText(e.value),
        actual: valueText(actual),
      });
    }
  }

  // ---- sheets
  for (const op of plan.sheets) {
    let ws = wb.getWorksheet(op.name);
    if (!ws) {
      if (!op.create) throw new Error(`plan refers to a missing sheet: ${op.name}`);
      ws = wb.addWorksheet(op.name);
    }
    if (op.visibility) ws.state = op.visibility;
    if (op.clear) {
      ws.spliceRows(1, ws.rowCount);
    }
    if (op.freeze) {
      const { rows, columns } = op.freeze;
      ws.views = [
        {
          state: 'frozen',
          xSplit: columns,
          ySplit: rows,
          topLeftCell: cellAddress(rows + 1, columns + 1),
          activeCell: cellAddress(rows + 1, columns + 1),
        },
      ];
    }
    if (op.widths) {
      for (const [c, w] of Object.entries(op.widths)) {
        const col = ws.getColumn(Number(c));
        if (!col.width) col.width = w;
      }
    }
    if (op.tabColor) ws.properties.tabColor = { argb: argb(op.tabColor) };
    if (op.print) {
      ws.pageSetup.orientation = op.print.orientation;
      if (op.print.fitToWidth) {
        ws.pageSetup.fitToPage = true;
        ws.pageSetup.fitToWidth = 1;
        ws.pageSetup.fitToHeight = 0;
      }
    }
  }

  // ---- values
  for (const block of plan.writes) {
    const ws = sheetOrThrow(wb, block.sheet);
    block.values.forEach((rowValues, i) => {
      const row = ws.getRow(block.row + i);
      rowValues.forEach((v, j) => {
        const fmt = block.numberFormats?.[j] ?? null;
        const cell = row.getCell(block.column + j);
        cell.value = toExcelValue(v, date1904, isDateFormat(fmt ?? cell.numFmt));
        if (fmt) cell.numFmt = fmt;
        cellsWritten++;
      });
    });
  }
  for (const f of plan.formulas) {
    const ws = sheetOrThrow(wb, f.sheet);
    ws.getCell(f.address).value = { formula: f.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    cellsWritten++;
  }

  // ---- tables: models over the cells already there
  for (const op of plan.tables) {
    const ws = sheetOrThrow(wb, op.sheet);
    const r = rect(op.ref);
    op.headers.forEach((h, i) => {
      const cell = ws.getCell(r.top, r.left + i);
      // Table headers are text in Excel (a numeric header is turned into text, as Excel does when it makes a table).
      if (typeof cell.value !== 'string' || cell.value !== h) cell.value = h;
    });
    const tables = (ws as unknown as { tables: Record<string, { model: TableModel; table?: TableModel }> }).tables;
    const existing = Object.entries(tables).find(([, t]) => (t.model ?? t.table)?.name === op.name);
    const previous = existing ? (existing[1].model ?? existing[1].table) : undefined;
    const model: TableModel = {
      ...(previous ?? {}),
      name: op.name,
      displayName: op.name,
      ref: cellAddress(r.top, r.left),
      tableRef: op.ref,
      autoFilterRef: op.ref,
      headerRow: true,
      totalsRow: false,
      style: previous?.style ?? {
        theme: op.style ?? 'TableStyleLight9',
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
    if (existing) delete tables[existing[0]];
    // ExcelJS serialises `table.model`; a plain holder avoids Table.store() rewriting every cell.
    tables[op.name] = { model } as never;
  }

  // ---- number formats (only where the cell has no date format of its own)
  for (const op of plan.columnFormats) {
    const ws = sheetOrThrow(wb, op.sheet);
    for (let r = op.fromRow; r <= op.toRow; r++) {
      const cell = ws.getCell(r, op.column);
      if (!isDateFormat(cell.numFmt)) cell.numFmt = op.numberFormat;
    }
  }

  // ---- header notes (a note the user wrote is kept)
  for (const n of plan.notes) {
    const cell = sheetOrThrow(wb, n.sheet).getCell(n.address);
    if (!cell.note) cell.note = n.text;
  }

  // ---- data validations: replace what covers the range
  for (const v of plan.validations) {
    const ws = sheetOrThrow(wb, v.sheet);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
    const target = rect(v.range);
    for (const key of Object.keys(dv.model)) {
      if (!dv.model[key]) continue;
      const k = rect(key.replace(/\$/g, ''));
      if (k.left <= target.right && k.right >= target.left && k.top <= target.bottom && k.bottom >= target.top) {
        delete dv.model[key];
      }
    }
    dv.model[v.range] = {
      type: 'list',
      allowBlank: v.allowBlank,
      formulae: [v.listFormula.replace(/^=/, '')],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.errorTitle,
      error: v.errorMessage,
      showInputMessage: !!v.prompt,
      prompt: v.prompt,
    };
  }

  // ---- conditional formats: ours are replaced, the user's kept
  const bySheet = new Map<string, ConditionalFormatOp[]>();
  for (const cf of plan.conditionalFormats) {
    const list = bySheet.get(cf.sheet) ?? [];
    list.push(cf);
    bySheet.set(cf.sheet, list);
  }
  for (const [sheet, ops] of bySheet) {
    const ws = sheetOrThrow(wb, sheet) as unknown as { conditionalFormattings: CfEntry[] };
    const ours = new Set(ops.map((o) => normFormula(o.formula)));
    const isOurs = (f: string) => ours.has(normFormula(f)) || /RL_DUESOONDAYS/.test(normFormula(f));
    const kept = (ws.conditionalFormattings ?? [])
      .map((cf) => ({
        ...cf,
        rules: cf.rules.filter((rule) => {
          const formulae = (rule as { formulae?: string[] }).formulae ?? [];
          return !(rule.type === 'expression' && formulae.some((f) => isOurs(String(f))));
        }),
      }))
      .filter((cf) => cf.rules.length > 0);
    const byRange = new Map<string, ConditionalFormatOp[]>();
    for (const o of [...ops].sort((a, b) => a.priority - b.priority)) {
      const list = byRange.get(o.range) ?? [];
      list.push(o);
      byRange.set(o.range, list);
    }
    const added = [...byRange.entries()].map(([ref, list]) => ({
      ref,
      rules: list.map((o) => ({
        type: 'expression' as const,
        priority: o.priority,
        formulae: [o.formula.replace(/^=/, '')],
        style: {
          fill: {
            type: 'pattern' as const,
            pattern: 'solid' as const,
            fgColor: { argb: argb(o.fill.background) },
            bgColor: { argb: argb(o.fill.background) },
          },
          font: { color: { argb: argb(o.fill.font) } },
        },
      })),
    }));
    ws.conditionalFormattings = [...added, ...kept] as CfEntry[];
  }

  // ---- defined names
  for (const n of plan.names) {
    const names = wb.definedNames as unknown as {
      removeAllNames?: (loc: unknown) => void;
      matrixMap: Record<string, unknown>;
      add: (loc: string, name: string) => void;
    };
    delete names.matrixMap[n.name];
    names.add(n.ref.replace(/^=/, ''), n.name);
  }

  // ---- protection (after writes; it only guards the user interface)
  for (const op of plan.sheets) {
    if (!op.protect) continue;
    const ws = sheetOrThrow(wb, op.name);
    await ws.protect(op.protect.password, {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      autoFilter: true,
      sort: true,
    });
  }

  return { cellsWritten };
}
