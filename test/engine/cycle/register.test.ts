/**
 * 移交签收台账 is the register of every transferred clue with its signing
 * record — 移交日期, 签收日期, 签收人, the days until it was signed for, or
 * 未签收 and how long it has waited — not a part of the clues: as of a date it
 * lists every clue transferred by then, finished ones included. 按时办结台账 and
 * 办理超时台账 keep holding the clues of their state.
 */
import { clueLedgerContent, readWorkbook } from '../../../src/engine';
import { fromExcelSerial } from '../../../src/engine/rules/excelSerial';
import { TODAY, cycleSnapshot } from './fixture';

/** The list of a clue ledger as records by its header, dates as ISO text. */
function listOf(kind: 'register' | 'onTime' | 'overdue', today: string) {
  const data = readWorkbook(cycleSnapshot(), { today });
  const rows = clueLedgerContent(data, kind, [['banner'], ['as of']]).rows;
  const head = rows.findIndex((r) => r[0] === '序号');
  const header = rows[head] as string[];
  const dates = ['移交日期', '签收期限', '签收日期'];
  const list = rows
    .slice(head + 1)
    .filter((r) => typeof r[0] === 'number')
    .map((r) =>
      Object.fromEntries(
        header.map((h, i) => [
          h,
          dates.includes(h) && typeof r[i] === 'number' ? fromExcelSerial(r[i] as number) : r[i],
        ]),
      ),
    );
  return { rows, list };
}

test('as of the ledger’s date it registers all seven clues, finished ones too, with their signing', () => {
  const { rows, list } = listOf('register', TODAY);
  expect(list.map((c) => c['线索编号'])).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
  const pick = (id: string) => list.find((c) => c['线索编号'] === id)!;
  expect(pick('C1')).toMatchObject({
    移交日期: '2025-06-26',
    签收日期: null,
    签收人: '',
    签收情况: '未签收，已等待4天',
  });
  expect(pick('C2')).toMatchObject({ '签收用时（天）': null, 签收情况: '超期未签收，已等待14天', 办理情况: '办理中' });
  expect(pick('C4')).toMatchObject({
    移交日期: '2025-05-06',
    签收日期: '2025-05-07',
    签收人: '审计乙',
    '签收用时（天）': 1,
    签收情况: '按时签收',
    办理情况: '按时办结',
  });
  expect(pick('C5')).toMatchObject({ 签收人: '纪委丙', 办理情况: '办理超时' });
  const intro = String(rows[2][0]);
  expect(intro).toContain('已移交问题线索7条，已签收5条，未签收2条（其中超期未签收1条）');
  const total = rows.find((r) => r[0] === '合计')!;
  expect(total).toEqual(['合计', 7, 5, 2, 1]);
});

test('as of an earlier date, a clue signed for later is still waiting, and later clues are not there', () => {
  const { list } = listOf('register', '2025-05-07');
  expect(list.map((c) => c['线索编号'])).toEqual(['C3', 'C4', 'C5']);
  expect(list[0]).toMatchObject({ 签收日期: null, 签收人: '', 签收情况: '未签收，已等待1天', 办理情况: '办理中' });
  expect(list[1]).toMatchObject({ 签收日期: '2025-05-07', '签收用时（天）': 1 });
});

test('按时办结 and 办理超时 still hold the clues of their state only', () => {
  expect(listOf('onTime', TODAY).list.map((c) => c['线索编号'])).toEqual(['C4']);
  expect(listOf('overdue', TODAY).list.map((c) => c['线索编号'])).toEqual(['C3', 'C5']);
});
