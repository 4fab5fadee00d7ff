/**
 * The rows of a unit — what one 责任单位 is sent and may answer for:
 * - the units: every name in 责任清单 or 任务清单's 责任单位 (trimmed; empty left out), in first-seen order;
 * - its problems: those it is responsible for (责任清单) or has a measure of (任务清单);
 * - its measures: those whose 责任单位 is the unit; a measure without a unit belongs to the units of its problem;
 * - its 整改报告 row: the one whose 被巡察单位 is the unit's name.
 * One pass over each list: constant work per row.
 */
import type { ParsedWorkbook, ProblemRecord, ReportRecord, TaskRecord } from '../read/records';

export interface UnitRows {
  unit: string;
  problems: ProblemRecord[];
  tasks: TaskRecord[];
  report: ReportRecord | null;
}

const nameOf = (text: string) => text.trim();

/** Every unit with its rows, in the order the units first appear (责任清单, then 任务清单). */
export function rowsByUnit(
  data: Pick<ParsedWorkbook, 'problems' | 'responsibilities' | 'tasks' | 'reports'>,
): UnitRows[] {
  const units = new Map<string, UnitRows>();
  const unit = (name: string) => {
    let u = units.get(name);
    if (!u) units.set(name, (u = { unit: name, problems: [], tasks: [], report: null }));
    return u;
  };
  /** Problem ID → its responsible units (责任清单) and, after them, the units of its measures. */
  const responsible = new Map<string, string[]>();
  const holders = new Map<string, Set<string>>();
  const hold = (problemId: string, name: string) => {
    let set = holders.get(problemId);
    if (!set) holders.set(problemId, (set = new Set()));
    set.add(name);
  };
  for (const r of data.responsibilities) {
    const name = nameOf(r.unit);
    if (!name || !r.problemId) continue;
    unit(name);
    hold(r.problemId, name);
    const list = responsible.get(r.problemId) ?? [];
    if (!list.includes(name)) list.push(name);
    responsible.set(r.problemId, list);
  }
  for (const t of data.tasks) {
    const name = nameOf(t.unit);
    if (name) {
      unit(name).tasks.push(t);
      if (t.problemId) hold(t.problemId, name);
    } else for (const owner of responsible.get(t.problemId) ?? []) unit(owner).tasks.push(t);
  }
  const seen = new Set<string>();
  for (const p of data.problems) {
    // A repeated problem ID is one problem: its first row.
    if (!p.id || seen.has(p.id)) continue;
    seen.add(p.id);
    for (const name of holders.get(p.id) ?? []) unit(name).problems.push(p);
  }
  for (const r of data.reports) {
    const u = units.get(nameOf(r.unit));
    if (u && !u.report) u.report = r;
  }
  return [...units.values()];
}

/** The units a problem, a measure or a report row belongs to, by identity: who may answer for it. */
export function ownersOf(byUnit: readonly UnitRows[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const own = (key: string, name: string) => {
    let set = owners.get(key);
    if (!set) owners.set(key, (set = new Set()));
    set.add(name);
  };
  for (const u of byUnit) {
    for (const p of u.problems) own(`problems\u0000${p.id}`, u.unit);
    for (const t of u.tasks) own(`tasks\u0000${t.id}`, u.unit);
    if (u.report) own(`reports\u0000${nameOf(u.report.unit)}`, u.unit);
  }
  return owners;
}
