/**
 * Applies an engine Plan to the open workbook with Office.js.
 *
 * Round trips:
 *   sync 1  (prep) which sheets / tables / names exist now, sheet protection,
 *           the co-authoring guard's cells, existing notes
 *   sync 2… writes, queued in plan order and flushed whenever the next
 *           operation would take the request past WRITE_BUDGET_BYTES; each
 *           batch starts with suspendApiCalculationUntilNextSync
 *   +1      header notes, on their own (ExcelApi 1.18; see below), only when
 *           the plan adds notes (structure on a new ledger)
 * so a command costs 1 (+1 with new notes) fixed syncs plus one per write
 * chunk of at most WRITE_BUDGET_BYTES, whatever the number of rows.
 *
 * Everything is written the way the .xlsx adapter writes it: tables
 * (ListObjects), 2-D value blocks, number formats, list validation pointing at
 * `_lists`, custom-formula conditional formats in priority order, frozen
 * header, column widths, hidden helper sheets, defined names, protection.
 */
import { EngineError } from '../engine/core/errors';
import type { MessageKey, MessageParams } from '../i18n/index';
import type { CellValue } from '../engine/core/cells';
import type { Plan, WriteBlock } from '../engine/core/plan';
import type { WorkbookSnapshot } from '../engine/core/snapshot';
import { cellAddress, columnLetters, parseAddress } from '../engine/core/a1';
import { findSheet } from '../engine/core/snapshot';
import { assertLogAppended } from '../engine/audit/append';
import { type SyncStats, WRITE_BUDGET_BYTES, jsonBytes, newStats } from './limits';
import { isSetSupported } from './readSnapshot';
import { fromExcelValue, toExcelInput } from './text';

export interface Degradation {
  key: MessageKey;
  params: MessageParams;
}

export interface ApplyOptions {
  /** The snapshot the plan was computed from (table extents, `_log` length, unchanged header cells). */
  snapshot: WorkbookSnapshot;
  stats?: SyncStats;
  onProgress?: (done: number, total: number) => void;
}

export interface ApplyResult {
  stats: SyncStats;
  /** Things this Excel could not do, as catalogue messages for the pane. */
  degraded: Degradation[];
  /** Cells written (values, formulas, log rows). */
  cellsWritten: number;
}

/**
 * Bytes a queued step costs beyond its payload (object ids, method and
 * property names of the two or three Office.js operations it takes, e.g.
 * getRange + set values). Deliberately generous: our estimate must not be
 * below what goes on the wire.
 */
const OP_OVERHEAD = 300;

/** Guard cells of one column closer than this many rows are read as one range. */
const GUARD_GAP = 50;

/** Excel column width: character units (as in .xlsx files) → points (Office.js). */
export function widthToPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return Math.round(pixels * 0.75 * 100) / 100;
}

function toInputRows(values: CellValue[][], width: number): (string | number | boolean)[][] {
  return values.map((row) => {
    const out: (string | number | boolean)[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = toExcelInput(c < row.length ? (row[c] ?? null) : null);
    return out;
  });
}

function rangeOf(row: number, column: number, rows: number, columns: number): string {
  return `${cellAddress(row, column)}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** Same value for the guard's purposes: Excel gives '' for empty and numbers as numbers. */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === null || b === null) return (a ?? '') === (b ?? '');
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: Plan,
  options: ApplyOptions,
): Promise<ApplyResult> {
  assertLogAppended(plan);
  const stats = options.stats ?? newStats();
  const degraded: Degradation[] = [];
  const degrade = (key: MessageKey, params: MessageParams = {}): void => {
    degraded.push({ key, params });
    stats.degraded.push(key);
  };
  const snapshot = options.snapshot;
  const sync = async (): Promise<void> => {
    stats.syncs++;
    await context.sync();
  };
  const wb = context.workbook;
  const notesSupported = isSetSupported('ExcelApi', '1.18');
  const resizeSupported = isSetSupported('ExcelApi', '1.13');
  const pageLayoutSupported = isSetSupported('ExcelApi', '1.9');

  // ------------------------------------------------------------------ prep sync
  /** One proxy per sheet for the whole command: fewer operations in every request. */
  const sheetProxies = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheetProxies.get(name);
    if (!ws) sheetProxies.set(name, (ws = wb.worksheets.getItem(name)));
    return ws;
  };
  wb.worksheets.load('items/name,items/protection/protected');
  wb.tables.load('items/name');
  wb.names.load('items/name');

  // The co-authoring guard: re-read the cells the plan was computed from, in column runs.
  /** Expected values by row offset; undefined = a cell in between that the plan does not depend on. */
  const guard: { sheet: string; row: number; column: number; values: (CellValue | undefined)[]; range: Excel.Range }[] =
    [];
  if (plan.expect && plan.expect.length > 0) {
    const bySheetCol = new Map<string, { sheet: string; column: number; cells: Map<number, CellValue> }>();
    for (const e of plan.expect) {
      const { row, column } = parseAddress(e.address);
      const k = `${e.sheet}\u0000${column}`;
      let g = bySheetCol.get(k);
      if (!g) bySheetCol.set(k, (g = { sheet: e.sheet, column, cells: new Map() }));
      g.cells.set(row, e.value);
    }
    for (const g of bySheetCol.values()) {
      const rows = [...g.cells.keys()].sort((a, b) => a - b);
      // Nearby cells are read as one range: few operations in the request, little extra in the response.
      let start = 0;
      for (let i = 1; i <= rows.length; i++) {
        if (i === rows.length || rows[i] - rows[i - 1] > GUARD_GAP) {
          const from = rows[start];
          const count = rows[i - 1] - from + 1;
          const range = sheet(g.sheet).getRange(rangeOf(from, g.column, count, 1));
          range.load('values');
          const values: (CellValue | undefined)[] = new Array(count).fill(undefined);
          for (const r of rows.slice(start, i)) values[r - from] = g.cells.get(r) ?? null;
          guard.push({ sheet: g.sheet, row: from, column: g.column, values, range });
          start = i;
        }
      }
    }
  }
  const noteSheets = [...new Set(plan.notes.map((n) => n.sheet))].filter((s) => findSheet(snapshot, s));
  const existingNotes = notesSupported
    ? noteSheets.map((s) => {
        const notes = sheet(s).notes;
        notes.load('items/content');
        return { sheet: s, notes };
      })
    : [];
  const chartSheets = [...new Set((plan.charts ?? []).map((c) => c.sheet))].filter((s) => findSheet(snapshot, s));
  const existingCharts = chartSheets.map((s) => {
    const charts = sheet(s).charts;
    charts.load('items/name');
    return { sheet: s, charts };
  });
  await sync();

  const stale = guard.flatMap((g) => {
    const actual = g.range.values.map((r) => fromExcelValue(r[0]));
    return g.values.flatMap((v, i) =>
      v === undefined || sameValue(v, actual[i]) ? [] : [{ sheet: g.sheet, cell: cellAddress(g.row + i, g.column) }],
    );
  });
  if (stale.length > 0) {
    throw new EngineError('excel.stale', {
      sheet: stale[0].sheet,
      cell: stale[0].cell,
      count: stale.length,
    });
  }
  const sheetNames = new Set(wb.worksheets.items.map((w) => w.name));
  const protectedNow = new Set(wb.worksheets.items.filter((w) => w.protection.protected).map((w) => w.name));
  const tableNames = new Set(wb.tables.items.map((t) => t.name));
  const nameNames = new Set(wb.names.items.map((n) => n.name));

  // ------------------------------------------------------------------ write batches
  let queuedBytes = 0;
  let batchOpen = false;
  let cellsWritten = 0;
  const open = (): void => {
    if (!batchOpen) {
      // Recalculating after every chunk of a big write is what makes Excel slow; once per batch.
      context.application.suspendApiCalculationUntilNextSync();
      batchOpen = true;
      queuedBytes = OP_OVERHEAD;
    }
  };
  const flush = async (): Promise<void> => {
    if (!batchOpen) return;
    stats.writeChunks++;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, queuedBytes);
    await sync();
    batchOpen = false;
  };
  /** Accounts an operation of `bytes`; syncs first if it would not fit in the current request. */
  const reserve = async (bytes: number): Promise<void> => {
    if (batchOpen && queuedBytes + bytes + OP_OVERHEAD > WRITE_BUDGET_BYTES) await flush();
    open();
    queuedBytes += bytes + OP_OVERHEAD;
  };
  const total = plan.writes.reduce((n, w) => n + w.values.length * Math.max(1, ...w.values.map((r) => r.length)), 0);
  const progress = (): void => options.onProgress?.(cellsWritten, total);

  /** Writes a block in row chunks, each under the budget. */
  const writeBlock = async (w: WriteBlock): Promise<void> => {
    const width = Math.max(w.numberFormats?.length ?? 0, ...w.values.map((r) => r.length), 0);
    if (width === 0 || w.values.length === 0) return;
    const rows = toInputRows(w.values, width);
    const ws = sheet(w.sheet);
    if (w.numberFormats) {
      // One scalar per column: the format applies to the whole column of the block.
      for (let c = 0; c < w.numberFormats.length; c++) {
        const f = w.numberFormats[c];
        if (f == null) continue;
        await reserve(f.length + 40);
        ws.getRange(rangeOf(w.row, w.column + c, rows.length, 1)).numberFormat = f as unknown as string[][];
      }
    }
    let start = 0;
    while (start < rows.length) {
      let bytes = 2;
      let end = start;
      const room = () => WRITE_BUDGET_BYTES - OP_OVERHEAD * 2 - (batchOpen ? queuedBytes : OP_OVERHEAD);
      while (end < rows.length) {
        const b = jsonBytes(rows[end]) + 1;
        if (end > start && bytes + b > room()) break;
        bytes += b;
        end++;
      }
      if (end === start + 0) end = start + 1;
      // The chunk did not fit into what is left of this request: start a new one.
      if (batchOpen && bytes > room()) {
        await flush();
        continue;
      }
      await reserve(bytes);
      ws.getRange(rangeOf(w.row + start, w.column, end - start, width)).values = rows.slice(start, end);
      cellsWritten += (end - start) * width;
      progress();
      start = end;
    }
  };

  // 1. sheets: create, unprotect what we are about to write, clear generated sheets
  const touched = new Set<string>([
    ...plan.sheets.map((s) => s.name),
    ...plan.tables.map((t) => t.sheet),
    ...plan.writes.map((w) => w.sheet),
    ...plan.formulas.map((f) => f.sheet),
    ...plan.columnFormats.map((f) => f.sheet),
    ...plan.validations.map((v) => v.sheet),
    ...plan.conditionalFormats.map((c) => c.sheet),
  ]);
  const passwordOf = (name: string): string | undefined =>
    plan.sheets.find((s) => s.name === name)?.protect?.password || undefined;
  for (const op of plan.sheets) {
    if (!sheetNames.has(op.name)) {
      if (!op.create) continue;
      await reserve(op.name.length);
      sheetProxies.set(op.name, wb.worksheets.add(op.name));
      sheetNames.add(op.name);
    }
  }
  for (const name of touched) {
    if (!protectedNow.has(name)) continue;
    await reserve(40);
    sheet(name).protection.unprotect(passwordOf(name));
  }
  for (const op of plan.sheets) {
    if (op.clear && sheetNames.has(op.name)) {
      await reserve(40);
      sheet(op.name)
        .getRange()
        .clear('Contents' as Excel.ClearApplyTo);
    }
  }

  // 2. tables: header row (only if it differs from what is there), then create or resize
  for (const t of plan.tables) {
    const { row, column } = parseAddress(t.ref.split(':')[0]);
    const snapSheet = findSheet(snapshot, t.sheet);
    const current = snapSheet?.values[row - 1] ?? [];
    const differs = t.headers.some((h, i) => fromExcelValue(current[column - 1 + i] ?? '') !== h);
    if (differs) await writeBlock({ sheet: t.sheet, row, column, values: [t.headers] });
    if (!tableNames.has(t.name)) {
      await reserve(t.ref.length + t.name.length + 40);
      const table = sheet(t.sheet).tables.add(t.ref, true);
      table.name = t.name;
      if (t.style) table.style = t.style;
      tableNames.add(t.name);
    } else {
      const before = snapSheet?.tables.find((x) => x.name === t.name)?.ref;
      if (before !== t.ref) {
        if (resizeSupported) {
          await reserve(t.ref.length + 40);
          wb.tables.getItem(t.name).resize(t.ref);
        } else degrade('excel.degraded.tableResize', { table: t.name, ref: t.ref });
      }
    }
  }

  // 3. values, formulas, number formats
  for (const w of plan.writes) await writeBlock(w);
  for (const f of plan.formulas) {
    await reserve(jsonBytes(f.formula));
    sheet(f.sheet).getRange(f.address).formulas = [[f.formula]];
  }
  for (const f of plan.columnFormats) {
    if (f.toRow < f.fromRow) continue;
    await reserve(f.numberFormat.length + 40);
    const col = columnLetters(f.column);
    sheet(f.sheet).getRange(`${col}${f.fromRow}:${col}${f.toRow}`).numberFormat =
      f.numberFormat as unknown as string[][];
  }

  // 4. dropdowns
  for (const v of plan.validations) {
    await reserve(jsonBytes(v) + 200);
    const dv = sheet(v.sheet).getRange(v.range).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: v.listFormula } };
    dv.ignoreBlanks = v.allowBlank;
    dv.errorAlert = {
      showAlert: true,
      style: 'Stop' as Excel.DataValidationAlertStyle,
      title: v.errorTitle,
      message: v.errorMessage,
    };
    if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: v.prompt };
  }

  // 5. conditional formats. Our rules own the table's data rows: rules already on
  //    exactly these ranges are replaced, so a rerun does not stack duplicates.
  const cfRanges = new Map<string, typeof plan.conditionalFormats>();
  for (const cf of [...plan.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    const k = `${cf.sheet}\u0000${cf.range}`;
    if (!cfRanges.has(k)) cfRanges.set(k, []);
    cfRanges.get(k)!.push(cf);
  }
  for (const rules of cfRanges.values()) {
    const range = sheet(rules[0].sheet).getRange(rules[0].range);
    await reserve(40);
    range.conditionalFormats.clearAll();
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      await reserve(jsonBytes(r) + 80);
      const cf = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = r.formula;
      cf.custom.format.fill.color = r.fill.background;
      cf.custom.format.font.color = r.fill.font;
      cf.stopIfTrue = r.stopIfTrue ?? false;
      cf.priority = i;
    }
  }

  // 6. defined names
  for (const n of plan.names) {
    await reserve(n.name.length + n.ref.length);
    if (nameNames.has(n.name)) wb.names.getItem(n.name).formula = n.ref;
    else wb.names.add(n.name, n.ref);
  }

  // 7b. charts on generated sheets: a rebuild replaces the chart of the same name
  for (const c of plan.charts ?? []) {
    if (!sheetNames.has(c.sheet)) continue;
    await reserve(jsonBytes(c) + 200);
    const ws = sheet(c.sheet);
    const old = existingCharts.find((e) => e.sheet === c.sheet)?.charts.items.filter((x) => x.name === c.name) ?? [];
    for (const o of old) o.delete();
    const chart = ws.charts.add(
      'ColumnClustered' as Excel.ChartType,
      ws.getRange(c.dataRange),
      'Columns' as Excel.ChartSeriesBy,
    );
    chart.name = c.name;
    chart.title.text = c.title;
    chart.setPosition(c.anchor);
  }

  // 8. sheet presentation, and protection last (after every write to the sheet)
  for (const op of plan.sheets) {
    if (!sheetNames.has(op.name)) continue;
    const ws = sheet(op.name);
    await reserve(jsonBytes(op) + 200);
    if (op.visibility) {
      ws.visibility = (
        op.visibility === 'veryHidden' ? 'VeryHidden' : op.visibility === 'hidden' ? 'Hidden' : 'Visible'
      ) as Excel.SheetVisibility;
    }
    if (op.tabColor) ws.tabColor = op.tabColor;
    if (op.freeze) {
      ws.freezePanes.unfreeze();
      if (op.freeze.rows > 0 && op.freeze.columns > 0) {
        ws.freezePanes.freezeAt(ws.getRange(rangeOf(1, 1, op.freeze.rows, op.freeze.columns)));
      } else if (op.freeze.rows > 0) ws.freezePanes.freezeRows(op.freeze.rows);
      else if (op.freeze.columns > 0) ws.freezePanes.freezeColumns(op.freeze.columns);
    }
    // Printing (optional in the plan; the page layout API is ExcelApi 1.9, above our 1.8 minimum).
    const print = (op as { print?: { orientation: 'landscape' | 'portrait'; fitToWidth: boolean } }).print;
    if (print && pageLayoutSupported) {
      ws.pageLayout.orientation = (
        print.orientation === 'landscape' ? 'Landscape' : 'Portrait'
      ) as Excel.PageOrientation;
      if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    }
    for (const [c, w] of Object.entries(op.widths ?? {})) {
      const col = columnLetters(Number(c));
      ws.getRange(`${col}:${col}`).format.columnWidth = widthToPoints(w);
    }
  }
  for (const name of touched) {
    const op = plan.sheets.find((s) => s.name === name);
    const wanted = op?.protect ?? (protectedNow.has(name) ? { password: '' } : undefined);
    if (!wanted || !sheetNames.has(name)) continue;
    await reserve(80);
    // Formatting and filtering stay allowed: protection here guards values, it is not a lock-out.
    sheet(name).protection.protect(
      { allowAutoFilter: true, allowSort: true, allowFormatColumns: true, allowFormatRows: true },
      op?.protect?.password || undefined,
    );
  }
  await flush();

  // 9. header notes. ExcelApi 1.18 has notes; adding one where a note already is
  //    fails, and a note's cell is not known without another round trip, so notes
  //    whose text is already in the sheet are skipped and the rest go in their
  //    own request, whose failure costs only the notes.
  if (plan.notes.length > 0) {
    if (!notesSupported) degrade('excel.degraded.notes', { count: plan.notes.length });
    else {
      const have = new Set(
        existingNotes.flatMap(({ sheet: s, notes }) => notes.items.map((n) => `${s}\u0000${n.content}`)),
      );
      const todo = plan.notes.filter((n) => !have.has(`${n.sheet}\u0000${n.text}`));
      if (todo.length > 0) {
        for (const n of todo) sheet(n.sheet).notes.add(n.address, n.text);
        try {
          // A fixed extra round trip (not a payload chunk): header notes are few and small.
          await sync();
        } catch {
          degrade('excel.degraded.notesExisting', { count: todo.length });
        }
      }
    }
  }
  return { stats, degraded, cellsWritten };
}
