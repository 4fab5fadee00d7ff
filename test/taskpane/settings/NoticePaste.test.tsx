/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * A new year's calendar in one paste, on the fake Excel host: the notice
 * pasted in Settings is read as it is typed and previewed (year, 文号, one
 * month grid per month with its 休 and 班 days, the items); a wrong weekday is
 * said in words and keeps the write button off; writing puts the year's rows
 * into `_calendar` (read back from the fake workbook) and lists the deadlines
 * that moved. In the whole pane, deadlines running into a year the calendar
 * lacks are said once, at the top, with a way to Settings, and the banner is
 * gone once the notice is written.
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from '../../../src/engine';
import { toExcelSerial } from '../../../src/engine/rules/excelSerial';
import { PROBLEMS } from '../../../src/engine/schema/problems';
import { App } from '../../../src/taskpane/App';
import { createPaneHost } from '../../../src/taskpane/host';
import SettingsPanel from '../../../src/taskpane/panels/settings/SettingsPanel';
import { sheet, smallSnapshot } from '../../engine/ledger/fixture';
import { renderPanel, testPane, uninstall, workbench } from '../harness';
import { NOTICE_2025, NOTICE_2027, NOTICE_2027_WRONG_WEEKDAY } from './notices';

afterEach(uninstall);

/** December 2026: the built-in calendar ends with the year. */
const DECEMBER = '2026-12-28';

/**
 * The small ledger and one problem fed back on Friday 2026-12-25 with 10 working days: counted with weekends only,
 * 2027-01-08 (as its deadline cell says); with the 2027 notice's 元旦 off, 2027-01-11.
 */
function ledgerInto2027(): WorkbookSnapshot {
  const snapshot = smallSnapshot();
  const problems = snapshot.sheets[0];
  const col = (key: string) => PROBLEMS.columns.findIndex((c) => c.key === key);
  const row: (string | number | null)[] = PROBLEMS.columns.map(() => null);
  row[col('id')] = 'P8';
  row[col('round')] = '第二轮';
  row[col('inspectedUnit')] = '市住建局';
  row[col('feedbackDate')] = toExcelSerial('2026-12-25');
  row[col('category')] = '作风建设';
  row[col('severity')] = '一般';
  row[col('description')] = '年底突击花钱';
  row[col('timeLimit')] = '10个工作日';
  row[col('deadline')] = toExcelSerial('2027-01-08');
  row[col('status')] = '整改中';
  problems.values.push(row);
  return snapshot;
}

const noticeBox = () => screen.getByRole('textbox', { name: '通知全文' });
const writeButton = () => screen.getByRole('button', { name: '写入日历' }) as HTMLButtonElement;
const paste = (text: string) => fireEvent.change(noticeBox(), { target: { value: text } });
const preview = () => screen.findByRole('region', { name: '通知预览' });
const marked = (type: '休' | '班') => document.querySelectorAll(`[data-type="${type}"]`).length;

function openSettings(snapshot: WorkbookSnapshot = smallSnapshot(), lang: 'zh' | 'en' = 'zh') {
  const bench = workbench(snapshot, lang);
  const pane = { ...testPane(), settings: DEFAULT_SETTINGS };
  renderPanel(SettingsPanel, { host: bench.host, lang, pane });
  return { ...bench, pane };
}

test('the 2025 notice: year, 文号, seven month grids with 28 days off and 5 working days, the items', async () => {
  openSettings();
  paste(NOTICE_2025);
  const region = await preview();
  expect(within(region).getByText('2025 年节假日安排')).toBeTruthy();
  expect(within(region).getByText('文号：国办发明电〔2024〕12号')).toBeTruthy();
  expect(region.querySelectorAll('[data-month]').length).toBe(7);
  expect(marked('休')).toBe(28);
  expect(marked('班')).toBe(5);
  // The holiday's name on hover.
  expect(screen.getByRole('img', { name: '1月28日 休：春节' }).getAttribute('title')).toBe('1月28日 休：春节');
  expect(screen.getByRole('img', { name: '1月26日 班：春节调休上班' })).toBeTruthy();
  const items = within(screen.getByRole('list', { name: '各项安排' })).getAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toContain('春节：1月28日至2月4日 放假，共 8 天；1月26日、2月8日 上班');
  expect(writeButton().disabled).toBe(false);
});

test('a 2027 notice in the official wording: 29 days off and 5 working days in 7 months', async () => {
  openSettings();
  paste(NOTICE_2027);
  const region = await preview();
  expect(within(region).getByText('2027 年节假日安排')).toBeTruthy();
  expect(within(region).getByText('文号：国办发明电〔2026〕9号')).toBeTruthy();
  expect([...region.querySelectorAll('[data-month]')].map((m) => m.getAttribute('data-month'))).toEqual([
    '2027-1',
    '2027-2',
    '2027-4',
    '2027-5',
    '2027-6',
    '2027-9',
    '2027-10',
  ]);
  expect(marked('休')).toBe(29);
  expect(marked('班')).toBe(5);
  expect(document.querySelector('[data-issues="error"]')).toBeNull();
  const items = within(screen.getByRole('list', { name: '各项安排' })).getAllByRole('listitem');
  expect(items[0].textContent).toBe('元旦：1月1日至3日 放假，共 3 天');
});

test('in English: the preview’s words are English, the notice’s holiday names as it writes them', async () => {
  openSettings(smallSnapshot(), 'en');
  fireEvent.change(screen.getByRole('textbox', { name: 'Text of the notice' }), { target: { value: NOTICE_2027 } });
  const region = await screen.findByRole('region', { name: 'Preview of the notice' });
  expect(within(region).getByText('Holidays of 2027')).toBeTruthy();
  expect(within(region).getByText('Document number: 国办发明电〔2026〕9号')).toBeTruthy();
  expect(screen.getByRole('img', { name: 'Jan 1, day off: 元旦' })).toBeTruthy();
  expect(screen.getByRole('img', { name: 'Feb 20, working day (春节)' })).toBeTruthy();
  const items = within(screen.getByRole('list', { name: 'The items' })).getAllByRole('listitem');
  expect(items[0].textContent).toBe('元旦: off Jan 1–3, 3 day(s)');
  expect(screen.getByRole('button', { name: 'Write to the calendar' })).toBeTruthy();
});

test('a wrong weekday is said in words and the write button stays off; text without a notice says what to paste', async () => {
  const { values } = openSettings();
  paste(NOTICE_2027_WRONG_WEEKDAY);
  await preview();
  const errors = document.querySelector('[data-issues="error"]') as HTMLElement;
  expect(errors).not.toBeNull();
  expect(errors.textContent).toMatch(/周四/);
  expect(errors.textContent).toMatch(/星期五/);
  expect(writeButton().disabled).toBe(true);
  expect(await values('_calendar')).toEqual([]);

  paste('今天开会，明天放假。');
  expect(await screen.findByText(/没有找到节假日安排通知/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: '写入日历' })).toBeNull();
});

test('the whole pane: the gap is said once, the banner leads to Settings, writing the notice moves the deadline and ends the gap', async () => {
  const bench = workbench(ledgerInto2027());
  const host = createPaneHost('zh', { today: DECEMBER });
  render(<App lang="zh" host={host} />);

  const banner = await waitFor(() => {
    const b = document.querySelector('[data-banner="calendar-gap"]');
    if (!b) throw new Error('no banner yet');
    return b as HTMLElement;
  });
  expect(screen.getAllByText(/内置节假日日历还没有这一年/)).toHaveLength(1);
  expect(banner.textContent).toContain('有 1 个期限用到了 2027 年');
  // Below the summary, above the toolbar.
  const summary = screen.getByLabelText('概况');
  const toolbar = screen.getByRole('button', { name: '建立台账结构' });
  expect(summary.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(banner.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

  fireEvent.click(within(banner).getByRole('button', { name: '去粘贴通知' }));
  await screen.findByRole('tab', { name: '设置', selected: true });
  // The panel is loaded on demand (its own chunk), which takes a while on a busy machine.
  await screen.findByRole('textbox', { name: '通知全文' }, { timeout: 20000 });
  paste(NOTICE_2027);
  await screen.findByRole('region', { name: '通知预览' }, { timeout: 20000 }); // a busy machine: see above
  fireEvent.click(writeButton());
  await screen.findByText('2027 年节假日已写入 _calendar：新增 34 天。');

  const moved = document.querySelector('[data-list="moved"]') as HTMLElement;
  expect(moved.textContent).toContain('问题清单 第 9 行 P8（整改期限）：2027-01-08 → 2027-01-11');
  await waitFor(() => expect(document.querySelector('[data-banner="calendar-gap"]')).toBeNull());
  expect(screen.queryByText(/内置节假日日历还没有这一年/)).toBeNull();

  const rows = await bench.values('_calendar');
  const of2027 = rows.filter((r) => typeof r[0] === 'string' || typeof r[0] === 'number').slice(1);
  expect(of2027).toHaveLength(34);
  expect(rows.filter((r) => r[1] === '休')).toHaveLength(29);
  expect(rows.filter((r) => r[1] === '班')).toHaveLength(5);
});

/** The small ledger with a `_calendar` that already has rows of 2027. */
function withCalendar(...rows: [string, string, string][]): WorkbookSnapshot {
  const snapshot = smallSnapshot();
  const typed = rows.map(([iso, type, note]) => [toExcelSerial(iso), type, note]);
  snapshot.sheets.push(sheet('_calendar', [['日期', '类型', '备注'], ...typed]));
  return snapshot;
}

test('a _calendar that contradicts the notice: nothing written, the differences listed, then replaced with the notice', async () => {
  const { values, pane } = openSettings(
    withCalendar(['2027-01-01', '班', '单位值班'], ['2027-01-04', '休', '单位自定']),
  );
  paste(NOTICE_2027);
  await preview();
  fireEvent.click(writeButton());
  await screen.findByText(/_calendar 中已有 2027 年的日期与通知不同，尚未写入任何内容/);
  const differences = document.querySelector('[data-list="differences"]') as HTMLElement;
  expect(differences.textContent).toContain('第 2 行 2027-01-01：表中为“班”，通知为“休”');
  expect(differences.textContent).toContain('第 3 行 2027-01-04（休，单位自定）：通知中没有这一天');
  expect(await values('_calendar')).toHaveLength(3);
  expect(pane.changed).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole('button', { name: '以通知为准替换' }));
  await screen.findByText('2027 年节假日已按通知写入 _calendar：新增 33 天，替换 2 行。');
  const rows = await values('_calendar');
  expect(rows.filter((r) => r[1] === '休')).toHaveLength(29);
  expect(rows.filter((r) => r[1] === '班')).toHaveLength(5);
  expect(rows.some((r) => r[2] === '单位自定' || r[2] === '单位值班')).toBe(false);
  expect(pane.changed).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('button', { name: '以通知为准替换' })).toBeNull();
});

test('a row of the year the notice does not set is kept and listed, and can still be emptied', async () => {
  const { values } = openSettings(withCalendar(['2027-01-04', '休', '单位自定']));
  paste(NOTICE_2027);
  await preview();
  fireEvent.click(writeButton());
  await screen.findByText('2027 年节假日已写入 _calendar：新增 34 天。');
  expect(screen.getByText(/_calendar 中另有 1 行 2027 年的日期通知中没有，已保留/)).toBeTruthy();
  expect((await values('_calendar')).some((r) => r[2] === '单位自定')).toBe(true);

  fireEvent.click(screen.getByRole('button', { name: '以通知为准替换' }));
  await screen.findByText('2027 年节假日已按通知写入 _calendar：新增 0 天，替换 1 行。');
  expect((await values('_calendar')).some((r) => r[2] === '单位自定')).toBe(false);
});
