/**
 * The small ledger of test/engine/ledger/fixture.ts (as of 2025-06-30) with a
 * 移交清单 and a 整改报告 holding one clue and one report in each state.
 */
import type { CellValue, WorkbookSnapshot } from '../../../src/engine';
import { CLUES, REPORTS } from '../../../src/engine';
import { toExcelSerial } from '../../../src/engine/rules/excelSerial';
import { sheet, smallSnapshot } from '../ledger/fixture';

export { TODAY } from '../ledger/fixture';

const d = (iso: string) => toExcelSerial(iso);
const row = (cols: { key: string }[], rec: Record<string, CellValue>) =>
  cols.map((c) => (c.key in rec ? rec[c.key] : null));

/** C1 awaiting, C2 not signed in time, C3 overdue, C4 finished on time, C5 finished late, C6 due soon, C7 handling. */
export const CLUE_ROWS: Record<string, CellValue>[] = [
  {
    id: 'C1',
    summary: '某科长违规收受礼金',
    receiver: '纪委监委',
    transferredOn: d('2025-06-26'),
    timeLimit: '30个工作日',
    status: '待签收',
    tracker: '钱跟',
  },
  {
    id: 'C2',
    summary: '工程招标围标线索',
    receiver: '纪委监委',
    transferredOn: d('2025-06-16'),
    timeLimit: '3个月',
    status: '待签收',
    tracker: '钱跟',
  },
  {
    id: 'C3',
    problemId: 'P1',
    summary: '干部选拔程序不规范',
    receiver: '组织部门',
    transferredOn: d('2025-05-06'),
    signedOn: d('2025-05-08'),
    signer: '组织甲',
    timeLimit: '1个月',
    status: '办理中',
    tracker: '孙跟',
  },
  {
    id: 'C4',
    summary: '专项资金使用不规范',
    receiver: '审计部门',
    transferredOn: d('2025-05-06'),
    signedOn: d('2025-05-07'),
    signer: '审计乙',
    timeLimit: '30天',
    finishedOn: d('2025-06-01'),
    result: '已审计整改',
    status: '已办结',
    tracker: '孙跟',
  },
  {
    id: 'C5',
    summary: '超标准配备公车',
    receiver: '纪委监委',
    transferredOn: d('2025-04-01'),
    signedOn: d('2025-04-02'),
    signer: '纪委丙',
    timeLimit: '30天',
    finishedOn: d('2025-05-20'),
    result: '给予党内警告处分',
    status: '已办结',
    tracker: '钱跟',
  },
  {
    id: 'C6',
    summary: '信访件办理不及时',
    receiver: '信访部门',
    transferredOn: d('2025-06-02'),
    signedOn: d('2025-06-03'),
    signer: '信访丁',
    timeLimit: '2025-07-03',
    status: '办理中',
    tracker: '孙跟',
  },
  {
    id: 'C7',
    summary: '违规发放补贴',
    receiver: '组织部门',
    transferredOn: d('2025-06-10'),
    signedOn: d('2025-06-11'),
    signer: '组织甲',
    timeLimit: '3个月',
    status: '办理中',
    tracker: '孙跟',
  },
];

/** R1 due soon, R2 overdue, R3 passed, R4 sent back and overdue again, R5 sent back and resubmitted (in review). */
export const REPORT_ROWS: Record<string, CellValue>[] = [
  { unit: '市住建局' },
  { unit: '市交通局', feedbackDate: d('2025-03-01') },
  {
    unit: '市教育局',
    feedbackDate: d('2025-03-10'),
    submittedOn: d('2025-05-09'),
    result: '通过',
    reviewedOn: d('2025-05-15'),
    reviewer: '王审',
  },
  {
    unit: '市卫健委',
    feedbackDate: d('2025-03-15'),
    submittedOn: d('2025-05-14'),
    result: '打回重写',
    reviewedOn: d('2025-05-20'),
    rejectReason: '整改措施不具体',
    rejections: 1,
    timeLimit: '10个工作日',
    reviewer: '王审',
  },
  {
    unit: '市民政局',
    feedbackDate: d('2025-03-20'),
    submittedOn: d('2025-06-10'),
    result: '打回重写',
    reviewedOn: d('2025-05-22'),
    rejectReason: '佐证不足',
    rejections: 1,
    timeLimit: '15个工作日',
    reviewer: '王审',
  },
];

export function cycleSnapshot(): WorkbookSnapshot {
  const base = smallSnapshot();
  const clues = sheet(CLUES.name.zh, [
    CLUES.columns.map((c) => c.header.zh),
    ...CLUE_ROWS.map((r) => row(CLUES.columns, r)),
  ]);
  const reports = sheet(REPORTS.name.zh, [
    REPORTS.columns.map((c) => c.header.zh),
    ...REPORT_ROWS.map((r) => row(REPORTS.columns, r)),
  ]);
  return { ...base, sheets: [...base.sheets, clues, reports] };
}
