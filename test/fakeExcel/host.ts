/**
 * A fake Office.js Excel host that behaves like the real one where it matters
 * to our adapter (docs/ADDIN.md, "The fake host"):
 *  - objects are proxies; reading a property that was not loaded *and* synced
 *    throws PropertyNotLoaded;
 *  - every write and every method call is queued and only happens at
 *    `context.sync()`, in order; errors (ItemNotFound, AccessDenied on a
 *    protected sheet …) surface at the sync, like RichApi.Error;
 *  - it counts syncs and measures each request (JSON of the queued operations,
 *    UTF-8 bytes) and response (JSON of the loaded data); past the 5 MB limit
 *    of Excel on the web it fails the sync with RequestPayloadSizeLimitExceeded /
 *    ResponsePayloadSizeLimitExceeded and applies nothing.
 * Only the part of the API the add-in uses is here.
 */
import {
  type FakeChart,
  type FakeConditionalFormat,
  FakeError,
  type FakeSheet,
  FakeWorkbook,
  type Rect,
  columnLetters,
  overlaps,
  parseRect,
  rectAddress,
  subtract,
} from './workbook';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

export interface HostOptions {
  /** Highest ExcelApi version this host supports (e.g. '1.8' to test degraded paths). */
  excelApi?: string;
  payloadLimit?: number;
  displayLanguage?: string;
  /** Milliseconds each sync takes (the browser test slows down to show progress). */
  latencyMs?: number;
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

interface Op {
  desc: unknown;
  run: () => unknown;
  /** Only loads put data into the response. */
  load?: boolean;
}

let nextId = 1;

export class FakeContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  queue: Op[] = [];
  constructor(
    readonly host: FakeExcel,
    readonly wb: FakeWorkbook,
  ) {
    this.workbook = new WorkbookProxy(this, () => wb);
    this.application = new ApplicationProxy(this, () => null);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const request = utf8Bytes(JSON.stringify(ops.map((o) => o.desc)));
    const record: SyncRecord = { requestBytes: request, responseBytes: 0, operations: ops.length };
    this.host.syncs.push(record);
    if (this.host.latencyMs > 0) await new Promise((r) => setTimeout(r, this.host.latencyMs));
    else await Promise.resolve();
    if (request > this.host.payloadLimit) {
      throw new FakeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload (${request} bytes) exceeds the limit.`,
      );
    }
    const responses: unknown[] = [];
    for (const op of ops) {
      const r = op.run();
      if (op.load) responses.push(r);
    }
    record.responseBytes = utf8Bytes(JSON.stringify(responses));
    if (record.responseBytes > this.host.payloadLimit) {
      throw new FakeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload (${record.responseBytes} bytes) exceeds the limit.`,
      );
    }
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
}

/** Base of every proxy: lazy target, queued loads and writes, PropertyNotLoaded. */
abstract class Proxy<T> {
  readonly _id = nextId++;
  private _target: T | undefined;
  private _resolved = false;
  protected _loaded = new Map<string, unknown>();
  private _navs = new Map<string, Proxy<unknown>>();
  protected _isNull = false;

  constructor(
    readonly context: FakeContext,
    private readonly _resolver: () => T | null,
    protected readonly _kind: string = 'Object',
  ) {}

  /** The real thing behind the proxy; resolved once, during a sync, in queue order. */
  _t(): T {
    if (!this._resolved) {
      const t = this._resolver();
      this._resolved = true;
      if (t === null) this._isNull = true;
      else this._target = t;
    }
    if (this._isNull) throw new FakeError('ItemNotFound', `${this._kind} is a null object`);
    return this._target as T;
  }

  /** For *OrNullObject: a missing item (or a method called on a null object) gives a null object. */
  _tryResolve(): void {
    try {
      this._t();
    } catch (e) {
      if (this._isNull) return;
      if (e instanceof FakeError && e.code === 'ItemNotFound') {
        this._resolved = true;
        this._isNull = true;
        return;
      }
      throw e;
    }
  }

  protected _queue(desc: Record<string, unknown>, run: () => unknown, load = false): void {
    this.context.queue.push({ desc: { o: this._id, k: this._kind, ...desc }, run, load });
  }

  protected _get<V>(prop: string): V {
    if (!this._loaded.has(prop)) {
      throw new FakeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this._loaded.get(prop) as V;
  }

  protected _set(prop: string, value: unknown, apply: (t: T) => void): void {
    this._queue({ s: prop, v: value }, () => apply(this._t()));
  }

  /** Navigation property: a child proxy resolved from this one's target. */
  protected _nav<C extends Proxy<unknown>>(name: string, make: () => C): C {
    let n = this._navs.get(name) as C | undefined;
    if (!n) this._navs.set(name, (n = make()));
    return n;
  }

  /** Scalar property values for load. */
  protected abstract _prop(name: string): unknown;
  /** Navigation properties for 'a/b' load paths. */
  protected _navFor(name: string): Proxy<unknown> | undefined {
    void name;
    return undefined;
  }

  get isNullObject(): boolean {
    return this._get<boolean>('isNullObject');
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = (
      typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : (props?.select ?? '').split(',')
    )
      .map((p) => p.trim())
      .filter(Boolean);
    this._queue({ m: 'load', a: list }, () => this._doLoad(list), true);
    return this;
  }

  /** Runs at sync: fills `_loaded` and returns the response data. */
  _doLoad(paths: string[]): unknown {
    this._tryResolve();
    this._loaded.set('isNullObject', this._isNull);
    if (this._isNull) return { isNull: true };
    const out: Record<string, unknown> = {};
    const byHead = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (!byHead.has(head)) byHead.set(head, []);
      if (rest.length) byHead.get(head)!.push(rest.join('/'));
    }
    for (const [head, rest] of byHead) {
      const nav = this._navFor(head);
      if (nav) out[head] = nav._doLoad(rest.length ? rest : []);
      else {
        const v = this._prop(head);
        this._loaded.set(head, v);
        out[head] = v;
      }
    }
    return out;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection proxy: `items` is loaded with sub-paths. */
abstract class CollectionProxy<T, P extends Proxy<unknown>> extends Proxy<T> {
  protected abstract _item(target: () => unknown): P;
  protected abstract _list(): unknown[];

  get items(): P[] {
    return this._get<P[]>('items');
  }

  override _doLoad(paths: string[]): unknown {
    const itemPaths = paths.filter((p) => p === 'items' || p.startsWith('items/')).map((p) => p.slice(6));
    const list = this._list();
    const items = list.map((x) => {
      const p = this._item(() => x);
      p._t();
      return p;
    });
    this._loaded.set('items', items);
    this._loaded.set('isNullObject', false);
    const fields = itemPaths.filter(Boolean);
    return items.map((p) => p._doLoad(fields.length ? fields : ['name']));
  }

  protected _prop(): unknown {
    return undefined;
  }
}

// ---------------------------------------------------------------- workbook

class ApplicationProxy extends Proxy<null> {
  suspendApiCalculationUntilNextSync(): void {
    this._queue({ m: 'suspendApiCalculationUntilNextSync' }, () => {
      this.context.host.calculationSuspensions++;
    });
  }
  protected _prop(): unknown {
    return undefined;
  }
}

class WorkbookProxy extends Proxy<FakeWorkbook> {
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
  getSelectedRange(): RangeProxy {
    const r = new RangeProxy(this.context, () => {
      const wb = this._t();
      const sel = wb.selection ?? { sheet: wb.sheets[wb.active]?.name ?? '', address: 'A1' };
      return { sheet: wb.mustSheet(sel.sheet), rect: parseRect(sel.address) };
    });
    this._queue({ m: 'getSelectedRange', r: r._id }, () => r._t());
    return r;
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    return name === 'worksheets' ? this.worksheets : name === 'tables' ? this.tables : undefined;
  }
  protected _prop(): unknown {
    return undefined;
  }
}

class WorksheetCollectionProxy extends CollectionProxy<FakeWorkbook, WorksheetProxy> {
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
    const p = new WorksheetProxy(this.context, () => this.wb.sheets[this.wb.active], 'Worksheet');
    this._queue({ m: 'getActiveWorksheet', r: p._id }, () => p._t());
    return p;
  }
}

class WorksheetProxy extends Proxy<FakeSheet> {
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

class ProtectionProxy extends Proxy<FakeSheet> {
  get protected(): boolean {
    return this._get('protected');
  }
  protect(options?: unknown, password?: string): void {
    this._queue({ m: 'protect', a: [options ?? null, password ? '***' : null] }, () => {
      const s = this._t();
      if (s.protection.protected) throw new FakeError('InvalidOperation', `${s.name} is already protected`);
      s.protection = { protected: true, password, options };
    });
  }
  unprotect(password?: string): void {
    this._queue({ m: 'unprotect', a: [password ? '***' : null] }, () => {
      const s = this._t();
      if (s.protection.password && s.protection.password !== password) {
        throw new FakeError('InvalidPassword', `Wrong password for ${s.name}`);
      }
      s.protection = { protected: false };
    });
  }
  protected _prop(name: string): unknown {
    if (name === 'protected') return this._t().protection.protected;
    throw new FakeError('InvalidArgument', `WorksheetProtection.${name} is not modelled`);
  }
}

class PageLayoutProxy extends Proxy<FakeSheet> {
  set orientation(v: string) {
    this._set('orientation', v, (s) => (s.pageLayout = { ...s.pageLayout, orientation: v }));
  }
  set zoom(v: unknown) {
    this._set('zoom', v, (s) => (s.pageLayout = { ...s.pageLayout, zoom: v }));
  }
  protected _prop(): unknown {
    return undefined;
  }
}

class FreezePanesProxy extends Proxy<FakeSheet> {
  unfreeze(): void {
    this._queue({ m: 'unfreeze' }, () => (this._t().freeze = null));
  }
  freezeRows(count = 1): void {
    this._queue({ m: 'freezeRows', a: [count] }, () => (this._t().freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this._queue({ m: 'freezeColumns', a: [count] }, () => (this._t().freeze = { rows: 0, columns: count }));
  }
  freezeAt(range: RangeProxy | string): void {
    this._queue({ m: 'freezeAt', a: [typeof range === 'string' ? range : range._id] }, () => {
      const rect = typeof range === 'string' ? parseRect(range) : range._t().rect;
      this._t().freeze = { rows: rect.bottom, columns: rect.right };
    });
  }
  /**
   * The frozen cells of the top-left pane, or a null object when nothing is
   * frozen (ExcelApi 1.7, https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes):
   * whole rows ('1:2') when only rows are frozen, whole columns ('A:B') when
   * only columns are, 'A1:B2' for both.
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

// ---------------------------------------------------------------- ranges

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** An address as Excel writes it: whole rows as '1:2', whole columns as 'A:B'. */
function excelAddress(rect: Rect): string {
  if (rect.left === 1 && rect.right === MAX_COLUMNS) return `${rect.top}:${rect.bottom}`;
  if (rect.top === 1 && rect.bottom === MAX_ROWS) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  return rectAddress(rect);
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function grid<V>(rect: Rect, f: (row: number, column: number) => V): V[][] {
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
    if (rows * cols > 5_000_000) throw new FakeError('InvalidArgument', 'Range too large for a scalar set in the fake');
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
  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
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
      sheet.assertWritable('format cells');
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
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const p = new RangeAreasProxy(this.context, () => {
      const { sheet, rect } = this._t();
      const areas = sheet.merges.filter((m) => overlaps(parseRect(m), rect));
      return areas.length ? { sheet, areas } : null;
    });
    this._queue({ m: 'getMergedAreasOrNullObject', r: p._id }, () => p._tryResolve());
    return p;
  }
  select(): void {
    this._queue({ m: 'select' }, () => {
      const { sheet, rect } = this._t();
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
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    return name === 'format' ? this.format : undefined;
  }
  protected _prop(name: string): unknown {
    const { sheet, rect } = this._t();
    const quoted = /[^A-Za-z0-9_]/.test(sheet.name) ? `'${sheet.name}'` : sheet.name;
    switch (name) {
      case 'address':
        return `${quoted}!${excelAddress(rect)}`;
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

class RangeAreasProxy extends Proxy<{ sheet: FakeSheet; areas: string[] }> {
  get areas(): { items: { address: string }[] } {
    return this._get('areas');
  }
  protected _prop(name: string): unknown {
    const { sheet, areas } = this._t();
    if (name === 'areas') return { items: areas.map((a) => ({ address: `${sheet.name}!${a}` })) };
    throw new FakeError('InvalidArgument', `RangeAreas.${name} is not modelled`);
  }
}

class RangeFormatProxy extends Proxy<RangeTarget> {
  /** Points; null when the range's columns are not all the same width (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat). */
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, ({ sheet, rect }) => {
      // Excel keeps whole pixels.
      const px = Math.round(points / 0.75);
      for (let c = rect.left; c <= rect.right; c++) sheet.widths.set(c, px * 0.75);
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

class DataValidationProxy extends Proxy<RangeTarget> {
  private edit(f: (v: { range: string; rule: unknown }) => void): (t: RangeTarget) => void {
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
      sheet.validations = sheet.validations.flatMap((v) =>
        subtract(parseRect(v.range), rect).map((r) =>
          rectAddress(r) === v.range ? v : { ...v, range: rectAddress(r) },
        ),
      );
    });
  }
  set rule(rule: unknown) {
    this._set(
      'rule',
      rule,
      this.edit((v) => (v.rule = rule)),
    );
  }
  set ignoreBlanks(b: boolean) {
    this._set(
      'ignoreBlanks',
      b,
      this.edit((v) => ((v as { ignoreBlanks?: boolean }).ignoreBlanks = b)),
    );
  }
  set errorAlert(a: unknown) {
    this._set(
      'errorAlert',
      a,
      this.edit((v) => Object.assign(v, { errorAlert: a })),
    );
  }
  set prompt(p: unknown) {
    this._set(
      'prompt',
      p,
      this.edit((v) => Object.assign(v, { prompt: p })),
    );
  }
  protected _prop(): unknown {
    return undefined;
  }
}

// ---------------------------------------------------------------- conditional formats
//
// Modelled on https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection
// and https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat:
//  - `range.conditionalFormats` holds the formats that intersect the range;
//  - `add` puts the new format at the first/top priority; priorities stay
//    contiguous; `priority` is the index within the collection it came from;
//  - after `priority` is changed the object must be fetched again before it
//    is changed further (here: any later change through it fails);
//  - `custom` is only there on a custom format (here: using it on another
//    type fails at the sync), `customOrNullObject` is a null object instead;
//  - formats cannot be added or deleted on a protected sheet.

/** A format as seen through a collection: its sheet, and the range of the collection (priorities count within it). */
interface CfTarget {
  sheet: FakeSheet;
  cf: FakeConditionalFormat;
  scope: Rect;
}

class ConditionalFormatCollectionProxy extends CollectionProxy<RangeTarget, ConditionalFormatProxy> {
  private get tgt(): RangeTarget {
    return this._t() as unknown as RangeTarget;
  }
  protected _item(target: () => unknown): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, target as () => CfTarget, 'ConditionalFormat');
  }
  protected _list(): unknown[] {
    const { sheet, rect } = this.tgt;
    return sheet
      .rulesInOrder()
      .filter((cf) => overlaps(parseRect(cf.range), rect))
      .map((cf): CfTarget => ({ sheet, cf, scope: rect }));
  }
  clearAll(): void {
    this._queue({ m: 'clearAll' }, () => {
      const { sheet, rect } = this.tgt;
      sheet.assertWritable('clear conditional formats');
      sheet.reorderRules(sheet.rulesInOrder().filter((cf) => !overlaps(parseRect(cf.range), rect)));
    });
  }
  add(type: string): ConditionalFormatProxy {
    const p = new ConditionalFormatProxy(
      this.context,
      () => {
        const { sheet, rect } = this.tgt;
        sheet.assertWritable('add a conditional format');
        const cf: FakeConditionalFormat = { range: rectAddress(rect), type, stopIfTrue: false, priority: 0 };
        sheet.reorderRules([cf, ...sheet.rulesInOrder()]);
        return { sheet, cf, scope: rect };
      },
      'ConditionalFormat',
    );
    this._queue({ m: 'add', a: [type], r: p._id }, () => p._t());
    return p;
  }
}

class ConditionalFormatProxy extends Proxy<CfTarget> {
  /** Set once `priority` was changed through this object. */
  private stale = false;

  /** Queues a change, failing at the sync if the object must be fetched again first. */
  _edit(prop: string, value: unknown, apply: (t: CfTarget) => void): void {
    this._queue({ s: prop, v: value }, () => {
      if (this.stale) {
        throw new FakeError(
          'InvalidOperation',
          'The conditional format moved: fetch it again after changing its priority.',
        );
      }
      apply(this._t());
    });
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(p: number) {
    this._edit('priority', p, ({ sheet, cf, scope }) => {
      const order = sheet.rulesInOrder().filter((x) => x !== cf);
      const members = order.filter((x) => overlaps(parseRect(x.range), scope));
      const at = p < 0 ? Math.max(0, members.length + 1 + p) : Math.min(p, members.length);
      const index = at < members.length ? order.indexOf(members[at]) : order.indexOf(members[members.length - 1]) + 1;
      order.splice(index, 0, cf);
      sheet.reorderRules(order);
      this.stale = true;
    });
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(b: boolean) {
    this._edit('stopIfTrue', b, ({ cf }) => (cf.stopIfTrue = b));
  }
  get custom(): CustomFormatProxy {
    return this._nav('custom', () => new CustomFormatProxy(this, false));
  }
  get customOrNullObject(): CustomFormatProxy {
    return this._nav('customOrNullObject', () => new CustomFormatProxy(this, true));
  }
  delete(): void {
    this._edit('delete', null, ({ sheet, cf }) => {
      sheet.assertWritable('delete a conditional format');
      sheet.reorderRules(sheet.rulesInOrder().filter((x) => x !== cf));
    });
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    if (name === 'custom') return this.custom;
    if (name === 'customOrNullObject') return this.customOrNullObject;
    return undefined;
  }
  protected _prop(name: string): unknown {
    const { sheet, cf, scope } = this._t();
    if (name === 'type') return cf.type;
    if (name === 'stopIfTrue') return cf.stopIfTrue;
    if (name === 'priority') {
      return sheet
        .rulesInOrder()
        .filter((x) => overlaps(parseRect(x.range), scope))
        .indexOf(cf);
    }
    throw new FakeError('InvalidArgument', `ConditionalFormat.${name} is not modelled`);
  }
}

/** `custom` / `customOrNullObject` of a conditional format: its rule (formula) and format (fill, font). */
class CustomFormatProxy extends Proxy<CfTarget> {
  constructor(
    readonly owner: ConditionalFormatProxy,
    orNull: boolean,
  ) {
    super(
      owner.context,
      () => {
        const t = owner._t();
        if (t.cf.type === 'Custom') return t;
        if (orNull) return null;
        throw new FakeError('InvalidArgument', `A ${t.cf.type} conditional format has no custom properties.`);
      },
      'CustomConditionalFormat',
    );
  }
  get rule(): CfPartProxy {
    return this._nav('rule', () => new CfPartProxy(this, 'rule'));
  }
  get format(): { fill: CfPartProxy; font: CfPartProxy } {
    return {
      fill: this._nav('fill', () => new CfPartProxy(this, 'fill')),
      font: this._nav('font', () => new CfPartProxy(this, 'font')),
    };
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    return name === 'rule' ? this.rule : undefined;
  }
  protected _prop(name: string): unknown {
    throw new FakeError('InvalidArgument', `CustomConditionalFormat.${name} is not modelled`);
  }
}

/** The rule (`formula`) or the fill / font (`color`) of a custom conditional format. */
class CfPartProxy extends Proxy<CfTarget> {
  constructor(
    private readonly custom: CustomFormatProxy,
    private readonly part: 'rule' | 'fill' | 'font',
  ) {
    super(custom.context, () => custom._t(), part === 'rule' ? 'ConditionalFormatRule' : 'ConditionalFill');
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(f: string) {
    this.custom.owner._edit('custom.rule.formula', f, () => (this._t().cf.formula = f));
  }
  get color(): string {
    return this._get('color');
  }
  set color(c: string) {
    const part = this.part;
    this.custom.owner._edit(`custom.format.${part}.color`, c, () => {
      if (part === 'rule') throw new FakeError('InvalidArgument', 'A rule has no colour');
      this._t().cf[part] = c;
    });
  }
  protected _prop(name: string): unknown {
    const { cf } = this._t();
    if (this.part === 'rule' && name === 'formula') return cf.formula;
    if (this.part !== 'rule' && name === 'color') return cf[this.part];
    throw new FakeError('InvalidArgument', `${this._kind}.${name} is not modelled`);
  }
}

// ---------------------------------------------------------------- tables, names, notes, charts

type TableTarget = { wb: FakeWorkbook; sheet?: FakeSheet };

class TableCollectionProxy extends CollectionProxy<TableTarget, TableProxy> {
  private get tgt(): TableTarget {
    return this._t() as unknown as TableTarget;
  }
  protected _item(target: () => unknown): TableProxy {
    return new TableProxy(
      this.context,
      target as () => { sheet: FakeSheet; table: { name: string; ref: string } },
      'Table',
    );
  }
  protected _list(): unknown[] {
    const t = this.tgt;
    return t.wb.tables().filter((x) => !t.sheet || x.sheet === t.sheet);
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    const p = new TableProxy(
      this.context,
      () => {
        const { wb, sheet: own } = this.tgt;
        const sheet = own ?? wb.mustSheet(address.split('!')[0].replace(/'/g, ''));
        sheet.assertWritable('add a table');
        const rect = parseRect(address);
        if (sheet.tables.some((t) => overlaps(parseRect(t.ref), rect))) {
          throw new FakeError('InvalidArgument', 'A table cannot overlap another table.');
        }
        if (!hasHeaders) throw new FakeError('InvalidArgument', 'The fake only models tables with headers');
        for (let c = rect.left; c <= rect.right; c++) {
          if (sheet.valueAt(rect.top, c) === '') sheet.type(rect.top, c, `Column${c - rect.left + 1}`);
        }
        const table = { name: `Table${wb.tables().length + 1}`, ref: rectAddress(rect) };
        sheet.tables.push(table);
        return { sheet, table };
      },
      'Table',
    );
    this._queue({ m: 'add', a: [address, hasHeaders], r: p._id }, () => p._t());
    return p;
  }
  getItem(name: string): TableProxy {
    const p = new TableProxy(
      this.context,
      () => {
        const t = this.tgt.wb.table(name);
        if (!t) throw new FakeError('ItemNotFound', `No table ${name}`);
        return t;
      },
      'Table',
    );
    this._queue({ m: 'getItem', a: [name], r: p._id }, () => p._t());
    return p;
  }
}

class TableProxy extends Proxy<{ sheet: FakeSheet; table: { name: string; ref: string; style?: string } }> {
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, ({ table }) => {
      if (this.context.wb.table(v) && this.context.wb.table(v)!.table !== table) {
        throw new FakeError('InvalidArgument', `A table named ${v} already exists`);
      }
      table.name = v;
    });
  }
  set style(v: string) {
    this._set('style', v, ({ table }) => (table.style = v));
  }
  get worksheet(): WorksheetProxy {
    return this._nav('worksheet', () => new WorksheetProxy(this.context, () => this._t().sheet, 'Worksheet'));
  }
  getRange(): RangeProxy {
    const r = new RangeProxy(this.context, () => {
      const { sheet, table } = this._t();
      return { sheet, rect: parseRect(table.ref) };
    });
    this._queue({ m: 'getRange', r: r._id }, () => r._t());
    return r;
  }
  resize(address: string): void {
    this._queue({ m: 'resize', a: [address] }, () => {
      const { sheet, table } = this._t();
      const rect = parseRect(address);
      const old = parseRect(table.ref);
      if (rect.top !== old.top)
        throw new FakeError('InvalidArgument', 'The header row must stay in place when resizing.');
      table.ref = rectAddress(rect);
      void sheet;
    });
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }
  protected _prop(name: string): unknown {
    const { table } = this._t();
    if (name === 'name') return table.name;
    if (name === 'style') return table.style ?? 'TableStyleMedium2';
    throw new FakeError('InvalidArgument', `Table.${name} is not modelled`);
  }
}

class NamedItemCollectionProxy extends CollectionProxy<FakeWorkbook, NamedItemProxy> {
  private get wb(): FakeWorkbook {
    return this._t() as unknown as FakeWorkbook;
  }
  protected _item(target: () => unknown): NamedItemProxy {
    return new NamedItemProxy(this.context, target as () => { name: string }, 'NamedItem');
  }
  protected _list(): unknown[] {
    return [...this.wb.names.keys()].map((name) => ({ name }));
  }
  add(name: string, reference: string): NamedItemProxy {
    const p = new NamedItemProxy(
      this.context,
      () => {
        if (this.wb.names.has(name)) throw new FakeError('ItemAlreadyExists', `Name ${name} exists`);
        this.wb.names.set(name, reference);
        return { name };
      },
      'NamedItem',
    );
    this._queue({ m: 'add', a: [name, reference], r: p._id }, () => p._t());
    return p;
  }
  getItem(name: string): NamedItemProxy {
    const p = new NamedItemProxy(
      this.context,
      () => {
        if (!this.wb.names.has(name)) throw new FakeError('ItemNotFound', `No name ${name}`);
        return { name };
      },
      'NamedItem',
    );
    this._queue({ m: 'getItem', a: [name], r: p._id }, () => p._t());
    return p;
  }
}

class NamedItemProxy extends Proxy<{ name: string }> {
  get name(): string {
    return this._get('name');
  }
  set formula(f: string) {
    this._set('formula', f, ({ name }) => this.context.wb.names.set(name, f));
  }
  protected _prop(name: string): unknown {
    const t = this._t();
    if (name === 'name') return t.name;
    if (name === 'formula') return this.context.wb.names.get(t.name);
    throw new FakeError('InvalidArgument', `NamedItem.${name} is not modelled`);
  }
}

class NoteCollectionProxy extends CollectionProxy<FakeSheet, NoteProxy> {
  private get sheet(): FakeSheet {
    return this._t() as unknown as FakeSheet;
  }
  protected _item(target: () => unknown): NoteProxy {
    return new NoteProxy(this.context, target as () => { address: string; content: string }, 'Note');
  }
  protected _list(): unknown[] {
    return [...this.sheet.notes].map(([address, content]) => ({ address, content }));
  }
  /** A note is on one cell: another range is InvalidCellAddress (https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection). */
  add(address: string, content: string): void {
    this._queue({ m: 'add', a: [address, content] }, () => {
      const s = this.sheet;
      const key = noteKey(address);
      if (s.notes.has(key)) throw new FakeError('InvalidOperation', `A note already exists at ${key}`);
      s.notes.set(key, content);
    });
  }
  /** By cell address; ItemNotFound when the cell has no note. */
  getItem(key: string): NoteProxy {
    return this.lookup(key, false);
  }
  /** By cell address; a null object when the cell has no note. */
  getItemOrNullObject(key: string): NoteProxy {
    return this.lookup(key, true);
  }
  private lookup(key: string, orNull: boolean): NoteProxy {
    const p = new NoteProxy(
      this.context,
      () => {
        const address = noteKey(key);
        const content = this.sheet.notes.get(address);
        if (content !== undefined) return { address, content };
        if (orNull) return null;
        throw new FakeError('ItemNotFound', `No note at ${address}`);
      },
      'Note',
    );
    this._queue({ m: orNull ? 'getItemOrNullObject' : 'getItem', a: [key], r: p._id }, () =>
      orNull ? p._tryResolve() : p._t(),
    );
    return p;
  }
}

/** 'A1', '$A$1' or 'Sheet1!A1' → 'A1'; anything but one cell is InvalidCellAddress. */
function noteKey(address: string): string {
  const rect = parseRect(address);
  if (rect.top !== rect.bottom || rect.left !== rect.right || !/\d/.test(address)) {
    throw new FakeError('InvalidCellAddress', `${address} is not a single cell`);
  }
  return rectAddress(rect);
}

class NoteProxy extends Proxy<{ address: string; content: string }> {
  get content(): string {
    return this._get('content');
  }
  protected _prop(name: string): unknown {
    if (name === 'content') return this._t().content;
    throw new FakeError('InvalidArgument', `Note.${name} is not modelled`);
  }
}

class ChartCollectionProxy extends CollectionProxy<FakeSheet, ChartProxy> {
  private get sheet(): FakeSheet {
    return this._t() as unknown as FakeSheet;
  }
  protected _item(target: () => unknown): ChartProxy {
    return new ChartProxy(this.context, target as () => FakeChart, 'Chart');
  }
  protected _list(): unknown[] {
    return this.sheet.charts;
  }
  add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy {
    const p = new ChartProxy(
      this.context,
      () => {
        const chart: FakeChart = {
          name: `Chart ${this.sheet.charts.length + 1}`,
          type,
          dataRange: rectAddress(source._t().rect),
          title: '',
          anchor: '',
        };
        void seriesBy;
        this.sheet.charts.push(chart);
        return chart;
      },
      'Chart',
    );
    this._queue({ m: 'add', a: [type, source._id, seriesBy ?? null], r: p._id }, () => p._t());
    return p;
  }
}

class ChartProxy extends Proxy<FakeChart> {
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (c) => (c.name = v));
  }
  get title(): { text: string } {
    const self = this;
    return {
      set text(v: string) {
        self._set('title.text', v, (c) => (c.title = v));
      },
      get text(): string {
        throw new FakeError('PropertyNotLoaded', 'write-only in the fake');
      },
    };
  }
  setPosition(start: string): void {
    this._queue({ m: 'setPosition', a: [start] }, () => (this._t().anchor = start));
  }
  delete(): void {
    this._queue({ m: 'delete' }, () => {
      const c = this._t();
      for (const s of this.context.wb.sheets) s.charts = s.charts.filter((x) => x !== c);
    });
  }
  protected _prop(name: string): unknown {
    if (name === 'name') return this._t().name;
    throw new FakeError('InvalidArgument', `Chart.${name} is not modelled`);
  }
}

// ---------------------------------------------------------------- the host

function versionAtMost(v: string, max: string): boolean {
  const [a, b] = v.split('.').map(Number);
  const [c, d] = max.split('.').map(Number);
  return a < c || (a === c && (b ?? 0) <= (d ?? 0));
}

export class FakeExcel {
  syncs: SyncRecord[] = [];
  calculationSuspensions = 0;
  payloadLimit: number;
  excelApi: string;
  displayLanguage: string;
  latencyMs: number;

  constructor(
    public workbook: FakeWorkbook = new FakeWorkbook(),
    options: HostOptions = {},
  ) {
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
    this.excelApi = options.excelApi ?? '1.18';
    this.displayLanguage = options.displayLanguage ?? 'zh-CN';
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** Like `Excel.run`: a fresh request context per batch of work. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this, this.workbook);
    return batch(context as unknown as Excel.RequestContext);
  }

  isSetSupported(name: string, version = '1.1'): boolean {
    if (name === 'ExcelApi') return versionAtMost(version, this.excelApi);
    return false;
  }

  resetCounters(): void {
    this.syncs = [];
    this.calculationSuspensions = 0;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  /**
   * Installs `Office` and `Excel` globals (what office.js would define), so the
   * pane, the ribbon commands and the adapter run against this host unchanged.
   */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
    const self = this;
    const office = {
      HostType: { Excel: 'Excel' },
      PlatformType: { OfficeOnline: 'OfficeOnline' },
      context: {
        get displayLanguage() {
          return self.displayLanguage;
        },
        requirements: { isSetSupported: (n: string, v?: string) => self.isSetSupported(n, v) },
        host: 'Excel',
      },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        cb?.(info);
        return Promise.resolve(info);
      },
      actions: { associate: (name: string, fn: unknown) => (self.actions[name] = fn as (e: unknown) => unknown) },
      addin: { showAsTaskpane: () => Promise.resolve() },
    };
    target.Office = office;
    target.Excel = { run: (fn: (c: Excel.RequestContext) => Promise<unknown>) => self.run(fn) };
  }

  actions: Record<string, (event: unknown) => unknown> = {};
}

export { FakeWorkbook, FakeError };
