/**
 * "Every value kept", checked on files read back by openpyxl / xlrd
 * (test/files/dump_cells.py), not by our own reader: what import wrote, and
 * what init, refresh and report left of the user's cells. The import check is
 * the one test/import/realFiles.test.ts makes, for any set of sources.
 */
import { isPlaceholder } from '../../src/engine';
import { LOG_MIRROR_COLUMN } from '../../src/engine/schema/helperLayouts';

type Cells = [number, number, string][];

export interface SheetDump {
  cells: Cells;
  notes?: Cells;
}

export interface WorkbookDump {
  sheets: Record<string, SheetDump>;
}

const LIST_SHEETS = ['问题清单', '责任清单', '任务清单'];
/** 是否整改完成 is the only column whose words import translates (its report says so: 是→待审核, 否→整改中). */
const TRANSLATED: Record<string, string> = { 是: '待审核', 否: '整改中' };

/** A sheet as objects keyed by its row-1 headers. */
export function tableRows(d: WorkbookDump, sheet: string): Record<string, string>[] {
  const cells = d.sheets[sheet]?.cells ?? [];
  const header = new Map<number, string>();
  for (const [r, c, v] of cells) if (r === 1) header.set(c, v);
  const rows = new Map<number, Record<string, string>>();
  for (const [r, c, v] of cells) {
    if (r === 1) continue;
    const row = rows.get(r) ?? {};
    row[header.get(c) ?? `#${c}`] = v;
    rows.set(r, row);
  }
  return [...rows.values()];
}

/** Data rows of a source's first sheet (header in row 1): row → column → text. */
export function sourceRows(d: WorkbookDump): Map<number, Map<number, string>> {
  const first = Object.values(d.sheets)[0];
  const rows = new Map<number, Map<number, string>>();
  for (const [r, c, v] of first?.cells ?? []) {
    if (r === 1) continue;
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r)!.set(c, v);
  }
  return rows;
}

export interface ImportCheck {
  /** Source rows found in the output, and expected. */
  rows: number;
  expectedRows: number;
  /** Values compared. */
  checked: number;
  missing: string[];
}

/** Every non-placeholder value of every source row is in the output row that names that file and row. */
export function checkImported(sources: { name: string; dump: WorkbookDump }[], out: WorkbookDump): ImportCheck {
  const bySource = new Map<string, Set<string>>();
  for (const sheet of LIST_SHEETS) {
    for (const row of tableRows(out, sheet)) {
      const key = `${row['来源文件']}#${row['来源行']}`;
      const set = bySource.get(key) ?? new Set<string>();
      for (const v of Object.values(row)) set.add(v);
      bySource.set(key, set);
    }
  }
  const result: ImportCheck = { rows: 0, expectedRows: 0, checked: 0, missing: [] };
  for (const { name, dump } of sources) {
    const first = Object.values(dump.sheets)[0];
    const header = new Map((first?.cells ?? []).filter(([r]) => r === 1).map(([, c, v]) => [c, v]));
    for (const [r, cells] of sourceRows(dump)) {
      result.expectedRows++;
      const found = bySource.get(`${name}#${r}`);
      if (!found) {
        result.missing.push(`${name} row ${r}: not imported`);
        continue;
      }
      result.rows++;
      for (const [c, v] of cells) {
        if (isPlaceholder(v)) continue;
        result.checked++;
        const want = header.get(c) === '是否整改完成' ? (TRANSLATED[v] ?? v) : v;
        if (!found.has(want)) result.missing.push(`${name} R${r}C${c} ${header.get(c)}=${v}`);
      }
    }
  }
  return result;
}

/**
 * The user's cells and notes that a command lost or changed: every cell of
 * `before` must be in `after` with the same text, in every sheet but the ones
 * the command rebuilds (`rebuilt`), except cells the engine owns (`ours`,
 * e.g. the _log summary that says how many entries the log has).
 */
/** The `_log` seal's copy in `_settings` (docs/LOG.md): ours, and it moves with every logged write, like `_log`. */
function isLogSealCopy(sheet: string, row: number, col: number): boolean {
  return sheet === '_settings' && row === 1 && col === LOG_MIRROR_COLUMN;
}

export function lostCells(
  before: WorkbookDump,
  after: WorkbookDump,
  rebuilt: string[] = [],
  ours: (sheet: string, row: number, col: number) => boolean = () => false,
): string[] {
  const lost: string[] = [];
  for (const [name, sheet] of Object.entries(before.sheets)) {
    if (rebuilt.includes(name)) continue;
    const target = after.sheets[name];
    if (!target) {
      lost.push(`${name}: sheet missing`);
      continue;
    }
    const cells = new Map(target.cells.map(([r, c, v]) => [`${r},${c}`, v]));
    for (const [r, c, v] of sheet.cells) {
      if (ours(name, r, c) || isLogSealCopy(name, r, c)) continue;
      const got = cells.get(`${r},${c}`);
      if (got !== v) lost.push(`${name}!R${r}C${c}: ${JSON.stringify(v)} → ${JSON.stringify(got ?? null)}`);
    }
    const notes = new Map((target.notes ?? []).map(([r, c, v]) => [`${r},${c}`, v]));
    for (const [r, c, v] of sheet.notes ?? []) {
      if (notes.get(`${r},${c}`) !== v)
        lost.push(`${name}!R${r}C${c} note: ${JSON.stringify(v)} → ${JSON.stringify(notes.get(`${r},${c}`) ?? null)}`);
    }
  }
  return lost;
}
