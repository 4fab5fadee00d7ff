/**
 * 统计 — the figures as of a date (definitions in figures.ts and
 * docs/STATUS.md): by responsible unit, by category, by severity, and in
 * total. A problem with several responsible units counts once in each unit's
 * row; a problem with none counts under "(未指定)". The headline is the total.
 */
import { type Lang, t } from '../../i18n';
import { DEFAULT_LISTS } from '../schema/values';
import { type Figures, addToFigures, emptyFigures, finishFigures } from './figures';
import type { LedgerData, LedgerProblem } from './types';

/** The figures of one group (a unit, a category, a severity, or the total). */
export interface StatRow extends Figures {
  key: string;
}

export interface Statistics {
  asOf: string;
  byUnit: StatRow[];
  byCategory: StatRow[];
  bySeverity: StatRow[];
  total: StatRow;
}

const emptyRow = (key: string): StatRow => ({ key, ...emptyFigures() });

/** Groups in a stable order: known list order first (categories, severities), then by size, then by name. */
function grouped(map: Map<string, StatRow>, order: string[] = []): StatRow[] {
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  return [...map.values()]
    .map(finishFigures)
    .sort((a, b) => rank(a.key) - rank(b.key) || b.total - a.total || a.key.localeCompare(b.key, 'zh'));
}

/** Responsible units of each problem, from 责任清单. */
function unitsByProblem(data: LedgerData): Map<string, Set<string>> {
  const unitsOf = new Map<string, Set<string>>();
  for (const r of data.responsibilities) {
    if (!r.problemId) continue;
    const set = unitsOf.get(r.problemId) ?? new Set<string>();
    if (r.unit) set.add(r.unit);
    unitsOf.set(r.problemId, set);
  }
  return unitsOf;
}

export function computeStatistics(data: LedgerData): Statistics {
  const lang: Lang = data.lang;
  const none = t(lang, 'ledger.unassigned');
  const blank = t(lang, 'ledger.blank');
  const unitsOf = unitsByProblem(data);
  const groups = {
    byUnit: new Map<string, StatRow>(),
    byCategory: new Map<string, StatRow>(),
    bySeverity: new Map<string, StatRow>(),
  };
  const total = emptyRow(t(lang, 'ledger.total'));
  const bump = (map: Map<string, StatRow>, key: string, p: LedgerProblem) => {
    let row = map.get(key);
    if (!row) map.set(key, (row = emptyRow(key)));
    addToFigures(row, p);
  };
  for (const p of data.problems) {
    addToFigures(total, p);
    const units = unitsOf.get(p.id);
    if (units && units.size) for (const u of units) bump(groups.byUnit, u, p);
    else bump(groups.byUnit, none, p);
    bump(groups.byCategory, p.category || blank, p);
    bump(groups.bySeverity, p.severity || blank, p);
  }
  const listOrder = (id: 'category' | 'severity') => DEFAULT_LISTS[id].values.flatMap((v) => [v.zh, v.en]);
  finishFigures(total);
  return {
    asOf: data.today,
    byUnit: grouped(groups.byUnit),
    byCategory: grouped(groups.byCategory, listOrder('category')),
    bySeverity: grouped(groups.bySeverity, listOrder('severity')),
    total,
  };
}
