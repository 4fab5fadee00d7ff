/**
 * The base of every fake Office.js object, modelled on the application-specific
 * API model (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 *  - objects are proxies; reading a property that was not loaded *and*
 *    synced throws PropertyNotLoaded;
 *  - every write and method call is queued and only happens at
 *    `context.sync()`, in order; an error stops the batch there (what was
 *    queued before it has happened), and surfaces at the sync as a
 *    RichApi.Error with its code and `debugInfo.errorLocation`;
 *  - `*OrNullObject` methods give an object whose `isNullObject` is true
 *    when the item does not exist ("*OrNullObject methods and properties",
 *    same page); anything else done with a null object — a method called on
 *    it, a property set, an object taken from it — fails at the sync, as an
 *    object that does not exist cannot be acted on (office-js issue #195,
 *    https://github.com/OfficeDev/office-js/issues/195);
 *  - a member above the host's ExcelApi level fails with ApiNotFound (api.ts).
 */
import { noteAboveMinimum, requiredApi, versionAtMost } from './api';
import { FakeError } from './errors';
import type { FakeWorkbook } from './workbook';

export interface Op {
  desc: unknown;
  run: () => unknown;
  /** Only loads put data into the response. */
  load?: boolean;
}

/** What a proxy needs of its request context and host. */
export interface ContextLike {
  readonly wb: FakeWorkbook;
  readonly host: { readonly excelApi: string; readonly defaultLevel: boolean; calculationSuspensions: number };
  queue: Op[];
}

let nextId = 1;

/** Thrown when a null object is used: never turned into a null object again by a `*OrNullObject` call on it. */
export class NullObjectError extends FakeError {
  constructor(kind: string) {
    super('ItemNotFound', `${kind} is a null object: it cannot be used`);
  }
}

export abstract class Proxy<T> {
  readonly _id = nextId++;
  private _target: T | undefined;
  private _resolved = false;
  protected _loaded = new Map<string, unknown>();
  private _navs = new Map<string, Proxy<unknown>>();
  protected _isNull = false;

  constructor(
    readonly context: ContextLike,
    private readonly _resolver: () => T | null,
    readonly _kind: string = 'Object',
  ) {}

  /** The real thing behind the proxy; resolved once, during a sync, in queue order. */
  _t(): T {
    if (!this._resolved) {
      const t = this._resolver();
      this._resolved = true;
      if (t === null) this._isNull = true;
      else this._target = t;
    }
    if (this._isNull) throw new NullObjectError(this._kind);
    return this._target as T;
  }

  /**
   * For *OrNullObject: resolves, a missing item (the resolver's null) making
   * this a null object. Errors — a parent that is itself a null object
   * included — are thrown.
   */
  _tryResolve(): void {
    if (this._resolved) return;
    const t = this._resolver();
    this._resolved = true;
    if (t === null) this._isNull = true;
    else this._target = t;
  }

  /** Queues an operation; `member` (a method or property name) is checked against the host's ExcelApi level. */
  protected _queue(desc: Record<string, unknown>, run: () => unknown, load = false): void {
    const member = String(desc.m ?? desc.s ?? '');
    const api = requiredApi(this._kind, member);
    const location = `${this._kind}.${member}`;
    const guarded = () => {
      if (this.context.host.defaultLevel) noteAboveMinimum(api, location);
      if (!versionAtMost(api, this.context.host.excelApi)) {
        throw new FakeError(
          'ApiNotFound',
          `${location} needs ExcelApi ${api}; this Excel has ${this.context.host.excelApi}.`,
        );
      }
      try {
        return run();
      } catch (e) {
        if (e instanceof FakeError) e.debugInfo.errorLocation ??= location;
        throw e;
      }
    };
    this.context.queue.push({ desc: { o: this._id, k: this._kind, ...desc }, run: guarded, load });
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
      const api = requiredApi(this._kind, head);
      if (this.context.host.defaultLevel) noteAboveMinimum(api, `${this._kind}.${head}`);
      if (!versionAtMost(api, this.context.host.excelApi)) {
        throw new FakeError('ApiNotFound', `${this._kind}.${head} needs ExcelApi ${api}.`);
      }
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
export abstract class CollectionProxy<T, P extends Proxy<unknown>> extends Proxy<T> {
  protected abstract _item(target: () => unknown): P;
  protected abstract _list(): unknown[];

  get items(): P[] {
    return this._get<P[]>('items');
  }

  override _doLoad(paths: string[]): unknown {
    const api = requiredApi(this._kind, 'items');
    if (this.context.host.defaultLevel) noteAboveMinimum(api, `${this._kind}.items`);
    if (!versionAtMost(api, this.context.host.excelApi)) {
      throw new FakeError('ApiNotFound', `${this._kind} needs ExcelApi ${api}.`);
    }
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
