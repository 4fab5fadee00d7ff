/** The workbook, its worksheets and what hangs on a worksheet (protection, page layout, frozen panes). */
import { FakeError } from './errors';
import { CollectionProxy, type ContextLike, Proxy } from './proxy';
import { RangeAreasProxy, RangeProxy } from './range';
import { ChartCollectionProxy, NamedItemCollectionProxy, NoteCollectionProxy, TableCollectionProxy } from './objects';
import { type FakeSheet, type FakeWorkbook, MAX_COLUMNS, MAX_ROWS, type Rect, parseRect } from './workbook';

export class ApplicationProxy extends Proxy<null> {
  suspendApiCalculationUntilNextSync(): void {
    this._queue({ m: 'suspendApiCalculationUntilNextSync' }, () => {
      this.context.host.calculationSuspensions++;
    });
  }
  protected _prop(): unknown {
    return undefined;
  }
}

/** Areas of the user's selection ('A1:B2,D5' → two rectangles). */
function selectionAreas(wb: FakeWorkbook): { sheet: FakeSheet; rects: Rect[] } {
  const sel = wb.selection ?? { sheet: wb.activeSheet.name, address: 'A1' };
  return { sheet: wb.mustSheet(sel.sheet), rects: sel.address.split(',').map((a) => parseRect(a.trim())) };
}

export class WorkbookProxy extends Proxy<FakeWorkbook> {
  get worksheets(): WorksheetCollectionProxy {
    return this._nav(
      'worksheets',
      () => new WorksheetCollectionProxy(this.context, () => this._t(), 'WorksheetCollection'),
    );
  }
  get tables(): TableCollectionProxy {
    return this._nav(
      'tables',
      () => new TableCollectionProxy(this.context, () => ({ wb: this._t() }), 'TableCollection'),
    );
  }
  get names(): NamedItemCollectionProxy {
    return this._nav('names', () => new NamedItemCollectionProxy(this.context, () => this._t(), 'NamedItemCollection'));
  }
  /**
   * "Gets the currently selected single range from the workbook. If there are
   * multiple ranges selected, this method will throw an error"
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
   */
  getSelectedRange(): RangeProxy {
    const r = new RangeProxy(this.context, () => {
      const { sheet, rects } = selectionAreas(this._t());
      if (rects.length > 1) throw new FakeError('InvalidSelection', 'Several ranges are selected.');
      return { sheet, rect: rects[0] };
    });
    this._queue({ m: 'getSelectedRange', r: r._id }, () => r._t());
    return r;
  }
  /** All the selected ranges (ExcelApi 1.9, same page). */
  getSelectedRanges(): RangeAreasProxy {
    const p = new RangeAreasProxy(this.context, () => {
      const { sheet, rects } = selectionAreas(this._t());
      return { sheet, rects };
    });
    this._queue({ m: 'getSelectedRanges', r: p._id }, () => p._t());
    return p;
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'tables') return this.tables;
    return name === 'names' ? this.names : undefined;
  }
  protected _prop(): unknown {
    return undefined;
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<FakeWorkbook, WorksheetProxy> {
  private get wb(): FakeWorkbook {
    return this._t() as unknown as FakeWorkbook;
  }
  protected _item(target: () => unknown): WorksheetProxy {
    return new WorksheetProxy(this.context, target as () => FakeSheet, 'Worksheet');
  }
  protected _list(): unknown[] {
    return this.wb.sheets;
  }
  getItem(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.context, () => this.wb.mustSheet(name), 'Worksheet');
    this._queue({ m: 'getItem', a: [name], r: p._id }, () => p._t());
    return p;
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.context, () => this.wb.sheet(name) ?? null, 'Worksheet');
    this._queue({ m: 'getItemOrNullObject', a: [name], r: p._id }, () => p._tryResolve());
    return p;
  }
  add(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.context, () => this.wb.addSheet(name), 'Worksheet');
    this._queue({ m: 'add', a: [name], r: p._id }, () => p._t());
    return p;
  }
  getActiveWorksheet(): WorksheetProxy {
    const p = new WorksheetProxy(this.context, () => this.wb.activeSheet, 'Worksheet');
    this._queue({ m: 'getActiveWorksheet', r: p._id }, () => p._t());
    return p;
  }
}

export class WorksheetProxy extends Proxy<FakeSheet> {
  private get wb(): FakeWorkbook {
    return this.context.wb;
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (s) => (s.name = v));
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: string) {
    this._set('visibility', v, (s) => {
      if (v !== 'Visible' && this.wb.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
        throw new FakeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      s.visibility = v as FakeSheet['visibility'];
      // A hidden sheet cannot stay the active one: Excel shows the next visible sheet.
      if (v !== 'Visible' && this.wb.sheets[this.wb.active] === s) {
        this.wb.active = this.wb.sheets.findIndex((x) => x.visibility === 'Visible');
      }
    });
  }
  set tabColor(v: string) {
    this._set('tabColor', v, (s) => (s.tabColor = v));
  }
  /** Characters as Excel shows them, e.g. 8.43 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet). */
  get standardWidth(): number {
    return this._get('standardWidth');
  }
  get protection(): ProtectionProxy {
    return this._nav('protection', () => new ProtectionProxy(this.context, () => this._t(), 'WorksheetProtection'));
  }
  get pageLayout(): PageLayoutProxy {
    return this._nav('pageLayout', () => new PageLayoutProxy(this.context, () => this._t(), 'PageLayout'));
  }
  get freezePanes(): FreezePanesProxy {
    return this._nav('freezePanes', () => new FreezePanesProxy(this.context, () => this._t(), 'WorksheetFreezePanes'));
  }
  get tables(): TableCollectionProxy {
    return this._nav(
      'tables',
      () => new TableCollectionProxy(this.context, () => ({ wb: this.wb, sheet: this._t() }), 'TableCollection'),
    );
  }
  get notes(): NoteCollectionProxy {
    return this._nav('notes', () => new NoteCollectionProxy(this.context, () => this._t(), 'NoteCollection'));
  }
  get charts(): ChartCollectionProxy {
    return this._nav('charts', () => new ChartCollectionProxy(this.context, () => this._t(), 'ChartCollection'));
  }
  getRange(address?: string): RangeProxy {
    const r = new RangeProxy(this.context, () => ({ sheet: this._t(), rect: parseRect(address ?? 'A1:XFD1048576') }));
    this._queue({ m: 'getRange', a: [address ?? ''], r: r._id }, () => r._t());
    return r;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const r = new RangeProxy(this.context, () => {
      const s = this._t();
      const rect = s.usedRect(!!valuesOnly);
      return rect ? { sheet: s, rect } : null;
    });
    this._queue({ m: 'getUsedRangeOrNullObject', a: [!!valuesOnly], r: r._id }, () => r._tryResolve());
    return r;
  }
  /**
   * A hidden sheet cannot be activated (nor its cells selected): Excel's own
   * Activate refuses a hidden sheet, "A hidden worksheet can not be activated
   * or selected" (as XlsxWriter documents Excel's rule,
   * https://xlsxwriter.readthedocs.io/worksheet.html#worksheet-hide).
   */
  activate(): void {
    this._queue({ m: 'activate' }, () => {
      const s = this._t();
      if (s.visibility !== 'Visible') throw new FakeError('InvalidOperation', `Cannot activate hidden sheet ${s.name}`);
      this.wb.active = this.wb.sheets.indexOf(s);
    });
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    return name === 'protection' ? this.protection : undefined;
  }
  protected _prop(name: string): unknown {
    const s = this._t();
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    if (name === 'tabColor') return s.tabColor;
    if (name === 'position') return this.wb.sheets.indexOf(s);
    if (name === 'standardWidth') return s.standardWidth;
    throw new FakeError('InvalidArgument', `Worksheet.${name} is not modelled by the fake`);
  }
}

/**
 * WorksheetProtection (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection):
 * "protect: Protects a worksheet. Fails if the worksheet has already been
 * protected"; a wrong password is BadPassword ("The password you supplied is
 * incorrect", the error codes page).
 */
export class ProtectionProxy extends Proxy<FakeSheet> {
  get protected(): boolean {
    return this._get('protected');
  }
  protect(options?: Record<string, boolean>, password?: string): void {
    this._queue({ m: 'protect', a: [options ?? null, password ? '***' : null] }, () => {
      const s = this._t();
      if (s.protection.protected) throw new FakeError('InvalidOperation', `${s.name} is already protected`);
      s.protection = { protected: true, password: password || undefined, options: options ?? {} };
    });
  }
  unprotect(password?: string): void {
    this._queue({ m: 'unprotect', a: [password ? '***' : null] }, () => {
      const s = this._t();
      if (s.protection.password && s.protection.password !== password) {
        throw new FakeError('BadPassword', `Wrong password for ${s.name}`);
      }
      s.protection = { protected: false };
    });
  }
  protected _prop(name: string): unknown {
    if (name === 'protected') return this._t().protection.protected;
    throw new FakeError('InvalidArgument', `WorksheetProtection.${name} is not modelled`);
  }
}

/** Page layout (ExcelApi 1.9): printing is not a change to cells, a protected sheet allows it. */
/** Header and footer texts of a page, by section (HeaderFooter, ExcelApi 1.9). */
export type FakePageTexts = Partial<
  Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>
>;

/**
 * Page layout (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout).
 * Strict where the reference is: the zoom's fit-to counts are whole numbers
 * and its scale 10–400 (PageLayoutZoomOptions); the print area and the title
 * rows must be ranges of this very sheet (a range of another sheet, or a
 * title range that is not whole rows, is InvalidArgument — Excel's own rule
 * for 'Rows to repeat at top').
 */
export class PageLayoutProxy extends Proxy<FakeSheet> {
  private page(prop: string, v: unknown, f: (s: FakeSheet) => void): void {
    this._set(prop, v, (s) => {
      if ((this.context.host as { faults?: { pageLayout?: boolean } }).faults?.pageLayout) {
        throw new FakeError('GeneralException', 'The page layout could not be set.');
      }
      f(s);
    });
  }
  set orientation(v: string) {
    if (v !== 'Landscape' && v !== 'Portrait') throw new FakeError('InvalidArgument', `orientation ${v}`);
    this.page('orientation', v, (s) => (s.pageLayout = { ...s.pageLayout, orientation: v }));
  }
  set paperSize(v: string) {
    this.page('paperSize', v, (s) => (s.pageLayout = { ...s.pageLayout, paperSize: v }));
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    const whole = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
    if (!whole(v.horizontalFitToPages) || !whole(v.verticalFitToPages)) {
      throw new FakeError('InvalidArgument', 'Fit-to pages must be whole numbers.');
    }
    if (v.scale !== undefined && (v.scale < 10 || v.scale > 400)) throw new FakeError('InvalidArgument', 'scale');
    this.page('zoom', v, (s) => (s.pageLayout = { ...s.pageLayout, zoom: v }));
  }
  /** The range of this sheet a method was given, as an address. */
  private ownRange(range: RangeProxy | string, s: FakeSheet): Rect {
    if (typeof range === 'string') return parseRect(range);
    const t = range._t();
    if (t.sheet !== s) throw new FakeError('InvalidArgument', 'The range is on another worksheet.');
    return t.rect;
  }
  setPrintTitleRows(range: RangeProxy | string): void {
    this._queue({ m: 'setPrintTitleRows' }, () => {
      const s = this._t();
      const rect = this.ownRange(range, s);
      if (rect.left !== 1 || rect.right !== MAX_COLUMNS) {
        throw new FakeError('InvalidArgument', 'Title rows must be whole rows.');
      }
      s.pageLayout = { ...s.pageLayout, titleRows: `${rect.top}:${rect.bottom}` };
    });
  }
  setPrintArea(range: RangeProxy | string): void {
    this._queue({ m: 'setPrintArea' }, () => {
      const s = this._t();
      const rect = this.ownRange(range, s);
      s.pageLayout = { ...s.pageLayout, printArea: rect };
    });
  }
  get headersFooters(): HeaderFooterGroupProxy {
    return this._nav(
      'headersFooters',
      () => new HeaderFooterGroupProxy(this.context, () => this._t(), 'HeaderFooterGroup'),
    );
  }
  protected _prop(): unknown {
    return undefined;
  }
}

export class HeaderFooterGroupProxy extends Proxy<FakeSheet> {
  get defaultForAllPages(): HeaderFooterProxy {
    return this._nav('defaultForAllPages', () => new HeaderFooterProxy(this.context, () => this._t(), 'HeaderFooter'));
  }
  protected _prop(): unknown {
    return undefined;
  }
}

/** The texts of every page; '&' codes kept as written (https://learn.microsoft.com/javascript/api/excel/excel.headerfooter). */
export class HeaderFooterProxy extends Proxy<FakeSheet> {
  private text(prop: keyof FakePageTexts, v: string): void {
    this._set(prop, v, (s) => {
      s.pageLayout = { ...s.pageLayout, texts: { ...s.pageLayout.texts, [prop]: v } };
    });
  }
  set leftHeader(v: string) {
    this.text('leftHeader', v);
  }
  set centerHeader(v: string) {
    this.text('centerHeader', v);
  }
  set rightHeader(v: string) {
    this.text('rightHeader', v);
  }
  set leftFooter(v: string) {
    this.text('leftFooter', v);
  }
  set centerFooter(v: string) {
    this.text('centerFooter', v);
  }
  set rightFooter(v: string) {
    this.text('rightFooter', v);
  }
  protected _prop(): unknown {
    return undefined;
  }
}

/**
 * Frozen panes (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes).
 * Modelled conservatively: a protected sheet refuses to change them, like
 * every other layout change we make (the add-in sets them on sheets it has
 * unprotected anyway).
 */
export class FreezePanesProxy extends Proxy<FakeSheet> {
  private edit(m: string, args: unknown[], f: (s: FakeSheet) => void): void {
    this._queue({ m, a: args }, () => {
      const s = this._t();
      s.assertWritable('change the frozen panes');
      f(s);
    });
  }
  unfreeze(): void {
    this.edit('unfreeze', [], (s) => (s.freeze = null));
  }
  freezeRows(count = 1): void {
    this.edit('freezeRows', [count], (s) => (s.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.edit('freezeColumns', [count], (s) => (s.freeze = { rows: 0, columns: count }));
  }
  freezeAt(range: RangeProxy | string): void {
    this.edit('freezeAt', [typeof range === 'string' ? range : range._id], (s) => {
      const rect = typeof range === 'string' ? parseRect(range) : range._t().rect;
      s.freeze = { rows: rect.bottom, columns: rect.right };
    });
  }
  /**
   * The frozen cells of the top-left pane, or a null object when nothing is
   * frozen: whole rows ('1:2') when only rows are frozen, whole columns
   * ('A:B') when only columns are, 'A1:B2' for both.
   */
  getLocationOrNullObject(): RangeProxy {
    const r = new RangeProxy(this.context, () => {
      const s = this._t();
      const f = s.freeze;
      if (!f || (f.rows === 0 && f.columns === 0)) return null;
      const rect = {
        top: 1,
        left: 1,
        bottom: f.rows > 0 ? f.rows : MAX_ROWS,
        right: f.columns > 0 ? f.columns : MAX_COLUMNS,
      };
      return { sheet: s, rect };
    });
    this._queue({ m: 'getLocationOrNullObject', r: r._id }, () => r._tryResolve());
    return r;
  }
  protected _prop(): unknown {
    return undefined;
  }
}

export type { ContextLike };
