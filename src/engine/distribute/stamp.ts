/**
 * The package's stamp: a very hidden sheet `_package` saying which ledger,
 * unit and round the package is, when it was made and until when it is due,
 * and every row it holds with its fingerprints. Written as plain text cells
 * (a label, then the value), so any writer that keeps the sheet keeps it.
 */
import type { CellValue } from '../core/cells';
import { valueText } from '../core/cells';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import type { IsoDate } from '../rules/dates';
import type { PackageSheetId } from './columns';
import type { RowStamp } from './fingerprint';

export const STAMP_SHEET = '_package';
export const STAMP_VERSION = 1;

export interface PackageStamp {
  version: number;
  ledgerId: string;
  unit: string;
  round: number;
  packageDate: IsoDate;
  due: IsoDate | '';
  /** SHA-256 of the whole package (fingerprint.ts packageHash). */
  hash: string;
  rows: RowStamp[];
}

const LABELS = [
  '格式版本 format',
  '台账标识 ledger id',
  '单位 unit',
  '轮次 round',
  '下发日期 packaged on',
  '截止日期 due',
  '整包指纹 package fingerprint',
];
const ROW_HEADER = ['表 sheet', '编号 key', '指纹 fingerprint', '单元格 cells', '下发时的值 sent values'];
const SHEETS: readonly PackageSheetId[] = ['problems', 'tasks', 'reports'];

/** The stamp as the sheet's rows. */
export function stampRows(s: PackageStamp): CellValue[][] {
  const head = [s.version, s.ledgerId, s.unit, s.round, s.packageDate, s.due, s.hash];
  return [
    ...LABELS.map((label, i): CellValue[] => [label, String(head[i])]),
    [],
    ROW_HEADER,
    ...s.rows.map((r): CellValue[] => [r.sheet, r.key, r.hash, r.cells, JSON.stringify(r.sent)]),
  ];
}

function record(text: string): Record<string, string> | null {
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (typeof x !== 'string') return null;
      out[k] = x;
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * The stamp of a returned package: null when the sheet is gone (a writer dropped it), 'unreadable' when it is there
 * but not ours or damaged (edited, cut short).
 */
export function readStamp(snapshot: WorkbookSnapshot): PackageStamp | null | 'unreadable' {
  const sheet = findSheet(snapshot, STAMP_SHEET);
  if (!sheet) return null;
  const cell = (r: number, c: number) => valueText(sheet.values[r]?.[c]);
  const version = Number(cell(0, 1));
  const round = Number(cell(3, 1));
  if (version !== STAMP_VERSION || !Number.isInteger(round) || round < 1 || !cell(1, 1) || !cell(2, 1))
    return 'unreadable';
  const rows: RowStamp[] = [];
  for (let r = LABELS.length + 2; r < sheet.values.length; r++) {
    if (!cell(r, 0) && !cell(r, 1)) continue;
    const id = cell(r, 0) as PackageSheetId;
    const cells = cell(r, 3);
    const sent = record(cell(r, 4));
    if (!SHEETS.includes(id) || !cell(r, 1) || !/^[0-9a-f]*$/.test(cells) || !sent) return 'unreadable';
    rows.push({ sheet: id, key: cell(r, 1), hash: cell(r, 2), cells, sent });
  }
  return {
    version,
    ledgerId: cell(1, 1),
    unit: cell(2, 1),
    round,
    packageDate: cell(4, 1),
    due: cell(5, 1),
    hash: cell(6, 1),
    rows,
  };
}
