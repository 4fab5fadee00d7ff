/** Reading the State Council's holiday notice into `_calendar`: the engine's messages (docs/DEADLINES.md). */
import type { Entry } from '../translate';

export const CALENDAR_MESSAGES = {
  'log.action.calendarNotice': { zh: '导入节假日通知', en: 'holiday notice' },
  'notice.none': {
    zh: '这段文字里没有找到节假日安排通知：需要有年份（如“2027年部分节假日安排”）和“一、元旦：1月1日放假……”这样的条目。请粘贴《国务院办公厅关于××××年部分节假日安排的通知》的全文。',
    en: 'No holiday notice found in this text: it needs the year ("2027年部分节假日安排") and items such as "一、元旦：1月1日放假……". Paste the whole text of the State Council notice 《国务院办公厅关于××××年部分节假日安排的通知》.',
  },
  'notice.hasErrors': {
    zh: '通知中有 {n} 处需要核对（见上），未写入任何内容。请核对通知原文后再试。',
    en: 'The notice has {n} point(s) to check (see above); nothing was written. Check them against the original notice and try again.',
  },
  'notice.issue.weekday': {
    zh: '{item}：{text} 注明是{written}，但 {date} 是{actual}。请核对通知原文。',
    en: '{item}: {text} says {written}, but {date} is a {actual}. Check against the original notice.',
  },
  'notice.issue.conflict': {
    zh: '{date} 既被列为放假（{off}），又被列为上班（{work}）。请核对通知原文。',
    en: '{date} is given off ({off}) and also called a working day ({work}). Check against the original notice.',
  },
  'notice.issue.badDate': {
    zh: '{item}：“{text}”不是有效的日期。请核对通知原文。',
    en: '{item}: "{text}" is not a valid date. Check against the original notice.',
  },
  'notice.issue.outOfYear': {
    zh: '{item}：{date} 不在 {year} 年前后，请核对年份。',
    en: '{item}: {date} is not near {year}; check the year.',
  },
  'notice.issue.count': {
    zh: '{item}：写明共 {written} 天，但 {from} 至 {to} 是 {actual} 天。已按日期读取，请核对。',
    en: '{item}: says {written} days, but {from} to {to} is {actual} days. The dates were taken; please check.',
  },
  'notice.issue.unread': {
    zh: '{item}：这一句有日期，但没有说放假还是上班，未读取：“{text}”',
    en: '{item}: this sentence has dates but says neither day off nor working day, so it was not read: "{text}"',
  },
  'notice.weekday.0': { zh: '星期日', en: 'Sunday' },
  'notice.weekday.1': { zh: '星期一', en: 'Monday' },
  'notice.weekday.2': { zh: '星期二', en: 'Tuesday' },
  'notice.weekday.3': { zh: '星期三', en: 'Wednesday' },
  'notice.weekday.4': { zh: '星期四', en: 'Thursday' },
  'notice.weekday.5': { zh: '星期五', en: 'Friday' },
  'notice.weekday.6': { zh: '星期六', en: 'Saturday' },
  'notice.calendarNote': { zh: '{holiday}（{source}）', en: '{holiday} ({source})' },
  'notice.sourceDefault': { zh: '{year}年节假日安排通知', en: '{year} holiday notice' },
  'notice.needsReplace': {
    zh: '_calendar 中已有 {year} 年的日期，与通知不同（见上）。未写入任何内容；确认以通知为准后，加 --replace 再运行。',
    en: '_calendar already has days of {year} that differ from the notice (see above). Nothing was written; to let the notice replace them, run again with --replace.',
  },
  'calendar.gap': {
    zh: '有 {cells} 个期限用到了 {years} 年，内置节假日日历还没有这一年，暂按周末计算。国务院公布当年节假日安排后，在“设置”中粘贴通知即可补上。',
    en: '{cells} deadline(s) run into {years}, which the built-in holiday calendar does not have yet; they are counted with weekends only. When the State Council publishes that year’s holiday notice, paste it in Settings.',
  },
} as const satisfies Record<string, Entry>;
