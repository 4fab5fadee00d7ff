/**
 * The catalogues are merged into one table per bundle (src/i18n/index.ts, cli.ts, pane.ts), the later catalogue
 * winning a key both define: so a key defined twice silently shows one feature's text in another's place. Here
 * every key of every catalogue is defined once, and the case that was wrong reads right: the 通报 with no overdue
 * clue said the holiday-notice reader's "这段文字里没有找到节假日安排通知…", whose key it shared.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { clueNoticeCommand, readWorkbook } from '../../src/engine';
import { cycleSnapshot } from '../engine/cycle/fixture';

const dir = join(__dirname, '..', '..', 'src', 'i18n', 'catalogues');

test('no message key is defined by two catalogues', () => {
  const owners = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const exports = require(join(dir, file)) as Record<string, unknown>;
    for (const [name, catalogue] of Object.entries(exports)) {
      if (!catalogue || typeof catalogue !== 'object') continue;
      for (const key of Object.keys(catalogue)) owners.set(key, [...(owners.get(key) ?? []), `${file} ${name}`]);
    }
  }
  expect(owners.size).toBeGreaterThan(1000);
  expect([...owners].filter(([, by]) => by.length > 1)).toEqual([]);
});

test('the 通报 with no overdue clue says so', () => {
  const today = '2025-04-01';
  const snapshot = cycleSnapshot();
  expect(readWorkbook(snapshot, { today }).clues.length).toBeGreaterThan(0);
  // The document is in the ledger's language (a Chinese ledger here), whatever the pane's.
  const { result } = clueNoticeCommand({}).plan(snapshot, {
    today,
    lang: 'zh',
    now: `${today} 09:00:00`,
    user: '测试',
  });
  expect(result.overdue).toEqual([]);
  const text = result.document.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
  expect(text).toContain('截至2025年4月1日，移交的问题线索均在办理期限内，没有办理超时的情况。');
  expect(text).not.toContain('节假日');
});
