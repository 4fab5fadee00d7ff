/** Ranges, multi-area ranges, their format (column widths) and data validation. */
import { columnLetters } from '../../src/engine/core/a1';
import { FakeError } from './errors';
import { CollectionProxy, Proxy } from './proxy';
import { ConditionalFormatCollectionProxy } from './rules';
import {
  type FakeSheet,
  type FakeValidation,
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  cellsOf,
  overlaps,
  parseRect,
  rectAddress,
  subtract,
} from './workbook';

/** "A range is limited to five million cells for get operations" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins). */
export const MAX_GET_CELLS = 5_000_000;

/**
 * "Note that if the merged areas count in this range is more than 512, then
 * this method will fail to return the result" (Range.getMergedAreasOrNullObject,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */
export const MAX_MERGED_AREAS = 512;

/** An address as Excel writes it: whole rows as '1:2', whole columns as 'A:B'. */
export function excelAddress(rect: Rect): string {
  if (rect.left === 1 && rect.right === MAX_COLUMNS) return `${rect.top}:${rect.bottom}`;
  if (rect.top === 1 && rect.bottom === MAX_ROWS) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  return rectAddress(rect);
}

export function qualified(sheet: FakeSheet, address: string): string {
  const quoted = /[^A-Za-z0-9_]/.test(sheet.name) ? `'${sheet.name.replace(/'/g, "''")}'` : sheet.name;
  return `${quoted}!${address}`;
}

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function grid<V>(rect: Rect, f: (row: number, column: number) => V): V[][] {
  if (cellsOf(rect) > MAX_GET_CELLS) {
    throw new FakeError('RangeExceedsLimit', `A read is limited to ${MAX_GET_CELLS} cells (${cellsOf(rect)} asked).`);
  }
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/** Office.js accepts a scalar for the whole range, or a 2-D array of exactly the range's size. */
function eachInput(rect: Rect, input: unknown, f: (row: number, column: number, v: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    if (rows * cols > MAX_GET_CELLS)
      throw new FakeError('InvalidArgument', 'Range too large for a scalar set in the fake');
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) f(rect.top + r, rect.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
    );
  }
  input.forEach((row: unknown[], r) => row.forEach((v, c) => f(rect.top + r, rect.left + c, v)));
}

export class RangeProxy extends Proxy<RangeTarget> {
  constructor(context: ConstructorParameters<typeof Proxy>[0], resolver: () => RangeTarget | null) {
    super(context, resolver, 'Range');
  }
  get address(): string {
    return this._get('address');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set('values', v, ({ sheet, rect }) => {
      sheet.assertWritable('write values');
      eachInput(rect, v, (r, c, x) => sheet.type(r, c, x));
    });
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set('formulas', v, ({ sheet, rect }) => {
      sheet.assertWritable('write formulas');
      eachInput(rect, v, (r, c, x) => sheet.setFormula(r, c, x));
    });
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set('numberFormat', v, ({ sheet, rect }) => {
      sheet.assertWritable('format cells', 'allowFormatCells');
      eachInput(rect, v, (r, c, x) => sheet.setNumberFormat(r, c, x));
    });
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get dataValidation(): DataValidationProxy {
    return this._nav('dataValidation', () => new DataValidationProxy(this.context, () => this._t(), 'DataValidation'));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._nav(
      'conditionalFormats',
      () => new ConditionalFormatCollectionProxy(this.context, () => this._t(), 'ConditionalFormatCollection'),
    );
  }
  get format(): RangeFormatProxy {
    return this._nav('format', () => new RangeFormatProxy(this.context, () => this._t(), 'RangeFormat'));
  }
  /**
   * The merged areas whose top-left cell is in this range — only those: "The
   * getMergedAreasOrNullObject method will only return merged areas whose top
   * left cell exists in the range passed" (office-js issue #3611,
   * https://github.com/OfficeDev/office-js/issues/3611) — and a failure past
   * MAX_MERGED_AREAS of them (the reference does not name the code:
   * GeneralException here).
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const p = new RangeAreasProxy(this.context, () => {
      const { sheet, rect } = this._t();
      if ((this.context.host as { faults?: { mergedAreas?: boolean } }).faults?.mergedAreas) {
        throw new FakeError('GeneralException', 'There was an internal error while processing the request.');
      }
      const rects = sheet.merges
        .map((m) => parseRect(m))
        .filter((m) => overlaps({ ...m, bottom: m.top, right: m.left }, rect));
      if (rects.length > MAX_MERGED_AREAS) {
        throw new FakeError('GeneralException', `${rects.length} merged areas: more than ${MAX_MERGED_AREAS}`);
      }
      return rects.length ? { sheet, rects } : null;
    });
    this._queue({ m: 'getMergedAreasOrNullObject', r: p._id }, () => p._tryResolve());
    return p;
  }
  /** Selecting shows the cells: a hidden sheet's cells cannot be selected (see WorksheetProxy.activate). */
  select(): void {
    this._queue({ m: 'select' }, () => {
      const { sheet, rect } = this._t();
      if (sheet.visibility !== 'Visible') {
        throw new FakeError('InvalidOperation', `Cannot select a cell of the hidden sheet ${sheet.name}`);
      }
      this.context.wb.selection = { sheet: sheet.name, address: rectAddress(rect) };
      this.context.wb.active = this.context.wb.sheets.indexOf(sheet);
    });
  }
  clear(applyTo?: string): void {
    this._queue({ m: 'clear', a: [applyTo ?? 'All'] }, () => {
      const { sheet, rect } = this._t();
      sheet.assertWritable('clear');
      for (const [k, cell] of [...sheet.cells]) {
        const [r, c] = k.split(',').map(Number);
        if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) continue;
        if (applyTo === 'Contents') {
          if (cell.numberFormat) sheet.cells.set(k, { value: '', numberFormat: cell.numberFormat });
          else sheet.cells.delete(k);
        } else sheet.cells.delete(k);
      }
    });
  }
  /** "Unmerge the range cells into separate cells" (Range.unmerge, ExcelApi 1.2): every merged area the range touches. */
  unmerge(): void {
    this._queue({ m: 'unmerge' }, () => {
      const { sheet, rect } = this._t();
      sheet.assertWritable('unmerge cells');
      sheet.merges = sheet.merges.filter((m) => !overlaps(parseRect(m), rect));
    });
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    if (name === 'format') return this.format;
    return name === 'dataValidation' ? this.dataValidation : undefined;
  }
  protected _prop(name: string): unknown {
    const { sheet, rect } = this._t();
    switch (name) {
      case 'address':
        return qualified(sheet, excelAddress(rect));
      case 'values':
        return grid(rect, (r, c) => sheet.valueAt(r, c));
      case 'formulas':
        return grid(rect, (r, c) => sheet.formulaAt(r, c));
      case 'numberFormat':
        return grid(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'rowIndex':
        return rect.top - 1;
      case 'columnIndex':
        return rect.left - 1;
    }
    throw new FakeError('InvalidArgument', `Range.${name} is not modelled by the fake`);
  }
}

/** Several rectangles of one sheet: merged areas, a multi-area selection (RangeAreas). */
export class RangeAreasProxy extends Proxy<{ sheet: FakeSheet; rects: Rect[] }> {
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get areas(): RangeCollectionProxy {
    return this._nav('areas', () => new RangeCollectionProxy(this.context, () => this._t(), 'RangeCollection'));
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    return name === 'areas' ? this.areas : undefined;
  }
  protected _prop(name: string): unknown {
    const { sheet, rects } = this._t();
    if (name === 'address') return rects.map((r) => qualified(sheet, excelAddress(r))).join(', ');
    if (name === 'areaCount') return rects.length;
    throw new FakeError('InvalidArgument', `RangeAreas.${name} is not modelled`);
  }
}

export class RangeCollectionProxy extends CollectionProxy<{ sheet: FakeSheet; rects: Rect[] }, RangeProxy> {
  protected _item(target: () => unknown): RangeProxy {
    return new RangeProxy(this.context, target as () => RangeTarget);
  }
  protected _list(): unknown[] {
    const { sheet, rects } = this._t() as unknown as { sheet: FakeSheet; rects: Rect[] };
    return rects.map((rect) => ({ sheet, rect }));
  }
}

export class RangeFormatProxy extends Proxy<RangeTarget> {
  /** Points; null when the range's columns are not all the same width (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat). */
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, ({ sheet, rect }) => {
      sheet.assertWritable('change column widths', 'allowFormatColumns');
      // Excel keeps whole pixels.
      const px = Math.round(points / 0.75);
      for (let c = rect.left; c <= rect.right; c++) sheet.widths.set(c, px * 0.75);
    });
  }
  /** Rows measured to their wrapped text (ExcelApi 1.2): recorded; the fake does not lay text out. */
  autofitRows(): void {
    this._queue({ m: 'autofitRows' }, () => {
      const { sheet, rect } = this._t();
      sheet.assertWritable('format rows', 'allowFormatRows');
      sheet.autofitRows.push({ first: rect.top, last: rect.bottom });
    });
  }
  /** Kept per range as set (the fake does not resolve overlapping formats cell by cell). */
  set wrapText(v: boolean) {
    this.blockFormat('wrapText', v);
  }
  set verticalAlignment(v: string) {
    if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(v)) {
      throw new FakeError('InvalidArgument', `verticalAlignment ${v}`);
    }
    this.blockFormat('verticalAlignment', v);
  }
  private blockFormat(prop: 'wrapText' | 'verticalAlignment', v: boolean | string): void {
    this._set(prop, v, ({ sheet, rect }) => {
      sheet.assertWritable('format cells', 'allowFormatCells');
      const address = rectAddress(rect);
      const block = sheet.formatBlocks.find((b) => b.address === address);
      if (block) block[prop] = v as never;
      else sheet.formatBlocks.push({ address, [prop]: v });
    });
  }
  protected _prop(name: string): unknown {
    if (name !== 'columnWidth') throw new FakeError('InvalidArgument', `RangeFormat.${name} is not modelled`);
    const { sheet, rect } = this._t();
    const widths = new Set<number>();
    for (let c = rect.left; c <= rect.right && widths.size < 2; c++) widths.add(sheet.columnWidth(c));
    return widths.size === 1 ? [...widths][0] : null;
  }
}

/**
 * Data validation (ExcelApi 1.8, https://learn.microsoft.com/javascript/api/excel/excel.datavalidation):
 * refused on a protected sheet; read back as the range's one validation,
 * `type` 'None' when it has none and 'Inconsistent' when its cells differ.
 */
export class DataValidationProxy extends Proxy<RangeTarget> {
  private edit(f: (v: FakeValidation) => void): (t: RangeTarget) => void {
    return ({ sheet, rect }) => {
      sheet.assertWritable('change data validation');
      const address = rectAddress(rect);
      let v = sheet.validations.find((x) => x.range === address);
      if (!v) sheet.validations.push((v = { range: address, rule: null }));
      f(v);
    };
  }
  /** Only the range's cells lose their validation; the rest of a validation that overlaps it stays. */
  clear(): void {
    this._queue({ m: 'clear' }, () => {
      const { sheet, rect } = this._t();
      sheet.assertWritable('clear data validation');
      sheet.validations = sheet.validations.flatMap((v) =>
        subtract(parseRect(v.range), rect).map((r) =>
          rectAddress(r) === v.range ? v : { ...v, range: rectAddress(r) },
        ),
      );
    });
  }
  get type(): string {
    return this._get('type');
  }
  get rule(): unknown {
    return this._get('rule');
  }
  set rule(rule: unknown) {
    this._set(
      'rule',
      rule,
      this.edit((v) => (v.rule = rule)),
    );
  }
  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(b: boolean) {
    this._set(
      'ignoreBlanks',
      b,
      this.edit((v) => (v.ignoreBlanks = b)),
    );
  }
  get errorAlert(): FakeValidation['errorAlert'] {
    return this._get('errorAlert');
  }
  set errorAlert(a: FakeValidation['errorAlert']) {
    this._set(
      'errorAlert',
      a,
      this.edit((v) => (v.errorAlert = a)),
    );
  }
  get prompt(): FakeValidation['prompt'] {
    return this._get('prompt');
  }
  set prompt(p: FakeValidation['prompt']) {
    this._set(
      'prompt',
      p,
      this.edit((v) => (v.prompt = p)),
    );
  }
  /** The one validation covering every cell of the range; null for none, 'mixed' when cells differ. */
  private current(): FakeValidation | null | 'mixed' {
    const { sheet, rect } = this._t();
    const over = sheet.validations.filter((v) => v.rule && overlaps(parseRect(v.range), rect));
    if (over.length === 0) return null;
    if (over.length > 1) return 'mixed';
    const r = parseRect(over[0].range);
    const covers = r.top <= rect.top && r.left <= rect.left && r.bottom >= rect.bottom && r.right >= rect.right;
    return covers ? over[0] : 'mixed';
  }
  protected _prop(name: string): unknown {
    const v = this.current();
    const one = v === null || v === 'mixed' ? null : v;
    switch (name) {
      case 'type':
        return v === null ? 'None' : v === 'mixed' ? 'Inconsistent' : 'List';
      case 'rule':
        return one?.rule ?? {};
      case 'ignoreBlanks':
        return one?.ignoreBlanks ?? true;
      case 'errorAlert':
        return one?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
      case 'prompt':
        return one?.prompt ?? { showPrompt: false, title: '', message: '' };
    }
    throw new FakeError('InvalidArgument', `DataValidation.${name} is not modelled`);
  }
}
