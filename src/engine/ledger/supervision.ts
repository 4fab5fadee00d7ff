/**
 * 督办清单 — what needs chasing: every open problem and every open
 * measure that is overdue or due soon, grouped by responsible unit and person.
 * A problem is listed under each of its responsible units; a measure under
 * its own unit/person when given, else under its problem's. The 督办 round is
 * the problem's 督办次数 (reminder letters already sent). A unit's
 * rectification report (整改报告) not submitted when due, or due soon, is
 * chased too, under the inspected unit (so it is in that unit's letter).
 */
import type { IsoDate } from '../rules/dates';
import { type Lang, t } from '../../i18n/index';
import { alertText } from '../rules/alertText';
import { isReportChased } from '../rules/cycleStatus';
import { reportAlertText } from '../rules/cycleAlertText';
import { LedgerData, LedgerProblem, countOf, isOpenProblem, isOpenTask } from './types';

export interface SupervisionItem {
  unit: string;
  person: string;
  leader: string;
  /** A problem, a measure, or a unit's rectification report (整改报告). */
  type: 'problem' | 'task' | 'report';
  /** Problem ID, or task ID for a measure. */
  id: string;
  problemId: string;
  text: string;
  deadline: IsoDate;
  alert: 'overdue' | 'dueSoon';
  /** Days overdue (overdue) or days left (due soon). */
  days: number;
  /** Reminder letters already sent for the problem. */
  reminders: number;
  /** A report due again after being sent back (打回重写): its alert says so. */
  sentBack?: boolean;
}

/** The 预警 text of a chased item, as its own list shows it. */
export function supervisionAlertText(it: SupervisionItem, lang: Lang): string {
  if (it.type === 'report') return reportAlertText({ kind: it.alert, days: it.days, sentBack: it.sentBack }, lang);
  return alertText({ kind: it.alert, days: it.days }, lang, it.type);
}

/** The units' reports that are due (or due soon) and not in: under the inspected unit, due at 整改期满日 or 重报期限. */
function reportItems(data: LedgerData): SupervisionItem[] {
  const items: SupervisionItem[] = [];
  for (const r of data.reports) {
    if (!r.unit || !isReportChased(r.alert)) continue;
    const sentBack = !!r.alert.sentBack;
    const deadline = (sentBack ? r.resubmit.deadline : r.deadline)!;
    items.push({
      unit: r.unit,
      person: '',
      leader: '',
      type: 'report',
      id: t(data.lang, 'sup.report.id'),
      problemId: '',
      text: t(data.lang, sentBack ? 'sup.report.again' : 'sup.report.text', { n: r.rejections ?? 0 }),
      deadline,
      alert: r.alert.kind,
      days: r.alert.days,
      reminders: 0,
      sentBack,
    });
  }
  return items;
}

export interface SupervisionGroup {
  unit: string;
  items: SupervisionItem[];
  overdue: number;
  dueSoon: number;
}

const chased = (kind: string): kind is 'overdue' | 'dueSoon' => kind === 'overdue' || kind === 'dueSoon';

export function supervisionItems(data: LedgerData): SupervisionItem[] {
  const none = t(data.lang, 'ledger.unassigned');
  const problemById = new Map<string, LedgerProblem>();
  for (const p of data.problems) if (!problemById.has(p.id)) problemById.set(p.id, p);
  const respOf = new Map<string, { unit: string; person: string; leader: string }[]>();
  for (const r of data.responsibilities) {
    const list = respOf.get(r.problemId) ?? [];
    // One row per unit + person: the same pair listed twice is one responsibility.
    if (!list.some((x) => x.unit === r.unit && x.person === r.person))
      list.push({ unit: r.unit, person: r.person, leader: r.leader });
    respOf.set(r.problemId, list);
  }
  const items: SupervisionItem[] = [];
  for (const p of data.problems) {
    if (!isOpenProblem(p) || !chased(p.alert.kind) || !p.deadline) continue;
    const resp = respOf.get(p.id) ?? [{ unit: '', person: '', leader: '' }];
    for (const r of resp) {
      items.push({
        unit: r.unit || none,
        person: r.person,
        leader: r.leader,
        type: 'problem',
        id: p.id,
        problemId: p.id,
        text: p.description,
        deadline: p.deadline,
        alert: p.alert.kind as 'overdue' | 'dueSoon',
        days: p.alert.days,
        reminders: countOf(p.reminders),
      });
    }
  }
  for (const task of data.tasks) {
    if (!isOpenTask(task) || !chased(task.alert.kind) || !task.deadline) continue;
    const p = problemById.get(task.problemId);
    // A measure of a closed problem is not chased: the problem was reviewed and closed out.
    if (p && !isOpenProblem(p)) continue;
    const fallback = respOf.get(task.problemId)?.[0];
    items.push({
      unit: task.unit || fallback?.unit || none,
      person: task.person || fallback?.person || '',
      leader: fallback?.leader ?? '',
      type: 'task',
      id: task.id,
      problemId: task.problemId,
      text: task.measure,
      deadline: task.deadline,
      alert: task.alert.kind as 'overdue' | 'dueSoon',
      days: task.alert.days,
      reminders: countOf(p?.reminders ?? null),
    });
  }
  items.push(...reportItems(data));
  return items.sort(
    (a, b) =>
      a.unit.localeCompare(b.unit, 'zh') ||
      a.person.localeCompare(b.person, 'zh') ||
      (a.alert === b.alert ? 0 : a.alert === 'overdue' ? -1 : 1) ||
      (a.alert === 'overdue' ? b.days - a.days : a.days - b.days) ||
      a.id.localeCompare(b.id),
  );
}

export function supervisionGroups(items: SupervisionItem[]): SupervisionGroup[] {
  const groups: SupervisionGroup[] = [];
  for (const item of items) {
    let g = groups[groups.length - 1];
    if (!g || g.unit !== item.unit) groups.push((g = { unit: item.unit, items: [], overdue: 0, dueSoon: 0 }));
    g.items.push(item);
    if (item.alert === 'overdue') g.overdue++;
    else g.dueSoon++;
  }
  return groups;
}
