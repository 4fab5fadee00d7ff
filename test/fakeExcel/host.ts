/**
 * A fake Office.js Excel host, as strict as Excel where Excel is strict
 * (docs/ADDIN.md, "The fake host"; each rule cites its source beside it):
 *  - proxies, load/sync, PropertyNotLoaded, null objects, requirement sets:
 *    proxy.ts and api.ts;
 *  - the workbook's own rules (sheet size, Excel's typing of text,
 *    protection, tables against merges and names): workbook.ts, typing.ts,
 *    and the proxies in sheets.ts, range.ts, rules.ts and objects.ts;
 *  - requests and responses: every sync records the request (UTF-8 JSON of
 *    the queued operations, with their object ids, names and arguments — more
 *    than Excel's own encoding needs, so it errs on the large side) and the
 *    response (UTF-8 JSON of what was loaded), and fails past 5,000,000 bytes
 *    with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded:
 *    "Excel on the web has a payload size limit for requests and responses of
 *    5MB" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 *    5 MB counted as 5,000,000 bytes, the smaller reading). A request over
 *    the limit changes nothing; a response over it comes after the batch ran;
 *  - a host that is in cell-edit mode or whose workbook lost the focus fails
 *    every sync with InvalidOperationInCellEditMode / InactiveWorkbook (error
 *    codes, https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
 *  - `Office.onReady` outside Office resolves with `host: null` ("it will call
 *    the callback and resolve the promise with "null" for both the application
 *    and platform", https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)).
 * Only the part of the API the add-in uses is here.
 */
import { NEWEST_EXCEL_API, defaultExcelApi, noteAboveMinimum, versionAtMost } from './api';
import { FakeError } from './errors';
import type { ContextLike, Op } from './proxy';
import { ApplicationProxy, WorkbookProxy } from './sheets';
import { FakeWorkbook } from './workbook';

export const PAYLOAD_LIMIT = 5_000_000;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Operations that change the workbook (property sets and methods other than get… and load). */
  writes: number;
  /** The error code the sync failed with. */
  failed?: string;
  /** Cells loaded by this sync (values, formulas or number formats), for tests of read sizes. */
  cellsLoaded: number;
}

export interface HostOptions {
  /** The ExcelApi level this host supports (default: the jest project's level, else the newest). */
  excelApi?: string;
  payloadLimit?: number;
  displayLanguage?: string;
  /** Milliseconds each sync takes (the browser test slows down to show progress). */
  latencyMs?: number;
}

/** What can go wrong in a host beyond the workbook's rules (tests switch these on). */
export interface HostFaults {
  /** The user is typing in a cell: every request fails with InvalidOperationInCellEditMode. */
  cellEditMode?: boolean;
  /** Another workbook has the focus: every request fails with InactiveWorkbook. */
  inactiveWorkbook?: boolean;
  /** Every getMergedAreasOrNullObject fails (an Excel that cannot return them at all). */
  mergedAreas?: boolean;
  /** Page layout (print settings) is refused, as by a printer-less Excel on the web. */
  pageLayout?: boolean;
  /** The sync with this number (counted from 1 over the host's `syncs`) fails with GeneralException, after its first half ran. */
  failSync?: number;
}

/** Reads are loads and get… methods; every other operation changes the workbook (or what it shows). */
function isWrite(desc: unknown): boolean {
  const d = desc as { m?: string; s?: string };
  if (d.s !== undefined) return true;
  return !!d.m && d.m !== 'load' && !d.m.startsWith('get');
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Cells in the loaded data of one operation (2-D arrays of values / formulas / number formats). */
function loadedCells(data: unknown): number {
  if (!data || typeof data !== 'object') return 0;
  let n = 0;
  for (const k of ['values', 'formulas', 'numberFormat'] as const) {
    const grid = (data as Record<string, unknown>)[k];
    if (Array.isArray(grid))
      n += grid.reduce((s: number, row: unknown) => s + (Array.isArray(row) ? row.length : 0), 0);
  }
  return n;
}

export class FakeContext implements ContextLike {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  queue: Op[] = [];
  constructor(
    readonly host: FakeExcel,
    readonly wb: FakeWorkbook,
  ) {
    this.workbook = new WorkbookProxy(this, () => wb, 'Workbook');
    this.application = new ApplicationProxy(this, () => null, 'Application');
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const request = utf8Bytes(JSON.stringify(ops.map((o) => o.desc)));
    const writes = ops.filter((o) => isWrite(o.desc)).length;
    const record: SyncRecord = {
      requestBytes: request,
      responseBytes: 0,
      operations: ops.length,
      writes,
      cellsLoaded: 0,
    };
    this.host.syncs.push(record);
    if (this.host.latencyMs > 0) await new Promise((r) => setTimeout(r, this.host.latencyMs));
    else await Promise.resolve();
    const fail = (code: string, message: string): never => {
      record.failed = code;
      throw new FakeError(code, message);
    };
    if (this.host.faults.cellEditMode) fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (this.host.faults.inactiveWorkbook) fail('InactiveWorkbook', 'The workbook has lost the focus.');
    if (request > this.host.payloadLimit) {
      fail('RequestPayloadSizeLimitExceeded', `The request payload (${request} bytes) exceeds the limit.`);
    }
    const responses: unknown[] = [];
    const failAt = this.host.faults.failSync === this.host.syncs.length ? Math.floor(ops.length / 2) : -1;
    for (const [i, op] of ops.entries()) {
      if (i === failAt) fail('GeneralException', 'There was an internal error while processing the request.');
      let r: unknown;
      try {
        r = op.run();
      } catch (e) {
        record.failed = (e as FakeError).code ?? 'Error';
        throw e;
      }
      if (op.load) {
        responses.push(r);
        record.cellsLoaded += loadedCells(r);
      }
    }
    record.responseBytes = utf8Bytes(JSON.stringify(responses));
    if (record.responseBytes > this.host.payloadLimit) {
      fail(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload (${record.responseBytes} bytes) exceeds the limit.`,
      );
    }
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
}

export class FakeExcel {
  syncs: SyncRecord[] = [];
  calculationSuspensions = 0;
  payloadLimit: number;
  excelApi: string;
  /** The level is the jest project's, not one the test chose (what test/setup/excelApiGuard.ts watches). */
  readonly defaultLevel: boolean;
  displayLanguage: string;
  latencyMs: number;
  faults: HostFaults = {};
  actions: Record<string, (event: unknown) => unknown> = {};

  constructor(
    public workbook: FakeWorkbook = new FakeWorkbook(),
    options: HostOptions = {},
  ) {
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
    this.excelApi = options.excelApi ?? defaultExcelApi();
    this.defaultLevel = options.excelApi === undefined;
    this.displayLanguage = options.displayLanguage ?? 'zh-CN';
    this.latencyMs = options.latencyMs ?? 0;
  }

  /**
   * Like `Excel.run`: a fresh request context per batch of work. When no
   * `Office` global is installed, one that answers `isSetSupported` for this
   * host's level stands in while the batch runs (an adapter asks it before
   * using a newer API, as it would ask office.js in that Excel).
   */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this, this.workbook);
    const g = globalThis as { Office?: unknown };
    const own = g.Office === undefined;
    if (own)
      g.Office = {
        context: { requirements: { isSetSupported: (n: string, v?: string) => this.isSetSupported(n, v) } },
      };
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      if (own) delete g.Office;
    }
  }

  isSetSupported(name: string, version = '1.1'): boolean {
    if (name === 'ExcelApi') {
      if (this.defaultLevel) noteAboveMinimum(version, `isSetSupported('ExcelApi', '${version}')`);
      return versionAtMost(version, this.excelApi);
    }
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

  /** Operations sent in all syncs so far (writes and reads alike). */
  get operations(): number {
    return this.syncs.reduce((n, s) => n + s.operations, 0);
  }

  /**
   * Installs `Office` and `Excel` globals (what office.js would define), so the
   * pane, the ribbon commands and the adapter run against this host unchanged.
   * `officeHost: null` is office.js outside Office: onReady resolves with
   * host and platform null, and Excel.run fails.
   */
  install(
    target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
    opts: { officeHost?: 'Excel' | null } = {},
  ): void {
    const info =
      opts.officeHost === null ? { host: null, platform: null } : { host: 'Excel', platform: 'OfficeOnline' };
    target.Office = {
      HostType: { Excel: 'Excel' },
      PlatformType: { OfficeOnline: 'OfficeOnline' },
      context: this.officeContext(info.host),
      onReady: (cb?: (i: typeof info) => void) => {
        cb?.(info);
        return Promise.resolve(info);
      },
      actions: { associate: (name: string, fn: unknown) => (this.actions[name] = fn as (e: unknown) => unknown) },
      addin: { showAsTaskpane: () => Promise.resolve() },
    };
    target.Excel = {
      run: (fn: (c: Excel.RequestContext) => Promise<unknown>) =>
        info.host === null
          ? Promise.reject(new FakeError('GeneralException', 'Excel.run outside Office'))
          : this.run(fn),
    };
  }

  private officeContext(host: string | null) {
    const self = this;
    return {
      get displayLanguage() {
        return self.displayLanguage;
      },
      requirements: { isSetSupported: (n: string, v?: string) => self.isSetSupported(n, v) },
      host,
    };
  }
}

export { FakeWorkbook, FakeError, NEWEST_EXCEL_API };
