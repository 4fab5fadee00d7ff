/**
 * The task pane's words for a new year's holiday calendar: the banner when
 * deadlines run into a year the calendar lacks, and the Settings section that
 * reads the State Council's notice, previews it and writes it into `_calendar`.
 * The engine's own messages (notice.*, calendar.gap) are in calendar.ts.
 */
import type { Entry } from '../translate';

export const CALENDAR_PANE_MESSAGES = {
  'calendar.pane.banner.title': { zh: '节假日日历缺少年份', en: 'The holiday calendar lacks a year' },
  'calendar.pane.banner.open': { zh: '去粘贴通知', en: 'Paste the notice' },

  'calendar.pane.title': { zh: '粘贴节假日通知', en: 'Paste the holiday notice' },
  'calendar.pane.hint': {
    zh: '把《国务院办公厅关于××××年部分节假日安排的通知》全文粘贴到这里，核对预览后写入本工作簿的 _calendar 工作表，期限即按新日历计算。',
    en: 'Paste the whole State Council notice 《国务院办公厅关于××××年部分节假日安排的通知》 here, check the preview, then write it into this workbook’s _calendar sheet; deadlines are then counted with it.',
  },
  'calendar.pane.text': { zh: '通知全文', en: 'Text of the notice' },
  'calendar.pane.placeholder': {
    zh: '国务院办公厅关于2027年部分节假日安排的通知\n……\n一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。\n……',
    en: '国务院办公厅关于2027年部分节假日安排的通知\n…\n一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。\n…',
  },

  'calendar.pane.preview': { zh: '通知预览', en: 'Preview of the notice' },
  'calendar.pane.year': { zh: '{year} 年节假日安排', en: 'Holidays of {year}' },
  'calendar.pane.docNumber': { zh: '文号：{docNumber}', en: 'Document number: {docNumber}' },
  'calendar.pane.noDocNumber': { zh: '文号：未找到', en: 'Document number: not found' },
  'calendar.pane.adjustment': {
    zh: '这是调整通知：只改动其中列出的日期，该年其余日期不变。',
    en: 'This notice adjusts an earlier one: only the days it lists change, the rest of the year stays.',
  },
  'calendar.pane.counts': {
    zh: '放假 {off} 天，调休上班 {work} 天，涉及 {months} 个月。',
    en: '{off} day(s) off, {work} make-up working day(s), over {months} month(s).',
  },
  'calendar.pane.legend.off': { zh: '休 放假', en: '休 day off' },
  'calendar.pane.legend.work': { zh: '班 调休上班', en: '班 make-up working day' },
  'calendar.pane.day.off': { zh: '{date} 休：{holiday}', en: '{date}, day off: {holiday}' },
  'calendar.pane.day.work': { zh: '{date} 班：{holiday}调休上班', en: '{date}, working day ({holiday})' },
  'calendar.pane.weekdays': { zh: '一二三四五六日', en: 'MTWTFSS' },
  'calendar.pane.monthCaption': { zh: '{year}年{month}月', en: '{monthName} {year}' },
  'calendar.pane.date': { zh: '{month}月{day}日', en: '{monthName} {day}' },
  'calendar.pane.dateYear': { zh: '{year}年{month}月{day}日', en: '{monthName} {day}, {year}' },
  'calendar.pane.range': { zh: '{from}至{to}', en: '{from}–{to}' },
  'calendar.pane.dayOnly': { zh: '{day}日', en: '{day}' },
  'calendar.pane.item.off': { zh: '{dates} 放假，共 {n} 天', en: 'off {dates}, {n} day(s)' },
  'calendar.pane.item.work': { zh: '{dates} 上班', en: 'working {dates}' },
  'calendar.pane.items': { zh: '各项安排', en: 'The items' },
  'calendar.pane.itemLine': { zh: '{holiday}：{parts}', en: '{holiday}: {parts}' },
  'calendar.pane.listSep': { zh: '、', en: ', ' },
  'calendar.pane.partSep': { zh: '；', en: '; ' },
  'calendar.pane.errors': {
    zh: '以下 {n} 处需要核对，改正前不能写入：',
    en: '{n} point(s) to check; nothing can be written until they are right:',
  },
  'calendar.pane.warnings': { zh: '请留意：', en: 'Worth a look:' },

  'calendar.pane.write': { zh: '写入日历', en: 'Write to the calendar' },
  'calendar.pane.replace': { zh: '以通知为准替换', en: 'Replace with the notice' },
  'calendar.pane.written': {
    zh: '{year} 年节假日已写入 _calendar：新增 {added} 天。',
    en: 'The holidays of {year} are in _calendar: {added} day(s) added.',
  },
  'calendar.pane.writtenReplaced': {
    zh: '{year} 年节假日已按通知写入 _calendar：新增 {added} 天，替换 {replaced} 行。',
    en: 'The holidays of {year} are in _calendar as the notice has them: {added} day(s) added, {replaced} row(s) replaced.',
  },
  'calendar.pane.alreadyIn': {
    zh: '{year} 年的 {same} 天已全部在 _calendar 中，与通知一致，无需写入。',
    en: 'All {same} days of {year} are in _calendar already, as the notice has them; nothing to write.',
  },
  'calendar.pane.needsReplace': {
    zh: '_calendar 中已有 {year} 年的日期与通知不同，尚未写入任何内容。请核对下列差异；确认以通知为准，点“以通知为准替换”。',
    en: '_calendar already has days of {year} that differ from the notice; nothing was written. Check the differences below; to follow the notice, click “Replace with the notice”.',
  },
  'calendar.pane.extraKept': {
    zh: '_calendar 中另有 {n} 行 {year} 年的日期通知中没有，已保留（例如单位自定的假日）。若只以通知为准，点“以通知为准替换”清除这些行。',
    en: '_calendar has {n} more row(s) of {year} that the notice does not set; they were kept (a local holiday, say). To follow the notice alone, click “Replace with the notice” to empty them.',
  },
  'calendar.pane.diff.changed': {
    zh: '第 {row} 行 {date}：表中为“{type}”，通知为“{to}”',
    en: 'Row {row}, {date}: “{type}” in the sheet, “{to}” in the notice',
  },
  'calendar.pane.diff.extra': {
    zh: '第 {row} 行 {date}（{type}{note}）：通知中没有这一天',
    en: 'Row {row}, {date} ({type}{note}): not in the notice',
  },
  'calendar.pane.noteSep': { zh: '，', en: ', ' },
  'calendar.pane.moved': {
    zh: '{n} 个期限随新日历变动：',
    en: '{n} deadline(s) move with the new calendar:',
  },
  'calendar.pane.movedRow': {
    zh: '{sheet} 第 {row} 行 {id}（{column}）：{old} → {new}',
    en: '{sheet} row {row} {id} ({column}): {old} → {new}',
  },
  'calendar.pane.movedRowNoCell': {
    zh: '{sheet} 第 {row} 行 {id}（表中无期限列，按计算）：{old} → {new}',
    en: '{sheet} row {row} {id} (computed; the sheet has no deadline column): {old} → {new}',
  },
  'calendar.pane.movedMore': { zh: '另有 {n} 个未列出。', en: '{n} more not listed.' },
  'calendar.pane.noMoved': { zh: '没有期限因此变动。', en: 'No deadline moves.' },
  'calendar.pane.noDate': { zh: '无', en: 'none' },
  'calendar.pane.stillUncovered': {
    zh: '仍有期限用到 {years} 年，日历还没有这一年。',
    en: 'Some deadlines still run into {years}, which the calendar does not have yet.',
  },

  'calendar.pane.month.1': { zh: '1月', en: 'Jan' },
  'calendar.pane.month.2': { zh: '2月', en: 'Feb' },
  'calendar.pane.month.3': { zh: '3月', en: 'Mar' },
  'calendar.pane.month.4': { zh: '4月', en: 'Apr' },
  'calendar.pane.month.5': { zh: '5月', en: 'May' },
  'calendar.pane.month.6': { zh: '6月', en: 'Jun' },
  'calendar.pane.month.7': { zh: '7月', en: 'Jul' },
  'calendar.pane.month.8': { zh: '8月', en: 'Aug' },
  'calendar.pane.month.9': { zh: '9月', en: 'Sep' },
  'calendar.pane.month.10': { zh: '10月', en: 'Oct' },
  'calendar.pane.month.11': { zh: '11月', en: 'Nov' },
  'calendar.pane.month.12': { zh: '12月', en: 'Dec' },
} as const satisfies Record<string, Entry>;
