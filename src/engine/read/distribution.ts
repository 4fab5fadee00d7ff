/**
 * Reading `_distribution` (written by src/engine/distribute): the master's memory of its packages, a hidden sheet of
 * rows appended by distribute and collect (never rewritten):
 *   台账 — the ledger's id (once, the first distribute makes it);
 *   下发 — a package: unit, round, date, due date, the package's fingerprint, file and contact;
 *   行   — one row of a package: sheet, key, fingerprint, cell hashes and the open values sent;
 *   回收 — a package taken back: unit, round, date, the fingerprint of what the unit typed, file.
 * So a later distribute can say what changed for a unit, and collect can tell a unit's change from the office's.
 */
import { valueText } from '../core/cells';
import { type WorkbookSnapshot, findSheet, lastUsedRow } from '../core/snapshot';
import { type IsoDate, compareIso } from '../rules/dates';

/** The three sheets a package holds, by the list they come from. */
export type PackageSheetId = 'problems' | 'tasks' | 'reports';

/** A row as sent in a package (src/engine/distribute/fingerprint.ts makes them). */
export interface RowStamp {
  sheet: PackageSheetId;
  /** 问题编号, 任务编号, or the unit of a 整改报告 row. */
  key: string;
  /** SHA-256 (hex) of the row's office values. */
  hash: string;
  /**
   * A short hash (CELL_HASH_LENGTH hex digits) of each office value, one after the other in the sheet's office
   * column order (distribute/columns.ts officeColumns): which cell a unit changed, in a few characters per cell.
   * Kept in the package's stamp only; '' as read from `_distribution`.
   */
  cells: string;
  /** Column key → the open cell's value as sent (canonical text). */
  sent: Record<string, string>;
}

export const DISTRIBUTION_SHEET = '_distribution';

export const DISTRIBUTION_HEADER = [
  '记录 record',
  '单位 unit',
  '轮次 round',
  '日期 date',
  '表 sheet',
  '编号 key',
  '指纹 fingerprint',
  '内容 details',
];

export const DISTRIBUTION_KIND = { ledger: '台账', package: '下发', row: '行', returned: '回收' } as const;

export interface PackageEntry {
  unit: string;
  round: number;
  date: IsoDate;
  due: IsoDate | '';
  hash: string;
  file: string;
  contact: string;
}

export interface ReturnEntry {
  unit: string;
  round: number;
  date: IsoDate;
  /** Fingerprint of the values the unit typed (collect.ts), so the same file again changes nothing. */
  hash: string;
  file: string;
  /** The unit's values taken from it, `sheet\u0000key\u0000column` → value (what a later version of it is compared to). */
  values: Record<string, string>;
}

export interface DistributionLog {
  ledgerId: string | null;
  packages: PackageEntry[];
  /** `${unit}\u0000${round}` → the package's rows. */
  rows: Map<string, RowStamp[]>;
  returns: ReturnEntry[];
  /** The next free row of the sheet (2 when it has only its header or does not exist). */
  nextRow: number;
  exists: boolean;
}

export const roundKey = (unit: string, round: number) => `${unit}\u0000${round}`;

function json(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
};

export function readDistribution(snapshot: WorkbookSnapshot): DistributionLog {
  const sheet = findSheet(snapshot, DISTRIBUTION_SHEET);
  const log: DistributionLog = {
    ledgerId: null,
    packages: [],
    rows: new Map(),
    returns: [],
    nextRow: 2,
    exists: !!sheet,
  };
  if (!sheet) return log;
  log.nextRow = Math.max(lastUsedRow(sheet), 1) + 1;
  for (let r = 1; r < sheet.values.length; r++) {
    const c = (i: number) => valueText(sheet.values[r]?.[i]);
    const kind = c(0);
    const round = Number(c(2));
    if (kind === DISTRIBUTION_KIND.ledger) log.ledgerId = c(6) || log.ledgerId;
    else if (kind === DISTRIBUTION_KIND.package) {
      const d = json(c(7));
      log.packages.push({
        unit: c(1),
        round,
        date: c(3),
        due: str(d.due),
        hash: c(6),
        file: str(d.file),
        contact: str(d.contact),
      });
    } else if (kind === DISTRIBUTION_KIND.row) {
      const d = json(c(7));
      const key = roundKey(c(1), round);
      const list = log.rows.get(key) ?? [];
      list.push({
        sheet: c(4) as PackageSheetId,
        key: c(5),
        hash: c(6),
        cells: '',
        sent: strings(d.sent),
      });
      log.rows.set(key, list);
    } else if (kind === DISTRIBUTION_KIND.returned) {
      const d = json(c(7));
      log.returns.push({ unit: c(1), round, date: c(3), hash: c(6), file: str(d.file), values: strings(d.values) });
    }
  }
  return log;
}

/** The latest package of each unit (highest round), in the order units were first sent one. */
export function latestPackages(log: DistributionLog): Map<string, PackageEntry> {
  const out = new Map<string, PackageEntry>();
  for (const p of log.packages) {
    const had = out.get(p.unit);
    if (!had || p.round >= had.round) out.set(p.unit, p);
  }
  return out;
}

/** The latest return of each unit (highest round, then latest). */
export function latestReturns(log: DistributionLog): Map<string, ReturnEntry> {
  const out = new Map<string, ReturnEntry>();
  for (const r of log.returns) {
    const had = out.get(r.unit);
    if (!had || r.round >= had.round) out.set(r.unit, r);
  }
  return out;
}

/** Each unit of the latest distribution (its latest package): returned or not, against its due date. */
export interface ReturnStatus {
  unit: string;
  round: number;
  packageDate: IsoDate;
  due: IsoDate | '';
  returned: { date: IsoDate; round: number; file: string } | null;
  /** Not returned and past its due date. */
  overdue: boolean;
}

export function returnStatuses(log: DistributionLog, returns: readonly ReturnEntry[], today: IsoDate): ReturnStatus[] {
  const out: ReturnStatus[] = [];
  for (const p of latestPackages(log).values()) {
    let back: ReturnEntry | null = null;
    for (const r of returns) if (r.unit === p.unit && r.round >= p.round) back = r;
    out.push({
      unit: p.unit,
      round: p.round,
      packageDate: p.date,
      due: p.due,
      returned: back ? { date: back.date, round: back.round, file: back.file } : null,
      overdue: !back && !!p.due && compareIso(today, p.due) > 0,
    });
  }
  return out;
}

/** The return state of every unit of the ledger's latest distribution, as of a date (empty when it has none). */
export function packageReturns(snapshot: WorkbookSnapshot, today: IsoDate): ReturnStatus[] {
  const log = readDistribution(snapshot);
  return log.packages.length ? returnStatuses(log, log.returns, today) : [];
}
