/**
 * A ledger's own status words: the 状态词对照 setting in the ledger's _settings (挂账=整改中；已闭环=已销号) maps
 * the words of its units' ledgers that the built-in table does not know, before that table; a pair naming no status
 * of ours is said, not guessed; a word neither knows is kept as typed and reported.
 */
import { type CellValue, importCommand, runCommand, settingsCommand } from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/engine/core/snapshot';
import { ENV, memoryPort } from '../helpers/memoryPort';

function source(values: CellValue[][]): { file: string; snapshot: WorkbookSnapshot } {
  const sheet = { name: '隐患台账', visibility: 'visible' as const, values, formulas: {}, tables: [], merges: [] };
  return { file: '项目部.xlsx', snapshot: { user: 't', readAt: '2025-01-01T00:00:00Z', sheets: [sheet] } };
}

const HEADER = ['序号', '隐患内容', '整改措施', '排查日期', '隐患状态'];
const first = source([HEADER, [1, '脚手架连墙件缺失', '补设连墙件', '2025-05-28', '关闭']]);
const later = source([
  HEADER,
  [1, '脚手架连墙件缺失', '补设连墙件', '2025-05-28', '关闭'],
  [2, '临边防护缺失', '增设栏杆', '2025-06-02', '挂账'],
  [3, '配电箱未上锁', '上锁', '2025-06-03', '已闭环'],
  [4, '基坑堆载超限', '清理堆载', '2025-06-04', '搁置'],
]);

async function ledgerWith(statusWords: string) {
  const port = memoryPort({ user: 't', readAt: '2025-01-01T00:00:00Z', sheets: [] });
  await runCommand(port, importCommand([first], { lang: 'zh' }), ENV);
  await runCommand(port, settingsCommand({ statusWords }), ENV);
  return port;
}

const statusOf = (port: Awaited<ReturnType<typeof ledgerWith>>, text: string) => {
  const sheet = port.snapshot.sheets.find((s) => s.name === '问题清单')!;
  const header = sheet.values[0];
  const row = sheet.values.find((r) => r[header.indexOf('问题描述')] === text)!;
  return row[header.indexOf('整改状态')];
};

test('the ledger’s own words map its units’ statuses; a word neither table knows is kept as typed', async () => {
  const port = await ledgerWith('挂账=整改中；已闭环=已销号');
  const out = await runCommand(port, importCommand([later], { lang: 'zh' }), ENV);
  expect(statusOf(port, '临边防护缺失')).toBe('整改中');
  expect(statusOf(port, '配电箱未上锁')).toBe('已销号');
  expect(statusOf(port, '基坑堆载超限')).toBe('搁置');
  expect(out.result.notices.some((n) => n.value === '搁置' && n.code === 'import.value.notInList')).toBe(true);
});

test('without the setting the same words are kept as typed and reported', async () => {
  const port = await ledgerWith('');
  await runCommand(port, importCommand([later], { lang: 'zh' }), ENV);
  expect(statusOf(port, '临边防护缺失')).toBe('挂账');
});

test('a pair naming no status of ours is said once, and not used', async () => {
  const port = await ledgerWith('挂账=暂缓；已闭环=已销号');
  const out = await runCommand(port, importCommand([later], { lang: 'zh' }), ENV);
  expect(out.result.events.find((e) => e.code === 'import.statusWords.unknown')?.params).toEqual({
    pairs: '挂账=暂缓',
  });
  expect(statusOf(port, '临边防护缺失')).toBe('挂账');
  expect(statusOf(port, '配电箱未上锁')).toBe('已销号');
});

test('a pair without its = is refused by the setting, with the setting’s name', async () => {
  const port = await ledgerWith('');
  await expect(runCommand(port, settingsCommand({ statusWords: '挂账' }), ENV)).rejects.toMatchObject({
    code: 'settings.invalid',
  });
});
