/**
 * One normalised model of a workbook, extracted from the fake Excel host's
 * workbook (what the Office.js adapter produced) and from an ExcelJS workbook
 * read back from its file (what the .xlsx adapter produced), so the two can
 * be compared cell by cell and format by format. Units are made the same
 * here: widths in points, formulas without '=', colours '#RRGGBB', dates as
 * serials; everything else is as each side stores it.
 */
import ExcelJS from 'exceljs';
import { cellAddress, columnLetters, parseRange } from '../../src/engine/core/a1';
import { widthToPoints } from '../../src/excel';
import { dateToSerial } from '../../src/xlsx';
import {
  conditionalFormattings,
  isSheetProtected,
  mergedRanges,
  tableModels,
  validationModel,
} from '../../src/xlsx/internals';
import type { FakeSheet, FakeWorkbook } from '../fakeExcel';

export type Scalar = string | number | boolean;

export interface CellModel {
  value?: Scalar;
  formula?: string;
  format?: string;
}

export interface RuleModel {
  range: string;
  formula: string;
  fill: string;
  font: string;
}

export interface SheetModel {
  visibility: string;
  protected: boolean;
  /** A1 → what the cell holds; cells with no value, formula or number format are left out. */
  cells: Record<string, CellModel>;
  /** Column → width in points, for columns with a width of their own. */
  widths: Record<number, number>;
  /** A1 → list source, cell by cell (a validation's range is expanded). */
  validations: Record<string, string>;
  /** Conditional formats in priority order. */
  rules: RuleModel[];
  notes: Record<string, string>;
  frozen: { rows: number; columns: number } | null;
  tables: { name: string; ref: string }[];
  /** Merged ranges, sorted. */
  merges: string[];
  /** How the sheet prints, when the plan set it. */
  print: PrintModel | null;
  /** The block of cells that wrap their text, top-aligned ('' when none). */
  wrap: string;
}

export interface PrintModel {
  orientation: string;
  paper: string;
  pagesWide: number;
  titleRows: string;
  area: string;
  /** leftHeader, centerFooter… as Office.js names them. */
  texts: Record<string, string>;
}

export interface WorkbookModel {
  sheets: Record<string, SheetModel>;
  names: Record<string, string>;
}

const noEq = (f: string) => f.replace(/^=/, '');
const colour = (c: string | undefined) => (c ? `#${c.replace(/^#/, '').slice(-6).toUpperCase()}` : '');
/** Serials and fractions the same on both sides (ExcelJS goes through a Date). */
const num = (v: Scalar) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v);
const ref = (r: string) => noEq(r).replace(/'/g, '');

function expand(range: string, source: string, out: Record<string, string>): void {
  for (const part of range.split(/\s+/).filter(Boolean)) {
    const r = parseRange(part.replace(/\$/g, ''));
    for (let row = r.top; row <= r.bottom; row++) {
      for (let c = r.left; c <= r.right; c++) out[cellAddress(row, c)] = source;
    }
  }
}

function cellModel(value: Scalar | null, formula: string | undefined, format: string | undefined): CellModel | null {
  const out: CellModel = {};
  if (formula) out.formula = noEq(formula);
  else if (value !== null && value !== '') out.value = num(value);
  if (format && format !== 'General') out.format = format;
  return Object.keys(out).length ? out : null;
}

// ---------------------------------------------------------------- the fake Excel host

function fakeSheet(s: FakeSheet): SheetModel {
  const cells: Record<string, CellModel> = {};
  for (const [k, c] of s.cells) {
    const [row, column] = k.split(',').map(Number);
    const m = cellModel(c.value, c.formula, c.numberFormat);
    if (m) cells[cellAddress(row, column)] = m;
  }
  const validations: Record<string, string> = {};
  for (const v of s.validations) {
    expand(v.range, noEq((v.rule as { list: { source: string } }).list.source), validations);
  }
  return {
    visibility: s.visibility.charAt(0).toLowerCase() + s.visibility.slice(1),
    protected: s.protection.protected,
    cells,
    widths: Object.fromEntries(s.widths),
    validations,
    rules: s.rulesInOrder().map((r) => ({
      range: r.range,
      formula: noEq(r.formula ?? ''),
      fill: colour(r.fill),
      font: colour(r.font),
    })),
    notes: Object.fromEntries(s.notes),
    frozen: s.freeze && (s.freeze.rows > 0 || s.freeze.columns > 0) ? { ...s.freeze } : null,
    tables: s.tables.map((t) => ({ name: t.name, ref: t.ref })).sort((a, b) => a.name.localeCompare(b.name)),
    merges: [...s.merges].sort(),
    print: fakePrint(s),
    wrap: s.formatBlocks
      .filter((b) => b.wrapText && b.verticalAlignment === 'Top')
      .map((b) => b.address)
      .join(','),
  };
}

function fakePrint(s: FakeSheet): PrintModel | null {
  const p = s.pageLayout;
  if (!p.paperSize) return null;
  const zoom = p.zoom as { horizontalFitToPages?: number } | undefined;
  const area = p.printArea;
  return {
    orientation: (p.orientation ?? '').toLowerCase(),
    paper: p.paperSize,
    pagesWide: zoom?.horizontalFitToPages ?? 0,
    titleRows: p.titleRows ?? '',
    area: area ? `${columnLetters(area.left)}${area.top}:${columnLetters(area.right)}${area.bottom}` : '',
    texts: Object.fromEntries(Object.entries(p.texts ?? {}).filter(([, v]) => v)) as Record<string, string>,
  };
}

export function modelOfFake(wb: FakeWorkbook): WorkbookModel {
  return {
    sheets: Object.fromEntries(wb.sheets.map((s) => [s.name, fakeSheet(s)])),
    names: Object.fromEntries([...wb.names].map(([n, r]) => [n, ref(r)])),
  };
}

// ---------------------------------------------------------------- ExcelJS

function excelValue(v: ExcelJS.CellValue): { value: Scalar | null; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (v instanceof Date) return { value: dateToSerial(v) };
  if (typeof v !== 'object') return { value: v };
  const o = v as unknown as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) return { value: null, formula: String(o.formula ?? o.sharedFormula) };
  if ('error' in o) return { value: String(o.error) };
  if ('richText' in o) return { value: (o.richText as { text: string }[]).map((t) => t.text).join('') };
  return { value: String(o.text ?? '') };
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function excelRules(ws: ExcelJS.Worksheet): RuleModel[] {
  return conditionalFormattings(ws)
    .flatMap((cf) => cf.rules.map((rule) => ({ range: cf.ref, rule })))
    .sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0))
    .map(({ range, rule }) => {
      const fill = rule.style?.fill as { bgColor?: { argb?: string }; fgColor?: { argb?: string } } | undefined;
      return {
        range,
        formula: noEq(String(rule.formulae?.[0] ?? '')),
        fill: colour(fill?.bgColor?.argb ?? fill?.fgColor?.argb),
        font: colour(rule.style?.font?.color?.argb),
      };
    });
}

function excelSheet(ws: ExcelJS.Worksheet): SheetModel {
  const cells: Record<string, CellModel> = {};
  const notes: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const { value, formula } = excelValue(cell.value);
      const m = cellModel(value, formula, cell.numFmt);
      if (m) cells[cell.address] = m;
      if (cell.note) notes[cell.address] = noteText(cell.note);
    }),
  );
  const validations: Record<string, string> = {};
  for (const [range, v] of Object.entries(validationModel(ws))) {
    if (v?.type === 'list') expand(range, noEq(String(v.formulae?.[0] ?? '')), validations);
  }
  const widths: Record<number, number> = {};
  for (const col of ws.columns ?? []) {
    if (typeof col.width === 'number' && col.number) widths[col.number] = widthToPoints(col.width);
  }
  const view = (ws.views ?? []).find((v) => v.state === 'frozen') as ExcelJS.WorksheetViewFrozen | undefined;
  return {
    visibility: ws.state,
    protected: isSheetProtected(ws),
    cells,
    widths,
    validations,
    rules: excelRules(ws),
    notes,
    frozen: view && (view.ySplit || view.xSplit) ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
    tables: tableModels(ws)
      .map((t) => ({ name: t.name, ref: String(t.tableRef ?? t.ref) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    merges: mergedRanges(ws).sort(),
    print: excelPrint(ws),
    wrap: wrappedBlock(ws),
  };
}

/** The bounding block of the cells that wrap, top-aligned. */
function wrappedBlock(ws: ExcelJS.Worksheet): string {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (!cell.alignment?.wrapText || cell.alignment.vertical !== 'top') return;
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }),
  );
  const b = box as { top: number; left: number; bottom: number; right: number } | null;
  return b ? `${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}` : '';
}

/** '&Lleft&Ccenter&Rright' → { leftHeader: 'left', … } (or …Footer). */
function sections(text: string | undefined, kind: 'Header' | 'Footer'): Record<string, string> {
  const out: Record<string, string> = {};
  const names = { L: 'left', C: 'center', R: 'right' } as const;
  for (const m of (text ?? '').matchAll(/&([LCR])((?:[^&]|&[^LCR])*)/g)) {
    if (m[2]) out[`${names[m[1] as 'L' | 'C' | 'R']}${kind}`] = m[2];
  }
  return out;
}

function excelPrint(ws: ExcelJS.Worksheet): PrintModel | null {
  const p = ws.pageSetup;
  if (!p.paperSize) return null;
  return {
    orientation: p.orientation ?? '',
    paper: p.paperSize === 9 ? 'A4' : String(p.paperSize),
    pagesWide: p.fitToPage ? (p.fitToWidth ?? 0) : 0,
    titleRows: p.printTitlesRow ?? '',
    area: p.printArea ?? '',
    texts: { ...sections(ws.headerFooter.oddHeader, 'Header'), ...sections(ws.headerFooter.oddFooter, 'Footer') },
  };
}

export function modelOfExcelJS(wb: ExcelJS.Workbook): WorkbookModel {
  const names: Record<string, string> = {};
  for (const n of wb.definedNames.model) names[n.name] = n.ranges.map(ref).join(',');
  return { sheets: Object.fromEntries(wb.worksheets.map((ws) => [ws.name, excelSheet(ws)])), names };
}
