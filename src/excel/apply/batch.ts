/**
 * The request being built while a plan is applied: one proxy per sheet, what
 * exists in the workbook, the cells written, and the payload budget. Every
 * step queues its operations through `reserve`, which syncs first when the
 * next operation would take the request past WRITE_BUDGET_BYTES, so a write
 * batch never goes over Excel on the web's 5 MB limit.
 */
import type { MessageKey, MessageParams } from '../../i18n/index';
import type { Plan } from '../../engine/core/plan';
import type { WorkbookSnapshot } from '../../engine/core/snapshot';
import { type SyncStats, WRITE_BUDGET_BYTES, newStats } from '../limits';

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
export const OP_OVERHEAD = 300;

/** Excel worksheet visibility for a plan's visibility. */
export function sheetVisibility(v: 'visible' | 'hidden' | 'veryHidden'): Excel.SheetVisibility {
  return (v === 'veryHidden' ? 'VeryHidden' : v === 'hidden' ? 'Hidden' : 'Visible') as Excel.SheetVisibility;
}

export class ApplySession {
  readonly stats: SyncStats;
  readonly degraded: Degradation[] = [];
  readonly snapshot: WorkbookSnapshot;
  readonly wb: Excel.Workbook;
  cellsWritten = 0;
  /** What exists now: learnt in the prep sync, kept up to date as the plan adds sheets, tables and names. */
  readonly sheetNames = new Set<string>();
  readonly protectedNow = new Set<string>();
  readonly tableNames = new Set<string>();
  readonly nameNames = new Set<string>();
  private readonly proxies = new Map<string, Excel.Worksheet>();
  private queuedBytes = 0;
  private batchOpen = false;
  private readonly totalCells: number;

  constructor(
    readonly context: Excel.RequestContext,
    plan: Plan,
    private readonly options: ApplyOptions,
  ) {
    this.stats = options.stats ?? newStats();
    this.snapshot = options.snapshot;
    this.wb = context.workbook;
    const blocks = plan.writes.reduce((n, w) => n + w.values.length * Math.max(1, ...w.values.map((r) => r.length)), 0);
    this.totalCells = blocks + plan.formulas.length;
  }

  /** One proxy per sheet for the whole command: fewer operations in every request. */
  sheet(name: string): Excel.Worksheet {
    let ws = this.proxies.get(name);
    if (!ws) this.proxies.set(name, (ws = this.wb.worksheets.getItem(name)));
    return ws;
  }

  /** A sheet the plan has just added (its proxy is the one `add` returned). */
  adopt(name: string, ws: Excel.Worksheet): void {
    this.proxies.set(name, ws);
    this.sheetNames.add(name);
  }

  degrade(key: MessageKey, params: MessageParams = {}): void {
    this.degraded.push({ key, params });
    this.stats.degraded.push(key);
  }

  /** Which sheets (and their protection), tables and names exist: read in the prep sync. */
  queueInventory(): void {
    this.wb.worksheets.load('items/name,items/protection/protected');
    this.wb.tables.load('items/name');
    this.wb.names.load('items/name');
  }

  takeInventory(): void {
    for (const w of this.wb.worksheets.items) {
      this.sheetNames.add(w.name);
      if (w.protection.protected) this.protectedNow.add(w.name);
    }
    for (const t of this.wb.tables.items) this.tableNames.add(t.name);
    for (const n of this.wb.names.items) this.nameNames.add(n.name);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    await this.context.sync();
  }

  get isBatchOpen(): boolean {
    return this.batchOpen;
  }

  /** Bytes still free in the current request (a new request when none is open). */
  room(): number {
    return WRITE_BUDGET_BYTES - OP_OVERHEAD * 2 - (this.batchOpen ? this.queuedBytes : OP_OVERHEAD);
  }

  /** Accounts an operation of `bytes`; syncs first if it would not fit in the current request. */
  async reserve(bytes: number): Promise<void> {
    if (this.batchOpen && this.queuedBytes + bytes + OP_OVERHEAD > WRITE_BUDGET_BYTES) await this.flush();
    this.open();
    this.queuedBytes += bytes + OP_OVERHEAD;
  }

  /** Sends the write batch queued so far, if any (one counted write chunk). */
  async flush(): Promise<void> {
    if (!this.batchOpen) return;
    this.stats.writeChunks++;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, this.queuedBytes);
    await this.sync();
    this.batchOpen = false;
  }

  wrote(cells: number): void {
    this.cellsWritten += cells;
    this.options.onProgress?.(this.cellsWritten, this.totalCells);
  }

  result(): ApplyResult {
    return { stats: this.stats, degraded: this.degraded, cellsWritten: this.cellsWritten };
  }

  private open(): void {
    if (this.batchOpen) return;
    // Recalculating after every chunk of a big write is what makes Excel slow; once per batch.
    this.context.application.suspendApiCalculationUntilNextSync();
    this.batchOpen = true;
    this.queuedBytes = OP_OVERHEAD;
  }
}
