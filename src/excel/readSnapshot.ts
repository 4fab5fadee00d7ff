/**
 * Reads the workbook into a WorkbookSnapshot — what the command's read scope
 * asks for (src/engine/run/scope.ts; everything without one) — with a fixed
 * number of round trips plus one per chunk of cell data:
 *
 *   sync 1  worksheets, tables, defined names (read/outline.ts)
 *   sync 2  used ranges, protection, frozen panes, table ranges, the
 *           conditional formats of the sheets read whole
 *   sync 3… cells, `formulas` only, in chunks sized to READ_BUDGET_BYTES
 *           (read/cells.ts, read/plan.ts); the first chunk also carries the
 *           widths of the used columns, the merged areas (read/merges.ts)
 *           and the ranges of the conditional formats, at no extra trip
 *   +1      the second look, only when needed (read/secondLook.ts)
 *
 * `formulas` holds a constant cell's value (numbers, dates as serials, text,
 * booleans), so reading it alone carries everything `values` + `formulas` did
 * in half the bytes. Responses are limited like requests (5 MB on the web):
 * the read chunks grow with the ledger like the write chunks do.
 */
import type { CellValue } from '../engine/core/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../engine/core/snapshot';
import { type ReadScope, WHOLE_WORKBOOK } from '../engine/run/scope';
import { type Degradation, type SyncStats, newStats } from './limits';
import { CellReader } from './read/cells';
import { type SheetRead, readOutline } from './read/outline';
import { secondLook } from './read/secondLook';
import { rememberRead } from './read/state';

export { isPayloadTooLarge } from './read/cells';
export { localAddress } from './read/outline';

export interface ReadOptions {
  /** Who runs the command, for _log (Office.js does not expose the user's name). */
  user?: string;
  /** What of the workbook to read (default: everything). */
  scope?: ReadScope;
  stats?: SyncStats;
  /** What the read could not do (merged areas Excel would not give), for the pane. */
  degraded?: Degradation[];
  /** Called after each chunk, for a progress bar: cells read so far, cells in total. */
  onProgress?: (done: number, total: number) => void;
  /** For tests: the clock of `readAt`. */
  now?: () => Date;
}

/** Rows as the engine wants them: no holes, no trailing empty cells; a partly read sheet as long as its used rows. */
function finish(s: SheetRead): SheetSnapshot {
  const values = s.snap.values;
  const rows = s.last?.row ?? 0;
  const partial = partOf(s);
  if (partial) {
    s.snap.partial = partial;
    if (values.length < rows) values.length = rows;
  }
  for (let i = 0; i < values.length; i++) {
    let row: CellValue[] = (values[i] ??= []);
    // Columns left out leave holes: a row without holes (a packed array) is faster for the engine to read.
    if (row.includes(undefined as unknown as CellValue)) row = values[i] = Array.from(row, (v) => v ?? null);
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
  }
  return s.snap;
}

function partOf(s: SheetRead): SheetSnapshot['partial'] {
  if (!s.last) return undefined;
  const rows = s.last.row;
  if (s.part === 'none') return 'none';
  if (s.part === 'tail') return rows > 2 ? 'tail' : undefined;
  if (s.part === 'head') return rows > s.headRows ? 'head' : undefined;
  return s.skipped?.length ? 'columns' : undefined;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const stats = options.stats ?? newStats();
  const scope = options.scope ?? WHOLE_WORKBOOK;
  const sync = async (): Promise<void> => {
    stats.syncs++;
    await context.sync();
  };
  const readAt = (options.now ?? (() => new Date()))().toISOString();
  const outline = await readOutline(context, sync, scope);
  const reading = outline.sheets.filter((s) => s.last && s.part !== 'none');
  const cells = await new CellReader(reading, scope, sync, stats, options.onProgress).run();
  await secondLook(cells, outline.sheets, sync, stats);
  const snapshot: WorkbookSnapshot = {
    sheets: outline.sheets.map(finish),
    user: options.user ?? '',
    readAt,
    names: outline.names,
  };
  for (const d of cells.degraded) {
    options.degraded?.push(d);
    stats.degraded.push(d.key);
  }
  rememberRead(snapshot, { rules: cells.rules, degraded: cells.degraded });
  return snapshot;
}

/** Office.context.requirements where Office is there; tests without it get everything. */
export function isSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return req ? req.isSetSupported(name, version) : true;
}
