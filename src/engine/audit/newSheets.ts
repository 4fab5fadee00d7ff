/**
 * Sheets a plan creates, logged as one `_log` entry each instead of one per
 * cell (docs/LOG.md): every old value is empty, and what is written — our
 * headers, the helper sheets' defaults — is in the sheet itself. An import
 * into a new file creates up to seven sheets; cell by cell their headers and
 * defaults were about 130 `_log` rows, more than the import's own entries.
 */
import { columnLetters } from '../core/a1';
import type { Plan, WriteBlock } from '../core/plan';
import { type Lang, t } from '../../i18n';
import { LOG_SHEET } from './tail';

function filledCells(w: WriteBlock): number {
  let n = 0;
  for (const row of w.values) for (const v of row) if (v !== null && v !== undefined && v !== '') n++;
  return n;
}

/**
 * The plan with the writes on the sheets it creates (not `_log`, not
 * generated sheets, which log their own rebuild) marked as summarised, and
 * one log change per such sheet: the range written, old empty, new
 * `log.newSheet` with the number of cells.
 */
export function summariseNewSheets(plan: Plan, lang: Lang): Plan {
  const created = new Set(plan.sheets.filter((s) => s.create && !s.clear && s.name !== LOG_SHEET).map((s) => s.name));
  const box = new Map<string, { top: number; left: number; bottom: number; right: number; cells: number }>();
  const writes = plan.writes.map((w) => {
    if (!created.has(w.sheet) || w.summarisedInLog || w.values.length === 0) return w;
    let width = 0;
    for (const r of w.values) if (r.length > width) width = r.length;
    const b = box.get(w.sheet) ?? { top: Infinity, left: Infinity, bottom: 0, right: 0, cells: 0 };
    b.top = Math.min(b.top, w.row);
    b.left = Math.min(b.left, w.column);
    b.bottom = Math.max(b.bottom, w.row + w.values.length - 1);
    b.right = Math.max(b.right, w.column + Math.max(width, 1) - 1);
    b.cells += filledCells(w);
    box.set(w.sheet, b);
    return { ...w, summarisedInLog: true };
  });
  const log = plan.log.slice();
  for (const [sheet, b] of box) {
    if (b.cells === 0) continue;
    const address = `${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}`;
    log.push({ sheet, address, oldValue: null, newValue: t(lang, 'log.newSheet', { cells: b.cells }) });
  }
  return { ...plan, writes, log };
}
