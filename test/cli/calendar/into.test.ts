/**
 * `rectify calendar notice FILE --into LEDGER`: a demo ledger as of
 * December 2026 whose deadlines run into 2027, a year the built-in calendar
 * does not have. Before, `check` warns calendar.uncovered for 2027; the 2027
 * notice (made up here in the official wording, its weekdays right: the
 * real one was not out when this was written) is written into `_calendar`,
 * the deadlines that move are printed as they are in the two files, and
 * `check` warns no more. The same notice again changes nothing and rewrites
 * nothing; a hand-typed row that contradicts it stops everything (exit 1)
 * until --replace; a notice with errors writes nothing (exit 2).
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { type CellValue, fromExcelSerial } from '../../../src/engine';
import { rectify } from '../../helpers/cli';
import { readSnapshot } from '../../../src/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'calendar-into-'));
const f = (name: string) => join(dir, name);
const TODAY = '2026-12-15';

const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知
国办发明电〔2026〕9号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。1月31日（周日）、2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
五、端午节：6月9日（周三）放假1天，不调休。
六、中秋节：9月15日（周三）放假1天，不调休。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2026年11月10日
`;
/** 3 + 8 + 3 + 5 + 1 + 1 + 7 days off, 2 + 2 + 2 working days. */
const NOTICE_DAYS = 28 + 6;

const date = (v: CellValue | undefined) => (typeof v === 'number' ? fromExcelSerial(v) : (v ?? null));

async function sheetValues(file: string, name: string): Promise<CellValue[][]> {
  return (await readSnapshot(file)).sheets.find((s) => s.name === name)!.values;
}

/** calendar.uncovered warnings of `check --json`, as their messages. */
async function uncoveredWarnings(file: string): Promise<string[]> {
  const r = await rectify('check', file, '--json', '--today', TODAY);
  const report = JSON.parse(r.out) as { findings: { code: string; message: string }[] };
  return report.findings.filter((x) => x.code === 'calendar.uncovered').map((x) => x.message);
}

/** Sets cells of a sheet by A1 address and saves (what a user typing in Excel does). */
async function edit(file: string, sheet: string, cells: Record<string, string>, rows: string[][] = []) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  for (const [a1, value] of Object.entries(cells)) ws.getCell(a1).value = value;
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

const backups = () => readdirSync(dir).filter((n) => n.includes('.backup-'));

beforeAll(async () => {
  writeFileSync(f('2027.txt'), NOTICE_2027);
  writeFileSync(f('2027-wrong.txt'), NOTICE_2027.replace('4月25日（周日）', '4月25日（周一）'));
  expect((await rectify('demo', f('demo.xlsx'), '--today', TODAY, '--problems', '8')).code).toBe(0);
  // Two open problems get limits that run into 2027 (the demo keeps its own deadlines inside the known calendar):
  // 80天 from 2026-11-18 lands on Saturday 2027-02-06; 50个工作日 from 2026-12-02 crosses 元旦 and 春节.
  const problems = await sheetValues(f('demo.xlsx'), '问题清单');
  const header = problems[0].map(String);
  const limitCol = String.fromCharCode(65 + header.indexOf('整改时限'));
  const rowOf = (feedback: string) =>
    problems.findIndex(
      (r) => date(r[header.indexOf('反馈日期')]) === feedback && r[header.indexOf('整改状态')] === '整改中',
    ) + 1;
  expect([rowOf('2026-11-18'), rowOf('2026-12-02')]).toEqual([3, 4]);
  await edit(f('demo.xlsx'), '问题清单', { [`${limitCol}3`]: '80天', [`${limitCol}4`]: '50个工作日' });
  const refreshed = await rectify('refresh', f('demo.xlsx'), '--in-place', '--today', TODAY);
  expect(refreshed.code).toBe(0);
  copyFileSync(f('demo.xlsx'), f('ledger.xlsx'));
});

test('before: check warns that deadlines run into 2027, which the calendar does not cover', async () => {
  const warnings = await uncoveredWarnings(f('ledger.xlsx'));
  expect(warnings.length).toBeGreaterThanOrEqual(2);
  for (const w of warnings) expect(w).toContain('2027');
});

describe('the 2027 notice into the ledger', () => {
  let r: Awaited<ReturnType<typeof rectify>>;
  beforeAll(async () => {
    r = await rectify(
      'calendar',
      'notice',
      f('2027.txt'),
      '--into',
      f('ledger.xlsx'),
      '-o',
      f('2027.xlsx'),
      '--today',
      TODAY,
    );
  });

  test('exit 0: how many days were added, the deadlines that moved, no year left uncovered', () => {
    expect([r.code, r.err]).toEqual([0, '']);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^已写入 .*2027\\.xlsx：_calendar 新增 2027 年的 ${NOTICE_DAYS} 天，另有 0 天原已相同（_log 留痕 \\d+ 条）。$`,
      ),
    );
    expect(lines).toContain('  问题清单 第3行（J3，整改期限，XC-2026-0002）：2027-02-08 → 2027-02-15');
    expect(lines).toContain('  问题清单 第4行（J4，整改期限，XC-2026-0003）：2027-02-10 → 2027-02-18');
    expect(lines[lines.length - 1]).toBe('期限用到的年份都已有节假日安排。');
  });

  test('every moved deadline printed is the cell as it was and as it is now', async () => {
    const moved = r.out.split('\n').filter((l) => l.startsWith('  '));
    expect(moved.length).toBeGreaterThanOrEqual(2);
    for (const line of moved) {
      const m = /^ {2}(\S+) 第(\d+)行（([A-Z]+\d+)，[^：]*）：(\S+) → (\S+)$/.exec(line);
      expect(m).not.toBeNull();
      const [, sheet, , cell, old, now] = m!;
      const at = (values: CellValue[][]) => {
        const col = cell.charCodeAt(0) - 65;
        return date(values[Number(cell.slice(1)) - 1][col]) ?? '（无）';
      };
      expect([line, at(await sheetValues(f('ledger.xlsx'), sheet))]).toEqual([line, old]);
      expect([line, at(await sheetValues(f('2027.xlsx'), sheet))]).toEqual([line, now]);
    }
  });

  test('_calendar has each day of the notice: date, 休 or 班, the holiday and where it comes from', async () => {
    const rows = (await sheetValues(f('2027.xlsx'), '_calendar')).slice(1).filter((row) => row.length > 0);
    expect(rows).toHaveLength(NOTICE_DAYS);
    const byDate = new Map(rows.map((row) => [date(row[0]), row]));
    expect(byDate.get('2027-02-08')?.slice(1, 3)).toEqual(['休', expect.stringContaining('春节')]);
    expect(byDate.get('2027-02-20')?.slice(1, 3)).toEqual(['班', expect.stringContaining('国办发明电〔2026〕9号')]);
    expect(byDate.has('2027-01-02')).toBe(true);
  });

  test('after: check has no calendar warning for 2027; the input ledger is as it was', async () => {
    expect(await uncoveredWarnings(f('2027.xlsx'))).toEqual([]);
    expect(readFileSync(f('ledger.xlsx'))).toEqual(readFileSync(f('demo.xlsx')));
  });

  test('the same notice again: nothing changed, exit 0, the file not rewritten and no backup', async () => {
    const before = { bytes: readFileSync(f('2027.xlsx')), mtime: statSync(f('2027.xlsx')).mtimeMs, backups: backups() };
    const again = await rectify(
      'calendar',
      'notice',
      f('2027.txt'),
      '--into',
      f('2027.xlsx'),
      '--in-place',
      '--today',
      TODAY,
    );
    expect([again.code, again.err]).toEqual([0, '']);
    expect(again.out).toBe(
      `${f('2027.xlsx')} 的 _calendar 已有这份通知的全部 ${NOTICE_DAYS} 天，没有改动，文件未改写。\n`,
    );
    expect(readFileSync(f('2027.xlsx'))).toEqual(before.bytes);
    expect(statSync(f('2027.xlsx')).mtimeMs).toBe(before.mtime);
    expect(backups()).toEqual(before.backups);
  });
});

describe('a local holiday typed before the notice', () => {
  test('is kept and named; the notice goes in, exit 0', async () => {
    copyFileSync(f('demo.xlsx'), f('local.xlsx'));
    await edit(f('local.xlsx'), '_calendar', {}, [['2027-03-08', '休', '妇女节（本单位）']]);
    const r = await rectify(
      'calendar',
      'notice',
      f('2027.txt'),
      '--into',
      f('local.xlsx'),
      '-o',
      f('local-out.xlsx'),
      '--today',
      TODAY,
    );
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain(
      '照旧保留（如是本地节假日，无需处理；如是误录，加 --replace 再运行即清空）：\n  第2行 2027-03-08 休（备注：妇女节（本单位））\n',
    );
    expect(await uncoveredWarnings(f('local-out.xlsx'))).toEqual([]);
  });
});

describe('a hand-typed _calendar row that contradicts the notice', () => {
  beforeAll(async () => {
    copyFileSync(f('demo.xlsx'), f('typed.xlsx'));
    await edit(f('typed.xlsx'), '_calendar', {}, [
      ['2027-02-20', '休', '单位自定'],
      ['2027-03-08', '休', '妇女节（本单位）'],
    ]);
  });

  test('without --replace: the differences, the reason, exit 1, nothing written (not even -o)', async () => {
    const bytes = readFileSync(f('typed.xlsx'));
    const r = await rectify('calendar', 'notice', f('2027.txt'), '--into', f('typed.xlsx'), '-o', f('typed-out.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('_calendar 中与通知不同的行：\n  第2行 2027-02-20：类型 休 → 班（备注：单位自定）\n');
    expect(r.out).toContain(
      '_calendar 中通知没有列出的 2027 年的行，照旧保留（如是本地节假日，无需处理；如是误录，加 --replace 再运行即清空）：\n  第3行 2027-03-08 休（备注：妇女节（本单位））\n',
    );
    expect(r.err).toContain('--replace');
    expect(existsSync(f('typed-out.xlsx'))).toBe(false);
    const inPlace = await rectify('calendar', 'notice', f('2027.txt'), '--into', f('typed.xlsx'), '--in-place');
    expect(inPlace.code).toBe(1);
    expect(readFileSync(f('typed.xlsx'))).toEqual(bytes);
  });

  test('with --replace: the notice’s type replaces the typed one, the row it does not set is emptied', async () => {
    const r = await rectify(
      'calendar',
      'notice',
      f('2027.txt'),
      '--into',
      f('typed.xlsx'),
      '--replace',
      '-o',
      f('replaced.xlsx'),
      '--today',
      TODAY,
    );
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain(
      '已按通知替换 _calendar 中的下列行（--replace）：\n' +
        '_calendar 中与通知不同的行：\n  第2行 2027-02-20：类型 休 → 班（备注：单位自定）\n' +
        '_calendar 中通知没有列出的 2027 年的行，已清空：\n  第3行 2027-03-08 休（备注：妇女节（本单位））\n',
    );
    const rows = (await sheetValues(f('replaced.xlsx'), '_calendar')).slice(1).filter((row) => row.length > 0);
    expect(rows.filter((row) => date(row[0]) === '2027-02-20').map((row) => row[1])).toEqual(['班']);
    expect(rows.filter((row) => date(row[0]) === '2027-03-08')).toEqual([]);
    expect(await uncoveredWarnings(f('replaced.xlsx'))).toEqual([]);
  });
});

describe('a notice with a wrong weekday', () => {
  test('exit 2, the error named, nothing written with -o or --in-place, no backup', async () => {
    copyFileSync(f('demo.xlsx'), f('wrong.xlsx'));
    const bytes = readFileSync(f('wrong.xlsx'));
    const before = backups();
    for (const out of [['-o', f('wrong-out.xlsx')], ['--in-place']]) {
      const r = await rectify('calendar', 'notice', f('2027-wrong.txt'), '--into', f('wrong.xlsx'), ...out);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^错误：.*4月25日.*周一.*星期日/);
      expect(r.err).toContain('未写入任何内容');
    }
    expect(existsSync(f('wrong-out.xlsx'))).toBe(false);
    expect(readFileSync(f('wrong.xlsx'))).toEqual(bytes);
    expect(backups()).toEqual(before);
  });
});

test('in English', async () => {
  const r = await rectify(
    'calendar',
    'notice',
    f('2027.txt'),
    '--into',
    f('ledger.xlsx'),
    '-o',
    f('en.xlsx'),
    '--today',
    TODAY,
    '--lang',
    'en',
  );
  expect([r.code, r.err]).toEqual([0, '']);
  expect(r.out).toMatch(new RegExp(`^Wrote .*en\\.xlsx: ${NOTICE_DAYS} days of 2027 added to _calendar`));
  expect(r.out).toContain('  问题清单 row 4 (J4, 整改期限, XC-2026-0003): 2027-02-10 → 2027-02-18');
  expect(r.out).toContain('Every year the deadlines run into is covered by the holiday calendar.');
});
