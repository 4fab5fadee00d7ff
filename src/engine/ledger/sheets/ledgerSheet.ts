/** 整改台账 — one row per problem with its leading official, units, persons, measures, deadline, status and alert. */
import type { CellValue } from '../../core/cells';
import { type MessageKey, listSeparator, t } from '../../../i18n';
import { alertText } from '../../rules/alertText';
import { PROBLEM_STATUS } from '../../schema/values';
import { type LedgerData, type LedgerTask, countOf } from '../types';
import { DATE_FMT, type SheetContent, banner, dateCell } from './content';

export function ledgerContent(data: LedgerData, now: string): SheetContent {
  const lang = data.lang;
  const h = (k: MessageKey) => t(lang, k);
  // The core columns first (they are what prints, one page across, docs/WORKBOOK.md "Printing"), then the rest.
  const headers = [
    h('ledger.col.seq'),
    h('ledger.col.problemId'),
    h('ledger.col.inspectedUnit'),
    h('ledger.col.description'),
    h('ledger.col.leader'),
    h('ledger.col.units'),
    h('ledger.col.persons'),
    h('ledger.col.measures'),
    h('ledger.col.tasksDone'),
    h('ledger.col.deadline'),
    h('ledger.col.status'),
    h('ledger.col.alert'),
    h('ledger.col.category'),
    h('ledger.col.severity'),
    h('ledger.col.feedbackDate'),
    h('ledger.col.rejections'),
    h('ledger.col.reminders'),
    h('ledger.col.closedOn'),
  ];
  const respBy = new Map<string, { leader: string[]; unit: string[]; person: string[] }>();
  for (const r of data.responsibilities) {
    const e = respBy.get(r.problemId) ?? { leader: [], unit: [], person: [] };
    if (r.leader && !e.leader.includes(r.leader)) e.leader.push(r.leader);
    if (r.unit && !e.unit.includes(r.unit)) e.unit.push(r.unit);
    if (r.person && !e.person.includes(r.person)) e.person.push(r.person);
    respBy.set(r.problemId, e);
  }
  const tasksBy = new Map<string, LedgerTask[]>();
  for (const task of data.tasks) {
    const list = tasksBy.get(task.problemId) ?? [];
    list.push(task);
    tasksBy.set(task.problemId, list);
  }
  const sep = listSeparator(lang);
  const rows: CellValue[][] = data.problems.map((p, i) => {
    const r = respBy.get(p.id) ?? { leader: [], unit: [], person: [] };
    const tasks = tasksBy.get(p.id) ?? [];
    return [
      i + 1,
      p.id,
      p.inspectedUnit,
      p.description,
      r.leader.join(sep),
      r.unit.join(sep),
      r.person.join(sep),
      tasks.map((x, k) => `${k + 1}. ${x.measure}`).join('\n'),
      p.measures ? `${p.measuresDone}/${p.measures}` : '',
      // The deadline the problem as a whole runs against (its own, or its latest measure's), as its alert.
      dateCell(p.overallDeadline),
      p.status ? PROBLEM_STATUS[p.status][lang] : '',
      alertText(p.alert, lang, 'problem'),
      p.category,
      p.severity,
      dateCell(p.feedbackDate),
      countOf(p.rejections),
      countOf(p.reminders),
      dateCell(p.closedOn),
    ];
  });
  const formats = headers.map((_, c) => (c === 9 || c === 14 || c === 17 ? DATE_FMT : null));
  return {
    rows: [...banner(lang, 'ledger', data, now), headers, ...rows],
    formats,
    // The twelve core columns print one page across at about 80 %; every cell wraps, top-aligned, so a row
    // of long texts grows instead of hiding them.
    widths: [5, 12, 14, 34, 9, 14, 9, 40, 7, 11, 9, 13, 12, 8, 11, 8, 8, 11],
    wrap: true,
    printColumns: 12,
    headerRow: 3,
  };
}
