/**
 * The notice written into a ledger: `_calendar` gets its days, the deadlines that run into its year follow
 * (reported and logged), check stops flagging the year; the same notice again changes nothing; rows the
 * workbook already has for the year are replaced only when the user says so; a later notice and a row typed
 * by hand still layer over it.
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { generateDemo } from '../../demo';
import { ENV, memoryPort } from '../../../test/helpers/memoryPort';
import { cellAt, findSheet, lastUsedRow } from '../core/snapshot';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readCalendarSheet } from '../read/helperSheets';
import { toExcelSerial } from '../rules/excelSerial';
import { readWorkbook } from '../read/readWorkbook';
import { checkCommand, refreshCommand } from '../run/commands';
import { runCommand } from '../run/runner';
import { calendarNoticeCommand } from './command';
import { parseNotice } from './parse';

const DIR = join(__dirname, '../../../test/fixtures/calendar-notices');
const notice2027 = parseNotice(readFileSync(join(DIR, 'example-2027.txt'), 'utf8'));
const TODAY = '2026-12-15';
const env = { ...ENV, today: TODAY, now: '2026-12-15 09:00:00' };

/**
 * The demo ledger, with the time limits people set in December: three problems fed back on 2026-12-10 with
 * 30 working days (past 元旦 2027), two fed back on 2026-11-05 with 3 months (into the Spring Festival).
 */
function demo(): WorkbookSnapshot {
  const snapshot = generateDemo({ today: TODAY, problems: 40, seed: 3 }).snapshot;
  const m = readWorkbook(snapshot, { today: TODAY }).mappings.problems!;
  const sheet = findSheet(snapshot, m.sheet)!;
  const set = (row: number, feedback: string, limit: string) => {
    sheet.values[row - 1][m.columns.feedbackDate! - 1] = toExcelSerial(feedback);
    sheet.values[row - 1][m.columns.timeLimit! - 1] = limit;
  };
  [2, 3, 4].forEach((row) => set(row, '2026-12-10', '30个工作日'));
  [5, 6].forEach((row) => set(row, '2026-11-05', '3个月'));
  return snapshot;
}

const uncoveredFindings = async (snapshot: WorkbookSnapshot) =>
  (await runCommand(memoryPort(snapshot), checkCommand(), env)).result.findings.filter(
    (f) => f.code === 'calendar.uncovered',
  );

const logRows = (s: WorkbookSnapshot) =>
  findSheet(s, '_log')!
    .values.slice(1)
    .filter((r) => r.some((v) => v !== null));

describe('a 2027 notice into a ledger dated 2026-12-15', () => {
  test('the deadlines that run into 2027 move, are reported and logged, and check no longer flags 2027', async () => {
    const port = memoryPort(demo());
    await runCommand(port, refreshCommand(), env); // the ledger as its office keeps it: refreshed
    const flagged = await uncoveredFindings(port.snapshot);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((f) => f.message.includes('2027'))).toBe(true);
    const logBefore = logRows(port.snapshot).length;

    const out = await runCommand(port, calendarNoticeCommand(notice2027), env);
    expect(out.result.needsReplace).toBe(false);
    expect(out.result.added).toHaveLength(notice2027.days.length);
    expect(out.result.uncovered).toEqual([]);
    // Every moved deadline is now in the cell, as reported.
    expect(out.result.moved.length).toBeGreaterThan(0);
    const data = readWorkbook(port.snapshot, { today: TODAY });
    for (const m of out.result.moved) expect(m.old).not.toEqual(m.new);
    const problemMoves = out.result.moved.filter((m) => m.sheet === data.mappings.problems!.sheet);
    for (const m of problemMoves) expect(data.problems.find((p) => p.row === m.row)!.deadlineCell).toBe(m.new);
    // 30 working days from 2026-12-10 skip 元旦 (2027-01-01); 3 months from 2026-11-05 land in the Spring Festival.
    expect(problemMoves).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: '整改期限', old: '2027-01-21', new: '2027-01-22' }),
        expect.objectContaining({ row: 5, column: '整改期限', old: '2027-02-05', new: '2027-02-15' }),
      ]),
    );

    // _calendar holds the notice's days, each with its holiday and the 文号.
    const cal = readCalendarSheet(port.snapshot, 'zh').overrides;
    expect(cal).toContainEqual(
      expect.objectContaining({ date: '2027-02-05', type: 'off', note: '春节（国办发明电〔2026〕99号）' }),
    );
    expect(cal).toContainEqual(expect.objectContaining({ date: '2027-01-31', type: 'work' }));
    expect(await uncoveredFindings(port.snapshot)).toEqual([]);
    // Logged: the calendar's cells and every moved deadline, under the action's name.
    const log = logRows(port.snapshot).slice(logBefore);
    expect(log.filter((r) => r[2] === '导入节假日通知' && r[3] === '_calendar').length).toBe(
      notice2027.days.length * 3,
    );
    for (const m of problemMoves.slice(0, 5))
      expect(log).toContainEqual(expect.arrayContaining([m.sheet, m.cell, m.old, m.new]));
  });

  test('the same notice again changes nothing', async () => {
    const port = memoryPort(demo());
    await runCommand(port, calendarNoticeCommand(notice2027), env);
    const again = await runCommand(port, calendarNoticeCommand(notice2027), env);
    expect(again.applied).toBeNull();
    expect(again.result).toMatchObject({ added: [], changed: [], extra: [], needsReplace: false, moved: [] });
    expect(again.result.same).toBe(notice2027.days.length);
  });

  test('rows of 2027 typed before that the notice does not set: kept and reported, emptied only when told', async () => {
    const port = memoryPort(demo());
    const cal = findSheet(port.snapshot, '_calendar')!;
    const last = lastUsedRow(cal);
    cal.values[last] = ['2027-02-14', '休', '猜的'];
    cal.values[last + 1] = ['2027-03-03', '休', '本地节日'];
    const first = await runCommand(memoryPort(structuredClone(port.snapshot)), calendarNoticeCommand(notice2027), env);
    expect(first.applied).not.toBeNull();
    expect(first.result.needsReplace).toBe(false);
    expect(first.result.extra.map((x) => [x.row, x.date, x.type])).toEqual([
      [last + 1, '2027-02-14', '休'],
      [last + 2, '2027-03-03', '休'],
    ]);
    const replaced = await runCommand(port, calendarNoticeCommand(notice2027, { replace: true }), env);
    expect(replaced.applied).not.toBeNull();
    const after = findSheet(port.snapshot, '_calendar')!;
    expect(after.values[last]).toEqual([null, null, null]);
    expect(readCalendarSheet(port.snapshot, 'zh').overrides.some((o) => o.date === '2027-03-03')).toBe(false);
  });

  test('a day the workbook calls a working day and the notice a day off: the notice wins only when told', async () => {
    const port = memoryPort(demo());
    const cal = findSheet(port.snapshot, '_calendar')!;
    const last = lastUsedRow(cal);
    cal.values[last] = ['2027-02-08', '班', ''];
    const blocked = await runCommand(port, calendarNoticeCommand(notice2027), env);
    expect(blocked.result.changed).toEqual([
      { row: last + 1, date: '2027-02-08', type: '班', note: '', to: '休', holiday: '春节' },
    ]);
    await runCommand(port, calendarNoticeCommand(notice2027, { replace: true }), env);
    expect(cellAt(findSheet(port.snapshot, '_calendar')!, last + 1, 2)).toBe('休');
  });

  test('a notice with errors writes nothing', async () => {
    const bad = { ...notice2027, errors: [{ code: 'weekday' as const, item: '一、元旦', params: {} }] };
    const port = memoryPort(demo());
    await expect(runCommand(port, calendarNoticeCommand(bad), env)).rejects.toMatchObject({ code: 'notice.hasErrors' });
  });
});

describe('layering', () => {
  test('a later adjustment and a row typed by hand layer over the earlier notice', async () => {
    const port = memoryPort(demo());
    await runCommand(port, calendarNoticeCommand(notice2027), env);
    const adjustment = parseNotice(
      '国务院办公厅关于调整2027年劳动节假期安排的通知\n经国务院批准，现将2027年劳动节假期调整安排通知如下：2027年劳动节放假时间由5月1日至5日调整为5月1日至6日放假调休，共6天。5月8日（星期六）、5月9日（星期日）上班。',
    );
    const adj = await runCommand(port, calendarNoticeCommand(adjustment), env);
    expect(adj.result.needsReplace).toBe(false);
    expect(adj.result.added.map((d) => d.date)).toEqual(['2027-05-06', '2027-05-09']);
    const cal = findSheet(port.snapshot, '_calendar')!;
    cal.values[lastUsedRow(cal)] = ['2027-05-07', '休', '本单位调休'];
    const data = readWorkbook(port.snapshot, { today: TODAY });
    expect(data.calendar.isWorkday('2027-05-06')).toBe(false);
    expect(data.calendar.isWorkday('2027-05-07')).toBe(false);
    expect(data.calendar.isWorkday('2027-05-09')).toBe(true);
    expect(data.calendar.isWorkday('2027-05-10')).toBe(true);
  });

  test('the next year’s 元旦 reaching back into December does not make December’s year covered', async () => {
    const reaching = parseNotice(
      '国务院办公厅关于2029年部分节假日安排的通知\n现将2029年元旦、春节……通知如下。一、元旦：2028年12月30日至2029年1月1日放假调休，共3天。',
    );
    const port = memoryPort(demo());
    await runCommand(port, calendarNoticeCommand(reaching), env);
    const data = readWorkbook(port.snapshot, { today: TODAY });
    expect(data.calendar.covers(2029)).toBe(true);
    expect(data.calendar.covers(2028)).toBe(false);
  });
});
