/**
 * 记录进展 on one measure (docs/EVIDENCE.md), against 2026-12-07: progress replaced and logged, done with its
 * date, the problem following its measures (未启动 → 整改中, all done → 完成日期), evidence appended once with
 * its fingerprint in `_evidence`, --by in `_log`, refusals with a clear message.
 */
import { RECORD_ENV, recordLedger } from '../../../test/helpers/recordLedger';
import { memoryPort } from '../../../test/helpers/memoryPort';
import { type WorkbookSnapshot, cellAt, findSheet } from '../core/snapshot';
import { EngineError } from '../core/errors';
import { readWorkbook } from '../read/readWorkbook';
import { readEvidenceRows } from '../read/evidence';
import { runCommand } from '../run/runner';
import { t } from '../../i18n';
import { documentText } from '../ledger/document';
import { buildProgressReport } from '../ledger/progress';
import { recordCommand, type RecordRequest } from './command';

const SHA = 'a'.repeat(64);
const read = (s: WorkbookSnapshot) => readWorkbook(s, { today: RECORD_ENV.today });
const taskOf = (s: WorkbookSnapshot, id: string) => read(s).tasks.find((x) => x.id === id)!;
const problemOf = (s: WorkbookSnapshot, id: string) => read(s).problems.find((x) => x.id === id)!;
const logRows = (s: WorkbookSnapshot) =>
  findSheet(s, '_log')!
    .values.slice(1)
    .filter((r) => r.some((v) => v !== null));

async function record(req: RecordRequest, port = memoryPort(recordLedger())) {
  const out = await runCommand(port, recordCommand(req), RECORD_ENV);
  return { port, out, s: port.snapshot };
}

test('progress replaces 进展情况, starts the measure and its problem; the old text stays in _log', async () => {
  const { s, out } = await record({ measureId: 'A1-1', progress: '已拟定会议精简方案' });
  expect(taskOf(s, 'A1-1')).toMatchObject({ progress: '已拟定会议精简方案', status: 'inProgress' });
  expect(problemOf(s, 'A1')).toMatchObject({ status: 'inProgress', statusText: '整改中', completedOn: null });
  expect(out.result.problemStatus).toEqual({ from: '未启动', to: '整改中' });
  const again = await record({ measureId: 'A2-1', progress: '已走访5个单位' });
  const row = logRows(again.s).find((r) => r[5] === '已走访3个单位');
  expect(row).toBeDefined();
  expect(row![6]).toBe('已走访5个单位');
  expect(row![2]).toBe('记录进展');
  // A problem already 整改中 keeps its word.
  expect(again.out.result.problemStatus).toBeUndefined();
});

test('done on the first measure: 已完成 with its date, problem 整改中 without a completion date', async () => {
  const { s, out } = await record({ measureId: 'A1-1', doneOn: '2026-12-01' });
  expect(taskOf(s, 'A1-1')).toMatchObject({ status: 'done', doneOn: '2026-12-01' });
  expect(problemOf(s, 'A1')).toMatchObject({ statusText: '整改中', completedOn: null, state: 'open' });
  expect(out.result.problemCompletedOn).toBeUndefined();
});

test('every measure done: the problem gets the latest done date, and stays for the office to submit', async () => {
  const first = await record({ measureId: 'A1-2', doneOn: '2026-12-03' });
  const { s, out } = await record({ measureId: 'A1-1', doneOn: '2026-11-28' }, first.port);
  const p = problemOf(s, 'A1');
  expect(p).toMatchObject({ statusText: '整改中', completedOn: '2026-12-03', measuresDone: 2, measures: 2 });
  expect(out.result.problemCompletedOn).toBe('2026-12-03');
  expect(out.result.lines.join('\n')).toContain('已全部完成，完成日期记为 2026-12-03');
});

test('evidence is appended once, each file fingerprinted once in the hidden _evidence sheet', async () => {
  const files = [
    { item: 'evidence/会议纪要.pdf', size: 1200, sha256: SHA, modified: '2026-12-01 09:00:00' },
    { item: 'https://oa.example.cn/doc/17' },
  ];
  const first = await record({ measureId: 'A2-1', evidence: files, by: '李明' });
  expect(taskOf(first.s, 'A2-1').evidence).toBe('evidence/会议纪要.pdf；https://oa.example.cn/doc/17');
  const ev = findSheet(first.s, '_evidence')!;
  expect(ev.visibility).toBe('hidden');
  expect(ev.values[0]).toEqual(['任务编号', '材料', '大小', 'SHA-256', '修改时间', '记录日期', '记录人']);
  expect(readEvidenceRows(first.s)).toEqual([
    expect.objectContaining({
      taskId: 'A2-1',
      item: 'evidence/会议纪要.pdf',
      size: 1200,
      sha256: SHA,
      recordedBy: '李明',
      recordedOn: '2026-12-07',
    }),
  ]);
  // The same file again (typed with a backslash and ./): not listed twice, not fingerprinted twice.
  const again = await record(
    { measureId: 'A2-1', evidence: [{ ...files[0], item: '.\\evidence\\会议纪要.pdf' }] },
    first.port,
  );
  expect(taskOf(again.s, 'A2-1').evidence).toBe('evidence/会议纪要.pdf；https://oa.example.cn/doc/17');
  expect(readEvidenceRows(again.s)).toHaveLength(1);
  expect(again.out.result.evidenceKnown).toHaveLength(1);
  expect(again.out.logged).toBe(0);
});

test('--by goes into every _log row of the run', async () => {
  const { s, out } = await record({ measureId: 'A1-1', progress: '已启动', by: '张三' });
  const rows = logRows(s);
  expect(out.logged).toBeGreaterThan(0);
  expect(rows.slice(-out.logged).every((r) => r[2] === '记录进展（报告人：张三）')).toBe(true);
});

test('refusals: unknown ID with close matches, a future date, nothing to record, a closed problem', async () => {
  const fail = async (req: RecordRequest) => {
    try {
      await record(req);
    } catch (e) {
      return t('zh', (e as EngineError).code, (e as EngineError).params);
    }
    throw new Error('not refused');
  };
  expect(await fail({ measureId: 'A1-3', progress: 'x' })).toBe(
    '“任务清单”表中没有任务编号为“A1-3”的措施。相近的编号：A1-1、A1-2、A2-1、A3-1。',
  );
  expect(await fail({ measureId: 'ZZZ-99', progress: 'x' })).toContain('请核对任务清单的“任务编号”列');
  expect(await fail({ measureId: 'A1-1', doneOn: '2026-12-08' })).toContain('晚于今天（2026-12-07）');
  expect(await fail({ measureId: 'A1-1' })).toContain('没有要记录的内容');
  expect(await fail({ measureId: 'A3-1', progress: 'x' })).toContain('已销号（2026-11-20）');
});

test('a done date before the feedback date is recorded with a note', async () => {
  const { out, s } = await record({ measureId: 'A1-1', doneOn: '2026-10-01' });
  expect(out.result.notes[0]).toContain('早于问题的反馈日期 2026-10-10');
  expect(cellAt(findSheet(s, '任务清单')!, 2, 10)).toBeGreaterThan(0);
});

test('the progress report counts evidence, never its paths', async () => {
  const { s } = await record({
    measureId: 'A1-1',
    doneOn: '2026-12-01',
    evidence: [{ item: '材料/会议纪要.pdf', size: 3, sha256: SHA }, { item: 'https://oa.example.cn/doc/3' }],
  });
  const text = documentText(buildProgressReport(read(s), s).document);
  expect(text).toContain('已完成的 2 条整改措施中，2 条附有佐证材料，共 3 份；0 条尚无佐证材料。');
  expect(text).not.toContain('会议纪要.pdf');
  expect(text).not.toContain('docs/a3.pdf');
});
