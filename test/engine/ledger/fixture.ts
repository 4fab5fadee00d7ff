/** A small hand-made ledger snapshot (Chinese layout) for the ledger tests. */
import { CellValue, readWorkbook } from '../../../src/engine';
import { PROBLEMS } from '../../../src/engine/schema/problems';
import { RESPONSIBILITIES } from '../../../src/engine/schema/responsibilities';
import { TASKS } from '../../../src/engine/schema/tasks';
import { SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/core/snapshot';
import { cellAddress, parseAddress, parseRange } from '../../../src/engine/core/a1';
import { toExcelSerial } from '../../../src/engine/rules/excelSerial';
import type { Lang, ParsedWorkbook } from '../../../src/engine';

const d = (iso: string) => toExcelSerial(iso);

export function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  return { name, visibility: 'visible', values, formulas: {}, tables: [], merges: [] };
}

const P = PROBLEMS.columns.map((c) => c.header.zh);
const R = RESPONSIBILITIES.columns.map((c) => c.header.zh);
const T = TASKS.columns.map((c) => c.header.zh);

/** Builds a row in layout order from a partial record keyed by column key. */
function row(cols: { key: string }[], rec: Record<string, CellValue>): CellValue[] {
  return cols.map((c) => (c.key in rec ? rec[c.key] : null));
}

export const TODAY = '2025-06-30';

/**
 * What the ledger engine works on: the workbook core's reader (one reader for every command).
 * `lang` shows the same (Chinese-layout) ledger in the other language.
 */
export function ledgerOf(snapshot: WorkbookSnapshot, opts: { today?: string; lang?: Lang } = {}): ParsedWorkbook {
  const parsed = readWorkbook(snapshot, { today: opts.today ?? TODAY });
  return opts.lang ? { ...parsed, lang: opts.lang } : parsed;
}

/**
 * P1 overdue (deadline 2025-06-10), two units; P2 due soon (2025-07-03);
 * P3 closed on time; P4 closed late; P5 pending review with an open task;
 * P6 on track; P7 ongoing (长期坚持), no responsibility row.
 */
export function smallSnapshot(): WorkbookSnapshot {
  const p = (rec: Record<string, CellValue>) =>
    row(PROBLEMS.columns, { round: '第一轮', inspectedUnit: '市住建局', feedbackDate: d('2025-05-01'), ...rec });
  const problems = sheet(PROBLEMS.name.zh, [
    [...P],
    p({
      id: 'P1',
      category: '作风建设',
      severity: '重大',
      description: '会议多文件多',
      deadline: d('2025-06-10'),
      status: '整改中',
    }),
    p({
      id: 'P2',
      category: '作风建设',
      severity: '一般',
      description: '调研不深入',
      deadline: d('2025-07-03'),
      status: '未启动',
      reminders: 2,
    }),
    p({
      id: 'P3',
      category: '组织建设',
      severity: '一般',
      description: '三会一课不规范',
      deadline: d('2025-06-20'),
      status: '已销号',
      completedOn: d('2025-06-15'),
      closedOn: d('2025-06-18'),
      reviewer: '王审',
    }),
    p({
      id: 'P4',
      category: '纪律建设',
      severity: '轻微',
      description: '公车管理不严',
      deadline: d('2025-06-01'),
      status: '已销号',
      completedOn: d('2025-06-05'),
      closedOn: d('2025-06-06'),
      reviewer: '王审',
    }),
    p({
      id: 'P5',
      category: '纪律建设',
      severity: '重大',
      description: '违规发放津贴',
      deadline: d('2025-08-31'),
      status: '待审核',
      completedOn: d('2025-06-25'),
      rejections: 1,
    }),
    p({ id: 'P6', category: '', severity: '一般', description: '档案管理混乱', timeLimit: '3个月', status: '整改中' }),
    p({
      id: 'P7',
      category: '政治建设',
      severity: '一般',
      description: '理论学习不够',
      timeLimit: '长期坚持',
      status: '整改中',
    }),
  ]);
  const r = (rec: Record<string, CellValue>) => row(RESPONSIBILITIES.columns, rec);
  const resp = sheet(RESPONSIBILITIES.name.zh, [
    [...R],
    r({ problemId: 'P1', leader: '张局长', unit: '办公室', person: '李明' }),
    r({ problemId: 'P1', leader: '张局长', unit: '督查科', person: '赵强' }),
    r({ problemId: 'P2', leader: '刘副局长', unit: '办公室', person: '李明' }),
    r({ problemId: 'P3', leader: '刘副局长', unit: '组织科', person: '陈红' }),
    r({ problemId: 'P4', leader: '张局长', unit: '办公室', person: '王芳' }),
    r({ problemId: 'P5', leader: '张局长', unit: '财务科', person: '孙丽' }),
    r({ problemId: 'P6', leader: '刘副局长', unit: '档案室', person: '周杰' }),
  ]);
  const tk = (rec: Record<string, CellValue>) => row(TASKS.columns, rec);
  const tasks = sheet(TASKS.name.zh, [
    [...T],
    tk({ id: 'P1-1', problemId: 'P1', measure: '精简会议', deadline: d('2025-06-10'), status: '进行中' }),
    tk({
      id: 'P1-2',
      problemId: 'P1',
      measure: '压缩发文',
      deadline: d('2025-06-05'),
      status: '已完成',
      doneOn: d('2025-06-04'),
    }),
    tk({
      id: 'P2-1',
      problemId: 'P2',
      measure: '制定调研计划',
      unit: '研究室',
      person: '吴迪',
      deadline: d('2025-07-02'),
      status: '未开始',
    }),
    tk({
      id: 'P3-1',
      problemId: 'P3',
      measure: '规范三会一课',
      deadline: d('2025-06-20'),
      status: '已完成',
      doneOn: d('2025-06-15'),
    }),
    tk({ id: 'P4-1', problemId: 'P4', measure: '公车入库', deadline: d('2025-06-01'), status: '进行中' }),
    tk({ id: 'P5-1', problemId: 'P5', measure: '清退津贴', deadline: d('2025-06-28'), status: '进行中' }),
    tk({
      id: 'P5-2',
      problemId: 'P5',
      measure: '建立津贴审批制度',
      deadline: d('2025-08-31'),
      status: '已完成',
      doneOn: d('2025-06-20'),
    }),
  ]);
  return { sheets: [problems, resp, tasks], user: 'tester', readAt: '2025-06-30T09:00:00Z' };
}

/** Applies a plan's sheet ops and writes to a snapshot in memory (what an adapter does to cell values). */
export function applyWrites(snapshot: WorkbookSnapshot, plan: import('../../../src/engine').Plan): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  for (const op of plan.sheets) {
    let s = sheets.find((x) => x.name === op.name);
    if (!s) sheets.push((s = sheet(op.name, [])));
    if (op.clear) s.values = [];
    if (op.visibility) s.visibility = op.visibility;
    if (op.protect) s.protected = true;
  }
  for (const w of plan.writes) {
    const s = sheets.find((x) => x.name === w.sheet)!;
    w.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = w.row - 1 + i;
        while (s.values.length <= r) s.values.push([]);
        const line = s.values[r];
        while (line.length < w.column - 1 + j) line.push(null);
        line[w.column - 1 + j] = v;
      }),
    );
  }
  return { ...snapshot, sheets };
}

const GENERATED = new Set(['整改台账', '统计', '督办清单', 'Ledger', 'Statistics', 'Supervision']);
const text = (v: CellValue | undefined) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? v.error : typeof v === 'boolean' ? String(v) : String(v);

/**
 * 'sheet!A1' of every cell whose value differs between two snapshots, on the sheets a user owns (list and helper
 * sheets; not _log, not the generated sheets, which log one entry per rebuild). Computed from the cells themselves,
 * not from any plan, so it is an independent count of what a command changed.
 */
export function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const names = new Set([...before.sheets, ...after.sheets].map((s) => s.name));
  for (const name of names) {
    if (name === '_log' || GENERATED.has(name)) continue;
    const a = before.sheets.find((s) => s.name === name)?.values ?? [];
    const b = after.sheets.find((s) => s.name === name)?.values ?? [];
    for (let r = 0; r < Math.max(a.length, b.length); r++) {
      const ra = a[r] ?? [];
      const rb = b[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        // The seal's copy in _settings E1 is part of the log, like _log's own J1 (docs/LOG.md).
        if (name === '_settings' && r === 0 && c === 4) continue;
        if (text(ra[c]) !== text(rb[c])) out.push(`${name}!${cellAddress(r + 1, c + 1)}`);
      }
    }
  }
  return out.sort();
}

/** The `_log` rows (after the header) that `after` has beyond `before`: [seq, time, action, sheet, cell, old, new, user, check]. */
export function newLogRows(before: WorkbookSnapshot, after: WorkbookSnapshot): CellValue[][] {
  const rows = (s: WorkbookSnapshot) =>
    (s.sheets.find((x) => x.name === '_log')?.values.slice(1) ?? []).filter((r) => r.some((v) => text(v) !== ''));
  return rows(after).slice(rows(before).length);
}

/**
 * The user-sheet cells a set of log rows names, as 'sheet!A1' (generated-sheet rows left out). A summary row names a
 * range ('S2:S90', the alert texts of a refresh, docs/LOG.md): it stands for the cells of `changed` inside it.
 */
export function loggedCells(rows: CellValue[][], changed: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const r of rows.filter((x) => !GENERATED.has(String(x[3])))) {
    const sheetName = String(r[3]);
    const address = String(r[4]);
    if (!address.includes(':')) {
      out.add(`${sheetName}!${address}`);
      continue;
    }
    const range = parseRange(address);
    for (const c of changed) {
      const [name, cell] = c.split('!');
      const { row, column } = parseAddress(cell);
      if (
        name === sheetName &&
        row >= range.top &&
        row <= range.bottom &&
        column >= range.left &&
        column <= range.right
      )
        out.add(c);
    }
  }
  return [...out].sort();
}
