/**
 * Conditional formats, modelled on
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection
 * and https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat:
 *  - `range.conditionalFormats` holds the formats that intersect the range;
 *  - `add` puts the new format at the first/top priority; priorities stay
 *    contiguous; `priority` is the index within the collection it came from;
 *  - after `priority` is changed the object must be fetched again before it
 *    is changed further (here: any later change through it fails);
 *  - `custom` is only there on a custom format (here: using it on another
 *    type fails at the sync), `customOrNullObject` is a null object instead;
 *  - `getRangeOrNullObject()` is the range the format applies to (ExcelApi 1.6);
 *  - formats cannot be added, changed or deleted on a protected sheet;
 *  - a custom rule's formula must be one Excel can evaluate: a name it uses
 *    must exist (a formula that refers to an undefined name is refused, as
 *    Excel's own Conditional Formatting dialog refuses it); modelled
 *    conservatively, so rules are added only after the names they use.
 */
import { FakeError } from './errors';
import { CollectionProxy, Proxy } from './proxy';
import { RangeProxy, type RangeTarget } from './range';
import type { FakeConditionalFormat, FakeSheet, FakeWorkbook, Rect } from './workbook';
import { overlaps, parseRect, rectAddress } from './workbook';

/** A format as seen through a collection: its sheet, and the range of the collection (priorities count within it). */
interface CfTarget {
  sheet: FakeSheet;
  cf: FakeConditionalFormat;
  scope: Rect;
}

/** Identifiers in a formula that are neither functions, cell references, sheet names nor TRUE/FALSE, and are no defined name. */
export function undefinedNames(formula: string, wb: FakeWorkbook): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, '');
  const names = new Set([...wb.names.keys()].map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const m of bare.matchAll(/\$?[A-Za-z_][\w.]*\$?\d*/g)) {
    const token = m[0];
    const before = bare.slice(0, m.index ?? 0).trimEnd();
    const after = bare.slice((m.index ?? 0) + token.length).trimStart();
    if (after.startsWith('(') || after.startsWith('!') || after.startsWith(':') || before.endsWith(':')) continue;
    if (/^\$?[A-Z]{1,3}\$?\d+$/i.test(token) || /^(TRUE|FALSE)$/i.test(token)) continue;
    if (!names.has(token.toLowerCase())) out.push(token);
  }
  return out;
}

export class ConditionalFormatCollectionProxy extends CollectionProxy<RangeTarget, ConditionalFormatProxy> {
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

export class ConditionalFormatProxy extends Proxy<CfTarget> {
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
      const t = this._t();
      t.sheet.assertWritable('change a conditional format');
      apply(t);
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
  /** The range the format applies to; a null object when it applies to several areas (the fake keeps one). */
  getRangeOrNullObject(): RangeProxy {
    const r = new RangeProxy(this.context, () => {
      const { sheet, cf } = this._t();
      return { sheet, rect: parseRect(cf.range) };
    });
    this._queue({ m: 'getRangeOrNullObject', r: r._id }, () => r._tryResolve());
    return r;
  }
  delete(): void {
    this._edit('delete', null, ({ sheet, cf }) => {
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
export class CustomFormatProxy extends Proxy<CfTarget> {
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
  get format(): CfFormatProxy {
    return this._nav('format', () => new CfFormatProxy(this));
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    if (name === 'rule') return this.rule;
    return name === 'format' ? this.format : undefined;
  }
  protected _prop(name: string): unknown {
    throw new FakeError('InvalidArgument', `CustomConditionalFormat.${name} is not modelled`);
  }
}

/** The format of a custom conditional format: its fill and font. */
export class CfFormatProxy extends Proxy<CfTarget> {
  constructor(readonly custom: CustomFormatProxy) {
    super(custom.context, () => custom._t(), 'ConditionalRangeFormat');
  }
  get fill(): CfPartProxy {
    return this._nav('fill', () => new CfPartProxy(this.custom, 'fill'));
  }
  get font(): CfPartProxy {
    return this._nav('font', () => new CfPartProxy(this.custom, 'font'));
  }
  protected override _navFor(name: string): Proxy<unknown> | undefined {
    if (name === 'fill') return this.fill;
    return name === 'font' ? this.font : undefined;
  }
  protected _prop(name: string): unknown {
    throw new FakeError('InvalidArgument', `ConditionalRangeFormat.${name} is not modelled`);
  }
}

/** The rule (`formula`) or the fill / font (`color`) of a custom conditional format. */
export class CfPartProxy extends Proxy<CfTarget> {
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
    this.custom.owner._edit('custom.rule.formula', f, (t) => {
      const missing = undefinedNames(f, this.context.wb);
      if (missing.length)
        throw new FakeError('InvalidArgument', `The formula ${f} uses an undefined name: ${missing[0]}`);
      t.cf.formula = f;
    });
  }
  get color(): string {
    return this._get('color');
  }
  set color(c: string) {
    const part = this.part;
    this.custom.owner._edit(`custom.format.${part}.color`, c, (t) => {
      if (part === 'rule') throw new FakeError('InvalidArgument', 'A rule has no colour');
      t.cf[part] = c;
    });
  }
  protected _prop(name: string): unknown {
    const { cf } = this._t();
    if (this.part === 'rule' && name === 'formula') return cf.formula;
    if (this.part !== 'rule' && name === 'color') return cf[this.part];
    throw new FakeError('InvalidArgument', `${this._kind}.${name} is not modelled`);
  }
}
