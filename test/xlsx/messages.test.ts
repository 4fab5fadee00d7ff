/**
 * Every message the file adapter gives is ours, in the user's language: it
 * names the file, says what is wrong and what to do, and carries no
 * library's English (no "Cannot read properties…", "Corrupted zip…",
 * "empty file"). Checked on the catalogue and on the command line's output
 * for each kind of bad input, in Chinese and in English.
 *
 * @timezone runs the command line without --today: its today is the machine's local date
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ADAPTER_MESSAGES } from '../../src/i18n/catalogues/adapters';
import { rectify } from '../files/corpus';

const LIBRARY_TEXT =
  /Cannot read properties|undefined|null|TypeError|Error:|Corrupted|end of central directory|zip|empty file|reading '|\n\s+at /i;

const xlsxKeys = Object.keys(ADAPTER_MESSAGES).filter((k) =>
  k.startsWith('xlsx.'),
) as (keyof typeof ADAPTER_MESSAGES)[];

test.each(xlsxKeys)('%s: Chinese and English, names the file, no library text', (key) => {
  const m = ADAPTER_MESSAGES[key];
  expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(m.en).not.toMatch(/[\u4e00-\u9fff]/);
  expect(m.zh).not.toMatch(/\{reason\}/);
  expect(`${m.zh} ${m.en}`).not.toMatch(LIBRARY_TEXT);
  // Every message about a file says which (the conflict message names a cell instead).
  if (key !== 'xlsx.conflict') expect(m.zh).toContain('{file}');
});

describe('the command line on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-messages-'));
  const f = (name: string, bytes: Buffer | string) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  const good = readFileSync(join(__dirname, '..', 'fixtures', 'real-world', 'A公司.xlsx'));
  mkdirSync(join(dir, 'folder.xlsx'));
  const cases: [string, string, string][] = [
    ['empty', f('empty.xlsx', ''), '是空文件（0 字节）'],
    ['text', f('notes.xlsx', '这不是工作簿'), '不是 Excel 工作簿'],
    ['truncated download', f('cut.xlsx', good.subarray(0, good.length >> 1)), '不完整或已损坏'],
    ['a folder', join(dir, 'folder.xlsx'), '是文件夹'],
    ['missing', join(dir, 'missing.xlsx'), '文件不存在'],
    ['CSV', f('list.csv', '问题编号,问题描述\nP-1,描述\n'), '是 CSV 文本文件'],
  ];

  test.each(cases.filter(([, , want]) => want))('%s: one line in Chinese, exit 2', async (_what, path, want) => {
    const r = await rectify('check', path);
    expect(r.crash).toBeUndefined();
    expect(r.code).toBe(2);
    expect(r.err).toContain(want);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(LIBRARY_TEXT);
  });

  test.each(cases.filter(([, , want]) => want))('%s: in English with --lang en', async (_what, path) => {
    const r = await rectify('init', path, '-o', join(dir, 'out.xlsx'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/[\u4e00-\u9fff](?![^/]*\.(xlsx|csv))/);
    expect(r.err).not.toMatch(LIBRARY_TEXT);
  });
});
