/**
 * 督办清单 — what needs chasing: every open problem and every open
 * measure that is overdue or due soon, grouped by responsible unit and person.
 * A problem is open, and runs against its deadline, as the sum of its measures
 * (rules/status.ts problemAsSum). A problem is listed under each of its
 * responsible units; a measure under its own unit/person when given, else
 * under its problem's; a problem's only measure (or one repeating its text) is
 * not listed a second time beside it. The 督办 round is
 * the problem's 督办次数 (reminder letters already sent). A unit's
 * rectification report (整改报告) not submitted when due, or due soon, is
 * chased too, under the inspected unit (so it is in that unit's letter).
 * A problem under an approved extension (已延期) is chased once it is due
 * soon against the approved deadline, counted apart from overdue and due
 * soon; past that deadline it is overdue like any other.
 */
import { type IsoDate, daysBetween } from '../rules/dates';
import { type Lang, t } from '../../i18n/index';
import { alertText } from '../rules/alertText';
import type { Alert } from '../rules/status';
import { isReportChased } from '../rules/cycleStatus';
import { reportAlertText } from '../rules/cycleAlertText';
import { LedgerData, LedgerProblem, LedgerTask, countOf, isOpenProblem, isOpenTask } from './types';

export interface SupervisionItem {
  unit: string;
  person: string;
  leader: string;
  /** A problem, a measure, a unit's rectification report (整改报告), or its package (下发) not returned. */
  type: 'problem' | 'task' | 'report' | 'package';
  /** Problem ID, or task ID for a measure. */
  id: string;
  problemId: string;
  text: string;
  deadline: IsoDate;
  alert: ChasedKind;
  /** Days overdue (overdue) or days left (due soon, extended). */
  days: number;
  /** Reminder letters already sent for the problem. */
  reminders: number;
  /** A report due again after being sent back (打回重写): its alert says so. */
  sentBack?: boolean;
}

/** The 预警 text of a chased item, as its own list shows it. */
export function supervisionAlertText(it: SupervisionItem, lang: Lang): string {
  if (it.type === 'package') return t(lang, 'sup.package.alert', { days: it.days });
  if (it.type === 'report' && it.alert !== 'extended')
    return reportAlertText({ kind: it.alert, days: it.days, sentBack: it.sentBack }, lang);
  const until = it.alert === 'extended' ? it.deadline : undefined;
  return alertText({ kind: it.alert, days: it.days, until }, lang, it.type === 'task' ? 'task' : 'problem');
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
      alert: r.alert.kind as ChasedKind,
      days: r.alert.days,
      reminders: 0,
      sentBack,
    });
  }
  return items;
}

/** The packages (下发) not returned by their due date: under the unit, due at the 交回截止 of its latest package. */
function packageItems(data: LedgerData): SupervisionItem[] {
  return (data.packageReturns ?? [])
    .filter((r) => r.overdue && r.due)
    .map((r) => ({
      unit: r.unit,
      person: '',
      leader: '',
      type: 'package' as const,
      id: t(data.lang, 'sup.package.id', { round: r.round }),
      problemId: '',
      text: t(data.lang, 'sup.package.text', { round: r.round, sent: r.packageDate }),
      deadline: r.due,
      alert: 'overdue' as const,
      days: daysBetween(r.due, data.today),
      reminders: 0,
    }));
}

export interface SupervisionGroup {
  unit: string;
  items: SupervisionItem[];
  overdue: number;
  dueSoon: number;
  /** Under an approved extension and due soon against it (已延期), apart from overdue and due soon. */
  extended: number;
}

/** What gets an item chased: overdue, due soon, or due soon under an approved extension. */
export type ChasedKind = 'overdue' | 'dueSoon' | 'extended';

const chasedOf = (alert: Alert, dueSoonDays: number): alert is Alert & { kind: ChasedKind } =>
  alert.kind === 'overdue' || alert.kind === 'dueSoon' || (alert.kind === 'extended' && alert.days <= dueSoonDays);

const RANK: Record<ChasedKind, number> = { overdue: 0, dueSoon: 1, extended: 2 };

type Resp = { unit: string; person: string; leader: string };

/** One row per unit + person and problem: the same pair listed twice in 责任清单 is one responsibility. */
function responsibilitiesByProblem(data: LedgerData): Map<string, Resp[]> {
  const respOf = new Map<string, Resp[]>();
  for (const r of data.responsibilities) {
    const list = respOf.get(r.problemId) ?? [];
    if (!list.some((x) => x.unit === r.unit && x.person === r.person))
      list.push({ unit: r.unit, person: r.person, leader: r.leader });
    respOf.set(r.problemId, list);
  }
  return respOf;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * A measure that says nothing its problem's item does not: the problem is listed, and the measure is its only
 * one or repeats its text, under a unit the problem is listed under. It is listed once, as the problem.
 */
function foldedIntoProblem(task: LedgerTask, p: LedgerProblem | undefined, listed: Map<string, Resp[]>): boolean {
  const units = p && listed.get(p.id);
  if (!p || !units) return false;
  if (p.measures !== 1 && !sameText(task.measure, p.description)) return false;
  return !task.unit || units.some((r) => r.unit === task.unit);
}

/** The chased problems, each under each of its responsible units (else under its measures' unit, else none). */
function problemItems(data: LedgerData, respOf: Map<string, Resp[]>, listed: Map<string, Resp[]>): SupervisionItem[] {
  const none = t(data.lang, 'ledger.unassigned');
  const firstMeasure = new Map<string, LedgerTask>();
  for (const task of data.tasks) if (!firstMeasure.has(task.problemId)) firstMeasure.set(task.problemId, task);
  const items: SupervisionItem[] = [];
  for (const p of data.problems) {
    const deadline = p.overallDeadline;
    if (!isOpenProblem(p) || !chasedOf(p.alert, data.settings.dueSoonDays) || !deadline) continue;
    const m = firstMeasure.get(p.id);
    const resp = respOf.get(p.id) ?? [{ unit: m?.unit ?? '', person: m?.person ?? '', leader: '' }];
    if (!listed.has(p.id)) listed.set(p.id, resp);
    for (const r of resp) {
      items.push({
        unit: r.unit || none,
        person: r.person,
        leader: r.leader,
        type: 'problem',
        id: p.id,
        problemId: p.id,
        text: p.description,
        deadline,
        alert: p.alert.kind as ChasedKind,
        days: p.alert.days,
        reminders: countOf(p.reminders),
      });
    }
  }
  return items;
}

export function supervisionItems(data: LedgerData): SupervisionItem[] {
  const none = t(data.lang, 'ledger.unassigned');
  const problemById = new Map<string, LedgerProblem>();
  for (const p of data.problems) if (!problemById.has(p.id)) problemById.set(p.id, p);
  const respOf = responsibilitiesByProblem(data);
  const listed = new Map<string, Resp[]>();
  const items = problemItems(data, respOf, listed);
  for (const task of data.tasks) {
    if (!isOpenTask(task) || !chasedOf(task.alert, data.settings.dueSoonDays) || !task.deadline) continue;
    const p = problemById.get(task.problemId);
    // A measure of a problem rectified as a whole is not chased (the problem is open while any measure is).
    if (p && !isOpenProblem(p)) continue;
    if (foldedIntoProblem(task, p, listed)) continue;
    const fallback = respOf.get(task.problemId)?.[0];
    items.push({
      unit: task.unit || fallback?.unit || none,
      person: task.person || fallback?.person || '',
      leader: fallback?.leader ?? '',
      type: 'task',
      id: task.id,
      problemId: task.problemId,
      text: task.measure,
      deadline: task.alert.until ?? task.deadline,
      alert: task.alert.kind as ChasedKind,
      days: task.alert.days,
      reminders: countOf(p?.reminders ?? null),
    });
  }
  for (const r of reportItems(data)) items.push(r);
  for (const r of packageItems(data)) items.push(r);
  return items.sort(
    (a, b) =>
      a.unit.localeCompare(b.unit, 'zh') ||
      a.person.localeCompare(b.person, 'zh') ||
      RANK[a.alert] - RANK[b.alert] ||
      (a.alert === 'overdue' ? b.days - a.days : a.days - b.days) ||
      a.id.localeCompare(b.id),
  );
}

export function supervisionGroups(items: SupervisionItem[]): SupervisionGroup[] {
  const groups: SupervisionGroup[] = [];
  for (const item of items) {
    let g = groups[groups.length - 1];
    if (!g || g.unit !== item.unit)
      groups.push((g = { unit: item.unit, items: [], overdue: 0, dueSoon: 0, extended: 0 }));
    g.items.push(item);
    g[item.alert]++;
  }
  return groups;
}
