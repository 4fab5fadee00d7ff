/** A small ledger for recording progress and evidence (docs/EVIDENCE.md), as of 2026-12-07. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/engine';
import { PROBLEMS } from '../../src/engine/schema/problems';
import { RESPONSIBILITIES } from '../../src/engine/schema/responsibilities';
import { TASKS } from '../../src/engine/schema/tasks';
import { toExcelSerial } from '../../src/engine/rules/excelSerial';

export const RECORD_TODAY = '2026-12-07';
export const RECORD_ENV = { lang: 'zh' as const, today: RECORD_TODAY, now: '2026-12-07 10:00:00', user: 'clerk' };

const d = (iso: string) => toExcelSerial(iso);

function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  return { name, visibility: 'visible', values, formulas: {}, tables: [], merges: [] };
}

function rows(
  cols: readonly { key: string; header: { zh: string } }[],
  recs: Record<string, CellValue>[],
): CellValue[][] {
  return [cols.map((c) => c.header.zh), ...recs.map((r) => cols.map((c) => (c.key in r ? r[c.key] : null)))];
}

/**
 * A1 未启动 with two measures not started; A2 整改中, one measure in progress; A3 closed on 2026-11-20, its one
 * measure done with evidence docs/a3.pdf; A4 closed without measures.
 */
export function recordLedger(): WorkbookSnapshot {
  const base = { round: '第一轮', inspectedUnit: '市住建局', feedbackDate: d('2026-10-10'), timeLimit: '3个月' };
  const problems = rows(PROBLEMS.columns, [
    { ...base, id: 'A1', description: '会议多文件多', status: '未启动' },
    { ...base, id: 'A2', description: '调研不深入', status: '整改中' },
    {
      ...base,
      id: 'A3',
      description: '档案管理混乱',
      status: '已销号',
      completedOn: d('2026-11-15'),
      closedOn: d('2026-11-20'),
      reviewer: '王审',
    },
    {
      ...base,
      id: 'A4',
      description: '公车管理不严',
      status: '已销号',
      completedOn: d('2026-11-01'),
      closedOn: d('2026-11-02'),
      reviewer: '王审',
    },
  ]);
  const resp = rows(
    RESPONSIBILITIES.columns,
    ['A1', 'A2', 'A3', 'A4'].map((id) => ({ problemId: id, leader: '张局长', unit: '办公室', person: '李明' })),
  );
  const task = (rec: Record<string, CellValue>) => ({ unit: '办公室', person: '李明', timeLimit: '2个月', ...rec });
  const tasks = rows(TASKS.columns, [
    task({ id: 'A1-1', problemId: 'A1', measure: '精简会议', status: '未开始' }),
    task({ id: 'A1-2', problemId: 'A1', measure: '压减文件', status: '未开始' }),
    task({ id: 'A2-1', problemId: 'A2', measure: '开展调研', status: '进行中', progress: '已走访3个单位' }),
    task({
      id: 'A3-1',
      problemId: 'A3',
      measure: '整理档案',
      status: '已完成',
      doneOn: d('2026-11-15'),
      evidence: 'docs/a3.pdf',
    }),
  ]);
  return {
    sheets: [sheet(PROBLEMS.name.zh, problems), sheet(RESPONSIBILITIES.name.zh, resp), sheet(TASKS.name.zh, tasks)],
    user: 'clerk',
    readAt: '2026-12-07T10:00:00Z',
  };
}
