/** Tables, defined names, notes and charts. */
import { FakeError } from './errors';
import { CollectionProxy, Proxy } from './proxy';
import { RangeProxy } from './range';
import { WorksheetProxy } from './sheets';
import {
  type FakeChart,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
  type Rect,
  overlaps,
  parseRect,
  rectAddress,
} from './workbook';

type TableTarget = { wb: FakeWorkbook; sheet?: FakeSheet };
type TableRef = { sheet: FakeSheet; table: FakeTable };

/** A Range object or a string: a string with no sheet name means the active sheet. */
function resolveArea(wb: FakeWorkbook, address: RangeProxy | string): { sheet: FakeSheet; rect: Rect } {
  if (typeof address !== 'string') return address._t();
  return { sheet: wb.sheetFor(address), rect: parseRect(address) };
}

/**
 * "A table can't overlap with another table, a PivotTable report, query
 * results, merged cells, or an XML Map" — MergedRangeConflict (error codes,
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
function assertTableFits(sheet: FakeSheet, rect: Rect, self?: FakeTable): void {
  if (sheet.tables.some((t) => t !== self && overlaps(parseRect(t.ref), rect))) {
    throw new FakeError('MergedRangeConflict', 'A table can\u2019t overlap with another table.');
  }
  const merged = sheet.mergesIn(rect);
  if (merged.length) {
    throw new FakeError('MergedRangeConflict', `A table can\u2019t overlap with merged cells (${merged[0]}).`);
  }
}

export class TableCollectionProxy extends CollectionProxy<TableTarget, TableProxy> {
  private get tgt(): TableTarget {
    return this._t() as unknown as TableTarget;
  }
  protected _item(target: () => unknown): TableProxy {
    return new TableProxy(this.context, target as () => TableRef, 'Table');
  }
  protected _list(): unknown[] {
    const t = this.tgt;
    return t.wb.tables().filter((x) => !t.sheet || x.sheet === t.sheet);
  }
  /**
   * "address: A Range object, or a string address or name of the range
   * representing the data source. If the address does not contain a sheet
   * name, the currently-active sheet is used" — whichever collection `add`
   * is called on (TableCollection.add,
   * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
   */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const p = new TableProxy(
      this.context,
      () => {
        const { wb } = this.tgt;
        const { sheet, rect } = resolveArea(wb, address);
        sheet.assertWritable('add a table');
        assertTableFits(sheet, rect);
        if (!hasHeaders) throw new FakeError('InvalidArgument', 'The fake only models tables with headers');
        for (let c = rect.left; c <= rect.right; c++) {
          if (sheet.valueAt(rect.top, c) === '') sheet.type(rect.top, c, `Column${c - rect.left + 1}`);
        }
        let n = wb.tables().length + 1;
        while (wb.nameTaken(`Table${n}`)) n++;
        const table = { name: `Table${n}`, ref: rectAddress(rect) };
        sheet.tables.push(table);
        return { sheet, table };
      },
      'Table',
    );
    this._queue({ m: 'add', a: [typeof address === 'string' ? address : address._id, hasHeaders], r: p._id }, () =>
      p._t(),
    );
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

export class TableProxy extends Proxy<TableRef> {
  get name(): string {
    return this._get('name');
  }
  /** Table names share one namespace with defined names (FakeWorkbook.nameTaken). */
  set name(v: string) {
    this._set('name', v, ({ table }) => {
      if (this.context.wb.nameTaken(v, table)) {
        throw new FakeError('InvalidArgument', `The name ${v} is already used by a table or a defined name`);
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
  /**
   * "The new range must overlap with the original table range and the headers
   * (or the top of the table) must be in the same row" (Table.resize, ExcelApi
   * 1.13); a string without a sheet name is on the active sheet, as for
   * TableCollection.add.
   */
  resize(newRange: RangeProxy | string): void {
    this._queue({ m: 'resize', a: [typeof newRange === 'string' ? newRange : newRange._id] }, () => {
      const { sheet, table } = this._t();
      const { sheet: target, rect } = resolveArea(this.context.wb, newRange);
      const old = parseRect(table.ref);
      if (target !== sheet || !overlaps(rect, old) || rect.top !== old.top) {
        throw new FakeError('InvalidArgument', 'The new range must overlap the table and keep its header row.');
      }
      sheet.assertWritable('resize a table');
      assertTableFits(sheet, rect, table);
      table.ref = rectAddress(rect);
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

export class NamedItemCollectionProxy extends CollectionProxy<FakeWorkbook, NamedItemProxy> {
  private get wb(): FakeWorkbook {
    return this._t() as unknown as FakeWorkbook;
  }
  protected _item(target: () => unknown): NamedItemProxy {
    return new NamedItemProxy(this.context, target as () => { name: string }, 'NamedItem');
  }
  protected _list(): unknown[] {
    return [...this.wb.names.keys()].map((name) => ({ name }));
  }
  /** A name already used by a name or a table is refused (FakeWorkbook.nameTaken). */
  add(name: string, reference: string): NamedItemProxy {
    const p = new NamedItemProxy(
      this.context,
      () => {
        if (this.wb.nameTaken(name)) throw new FakeError('ItemAlreadyExists', `The name ${name} is already used`);
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
        const key = [...this.wb.names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
        if (!key) throw new FakeError('ItemNotFound', `No name ${name}`);
        return { name: key };
      },
      'NamedItem',
    );
    this._queue({ m: 'getItem', a: [name], r: p._id }, () => p._t());
    return p;
  }
}

export class NamedItemProxy extends Proxy<{ name: string }> {
  get name(): string {
    return this._get('name');
  }
  get formula(): string {
    return this._get('formula');
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

/** 'A1', '$A$1' or 'Sheet1!A1' → 'A1'; anything but one cell is InvalidCellAddress. */
function noteKey(address: string): string {
  const rect = parseRect(address);
  if (rect.top !== rect.bottom || rect.left !== rect.right || !/\d/.test(address)) {
    throw new FakeError('InvalidCellAddress', `${address} is not a single cell`);
  }
  return rectAddress(rect);
}

/**
 * Notes (ExcelApi 1.18, https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection):
 * "The cell to which the note is added. This can be a Range object or a
 * string such as "A1"". A string without a sheet name is taken on the active
 * sheet, as for tables (the comment collection says a string "must contain
 * the full address, including the sheet name",
 * https://learn.microsoft.com/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1)).
 * A protected sheet refuses notes unless its protection allows editing objects.
 */
export class NoteCollectionProxy extends CollectionProxy<FakeSheet, NoteProxy> {
  private get sheet(): FakeSheet {
    return this._t() as unknown as FakeSheet;
  }
  protected _item(target: () => unknown): NoteProxy {
    return new NoteProxy(this.context, target as () => { address: string; content: string }, 'Note');
  }
  protected _list(): unknown[] {
    return [...this.sheet.notes].map(([address, content]) => ({ address, content }));
  }
  add(cellAddress: RangeProxy | string, content: string): void {
    this._queue({ m: 'add', a: [typeof cellAddress === 'string' ? cellAddress : cellAddress._id, content] }, () => {
      void this.sheet;
      const { sheet, rect } = resolveArea(this.context.wb, cellAddress);
      const key = noteKey(rectAddress(rect));
      sheet.assertWritable('add a note', 'allowEditObjects');
      if (sheet.notes.has(key)) throw new FakeError('InvalidOperation', `A note already exists at ${key}`);
      sheet.notes.set(key, content);
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

export class NoteProxy extends Proxy<{ address: string; content: string }> {
  get content(): string {
    return this._get('content');
  }
  protected _prop(name: string): unknown {
    if (name === 'content') return this._t().content;
    throw new FakeError('InvalidArgument', `Note.${name} is not modelled`);
  }
}

export class ChartCollectionProxy extends CollectionProxy<FakeSheet, ChartProxy> {
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
        this.sheet.assertWritable('add a chart', 'allowEditObjects');
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

export class ChartProxy extends Proxy<FakeChart> {
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (c) => (c.name = v));
  }
  get title(): { text: string } {
    const set = (v: string) => this._set('title.text', v, (c) => (c.title = v));
    return {
      set text(v: string) {
        set(v);
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
      for (const s of this.context.wb.sheets) {
        if (!s.charts.includes(c)) continue;
        s.assertWritable('delete a chart', 'allowEditObjects');
        s.charts = s.charts.filter((x) => x !== c);
      }
    });
  }
  protected _prop(name: string): unknown {
    if (name === 'name') return this._t().name;
    throw new FakeError('InvalidArgument', `Chart.${name} is not modelled`);
  }
}
