/**
 * 统计 — counts as of a date (PRODUCT §2): by responsible unit, by category,
 * by severity. Definitions (also printed under the tables, so a reader of
 * the sheet knows what each number means):
 *   total      problems in the group
 *   closed     status 已销号
 *   open       total − closed (未启动, 整改中, 待审核, 退回重改 or no status)
 *   overdue    open and past the deadline
 *   dueSoon    open and the deadline within the due-soon threshold
 *   completion closed / total
 *   onTime     closed on or before the deadline (长期坚持 counts as on time) / closed
 * A problem with several responsible units counts once in each unit's row;
 * a problem with none counts under "(未指定)". Headline: found = all
 * problems, rectified = finished (待审核 or 已销号, or a completion date
 * entered), closed = 已销号.
 */
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { DEFAULT_LISTS } from '../schema/layout';
import { LedgerData, LedgerProblem, isOpenProblem } from './types';

export interface StatRow {
  key: string;
  total: number;
  closed: number;
  open: number;
  overdue: number;
  dueSoon: number;
  closedOnTime: number;
  /** closed / total, null when total = 0. */
  completionRate: number | null;
  /** closedOnTime / closed, null when nothing is closed. */
  onTimeRate: number | null;
}

export interface Statistics {
  asOf: string;
  headline: { found: number; rectified: number; closed: number; overdue: number; dueSoon: number };
  byUnit: StatRow[];
  byCategory: StatRow[];
  bySeverity: StatRow[];
  total: StatRow;
}

function emptyRow(key: string): StatRow {
  return {
    key,
    total: 0,
    closed: 0,
    open: 0,
    overdue: 0,
    dueSoon: 0,
    closedOnTime: 0,
    completionRate: null,
    onTimeRate: null,
  };
}

function add(row: StatRow, p: LedgerProblem): void {
  row.total++;
  if (isOpenProblem(p)) {
    row.open++;
    if (p.alert.kind === 'overdue') row.overdue++;
    if (p.alert.kind === 'dueSoon') row.dueSoon++;
  } else {
    row.closed++;
    if (p.alert.kind === 'closedOnTime') row.closedOnTime++;
  }
}

function finish(row: StatRow): StatRow {
  row.completionRate = row.total ? row.closed / row.total : null;
  row.onTimeRate = row.closed ? row.closedOnTime / row.closed : null;
  return row;
}

/** Groups in a stable order: known list order first (categories, severities), then by size, then by name. */
function grouped(map: Map<string, StatRow>, order: string[] = []): StatRow[] {
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  return [...map.values()]
    .map(finish)
    .sort((a, b) => rank(a.key) - rank(b.key) || b.total - a.total || a.key.localeCompare(b.key, 'zh'));
}

export function isRectified(p: LedgerProblem): boolean {
  return p.status === 'closed' || p.status === 'pendingReview' || p.completedOn !== null;
}

export function computeStatistics(data: LedgerData): Statistics {
  const lang: Lang = data.lang;
  const none = t(lang, 'ledger.unassigned');
  const blank = t(lang, 'ledger.blank');
  const unitsOf = new Map<string, Set<string>>();
  for (const r of data.responsibilities) {
    if (!r.problemId) continue;
    const set = unitsOf.get(r.problemId) ?? new Set<string>();
    if (r.unit) set.add(r.unit);
    unitsOf.set(r.problemId, set);
  }
  const byUnit = new Map<string, StatRow>();
  const byCategory = new Map<string, StatRow>();
  const bySeverity = new Map<string, StatRow>();
  const total = emptyRow(t(lang, 'ledger.total'));
  const bump = (map: Map<string, StatRow>, key: string, p: LedgerProblem) => {
    let row = map.get(key);
    if (!row) map.set(key, (row = emptyRow(key)));
    add(row, p);
  };
  let rectified = 0;
  for (const p of data.problems) {
    add(total, p);
    if (isRectified(p)) rectified++;
    const units = unitsOf.get(p.id);
    if (units && units.size) for (const u of units) bump(byUnit, u, p);
    else bump(byUnit, none, p);
    bump(byCategory, p.category || blank, p);
    bump(bySeverity, p.severity || blank, p);
  }
  const listOrder = (id: 'category' | 'severity') => DEFAULT_LISTS[id].values.flatMap((v) => [v.zh, v.en]);
  finish(total);
  return {
    asOf: data.today,
    headline: { found: total.total, rectified, closed: total.closed, overdue: total.overdue, dueSoon: total.dueSoon },
    byUnit: grouped(byUnit),
    byCategory: grouped(byCategory, listOrder('category')),
    bySeverity: grouped(bySeverity, listOrder('severity')),
    total,
  };
}
