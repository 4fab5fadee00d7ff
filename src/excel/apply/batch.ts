/**
 * The request being built while a plan is applied: one proxy per sheet, what
 * exists in the workbook, the cells written, the payload budget and sheet
 * protection. Every step queues its operations through `reserve`, which syncs
 * first when the next operation would take the request past
 * WRITE_BUDGET_BYTES, so a write batch never goes over Excel on the web's
 * 5 MB limit.
 *
 * Protection, batch by batch: a protected sheet is unprotected just before
 * the first operation on it in a batch (`edit`), and protected again at the
 * end of that same batch, so no request leaves a sheet unprotected for the
 * next one — if a later batch fails, every sheet written so far is protected.
 * A batch that fails part-way (Excel stops at the failing operation; what came
 * before it happened) is followed by a best-effort repair: the sheets it
 * unprotected are looked at and protected again.
 */
import type { Plan } from '../../engine/core/plan';
import { widest } from '../../engine/core/arrays';
import type { WorkbookSnapshot } from '../../engine/core/snapshot';
import type { MessageKey, MessageParams } from '../../i18n/index';
import { type Degradation, type SyncStats, WRITE_BUDGET_BYTES, newStats } from '../limits';

export type { Degradation } from '../limits';

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

/** What a protected sheet of ours still allows: filtering, sorting, sizing rows and columns. */
const PROTECTION = { allowAutoFilter: true, allowSort: true, allowFormatColumns: true, allowFormatRows: true };

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
  readonly tableNames = new Set<string>();
  /** Defined names and their formulas ('=_settings!$B$2'). */
  readonly names = new Map<string, string>();
  /** Sheets protected now (as queued so far). */
  private readonly protectedNow = new Set<string>();
  /** Sheets unprotected in the batch being built. */
  private readonly opened = new Set<string>();
  private readonly proxies = new Map<string, Excel.Worksheet>();
  private queuedBytes = 0;
  private batchOpen = false;
  private readonly totalCells: number;

  constructor(
    readonly context: Excel.RequestContext,
    readonly plan: Plan,
    private readonly options: ApplyOptions,
  ) {
    this.stats = options.stats ?? newStats();
    this.snapshot = options.snapshot;
    this.wb = context.workbook;
    const blocks = plan.writes.reduce((n, w) => n + w.values.length * widest(w.values, 1), 0);
    this.totalCells = blocks + plan.formulas.length;
  }

  /** One proxy per sheet for the whole command: fewer operations in every request. */
  sheet(name: string): Excel.Worksheet {
    let ws = this.proxies.get(name);
    if (!ws) this.proxies.set(name, (ws = this.wb.worksheets.getItem(name)));
    return ws;
  }

  /** The sheet, to change: unprotected first (once in this batch) when it is protected. */
  edit(name: string): Excel.Worksheet {
    const ws = this.sheet(name);
    if (this.protectedNow.has(name) && !this.opened.has(name)) {
      ws.protection.unprotect(this.passwordOf(name));
      this.protectedNow.delete(name);
      this.opened.add(name);
    }
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
    this.wb.names.load('items/name,items/formula');
  }

  takeInventory(): void {
    for (const w of this.wb.worksheets.items) {
      this.sheetNames.add(w.name);
      if (w.protection.protected) this.protectedNow.add(w.name);
    }
    for (const t of this.wb.tables.items) this.tableNames.add(t.name);
    for (const n of this.wb.names.items) this.names.set(n.name, String(n.formula ?? ''));
  }

  /** The password of a sheet the plan protects (generated sheets, `_log`); none for the user's own. */
  passwordOf(name: string): string | undefined {
    return this.plan.sheets.find((s) => s.name === name)?.protect?.password || undefined;
  }

  /** Whether the sheet is to be protected once written: the plan says so, or it was protected before. */
  private wantsProtection(name: string): boolean {
    if (this.plan.sheets.some((s) => s.name === name && s.protect)) return true;
    return !!this.snapshot.sheets.find((s) => s.name === name)?.protected;
  }

  /** Protects what this batch unprotected, and the sheets the plan protects that are not yet (the last batch). */
  private queueProtection(all: boolean): void {
    const names = all ? new Set([...this.opened, ...this.plan.sheets.map((s) => s.name)]) : this.opened;
    for (const name of names) {
      if (!this.wantsProtection(name) || this.protectedNow.has(name) || !this.sheetNames.has(name)) continue;
      const unlocked = this.plan.sheets.find((s) => s.name === name)?.protect?.unlocked ?? [];
      for (const ref of unlocked) this.sheet(name).getRange(ref).format.protection.locked = false;
      this.sheet(name).protection.protect(PROTECTION, this.passwordOf(name));
      this.protectedNow.add(name);
    }
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    await this.context.sync();
  }

  /** Sends what is queued, the sheets it opened protected again at its end; after a failure, protection is repaired. */
  async commit(last = false): Promise<void> {
    this.queueProtection(last);
    const opened = [...this.opened];
    this.opened.clear();
    try {
      await this.sync();
    } catch (e) {
      await this.repairProtection(opened);
      throw e;
    }
  }

  /** After a failed batch: the sheets it unprotected that are not protected now are protected again (two small syncs). */
  private async repairProtection(names: string[]): Promise<void> {
    const wanted = names.filter((n) => this.wantsProtection(n));
    if (!wanted.length) return;
    try {
      const looks = wanted.map((n) => {
        const p = this.sheet(n).protection;
        p.load('protected');
        return { n, p };
      });
      await this.sync();
      for (const { n, p } of looks) {
        if (p.protected) continue;
        p.protect(PROTECTION, this.passwordOf(n));
        this.protectedNow.add(n);
      }
      await this.sync();
    } catch {
      // Best effort: the error the user sees is the one that stopped the command.
    }
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
  async flush(last = false): Promise<void> {
    if (!this.batchOpen) {
      if (last) await this.protectRemaining();
      return;
    }
    this.stats.writeChunks++;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, this.queuedBytes);
    this.batchOpen = false;
    await this.commit(last);
  }

  /** The sheets the plan protects that nothing wrote to and that are not protected yet: one more small write. */
  private async protectRemaining(): Promise<void> {
    const missing = this.plan.sheets.filter(
      (s) => s.protect && this.sheetNames.has(s.name) && !this.protectedNow.has(s.name),
    );
    if (!missing.length) return;
    await this.reserve(80 * missing.length);
    await this.flush(true);
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
