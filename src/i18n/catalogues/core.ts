/** Dates, time limits, the calendar, deadlines, alerts and the _log action names: the rules every surface shows. */
import type { Entry } from '../translate';

export const CORE_MESSAGES = {
  // ---- settings
  'settings.invalid': { zh: '“{name}”的值无效：{value}', en: 'Invalid value for “{name}”: {value}' },
  // ---- date
  'date.invalid': {
    zh: '“{value}”不是可识别的日期。请写成 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日。',
    en: '"{value}" is not a date we can read. Write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日.',
  },
  'date.serialRange': {
    zh: '日期序列号 {value} 超出 Excel 日期范围。',
    en: 'Date serial {value} is outside the range of Excel dates.',
  },
  'date.fictitiousLeapDay': {
    zh: '日期序列号 {value} 对应 1900-02-29，这一天并不存在（Excel 1900 闰年错误）。请重新输入正确日期。',
    en: 'Date serial {value} is 1900-02-29, a day that never existed (the Excel 1900 leap-year bug). Enter the real date.',
  },
  // ---- limit
  'limit.invalid': {
    zh: '无法识别整改时限“{value}”。可用写法：10个工作日、30天、2周、1个月、半年、年底前、6月底前、2025年底前、2025-06-30、立行立改、长期坚持（英文：10 working days、30 days、2 weeks、1 month、end of year、immediate、ongoing）。',
    en: 'Cannot read the time limit "{value}". Accepted forms: 10个工作日 / 10 working days, 30天 / 30 days, 2周 / 2 weeks, 1个月 / 1 month, 半年, 年底前 / end of year, 6月底前 / end of June, 2025年底前 / end of 2025, a date such as 2025-06-30, 立行立改 / immediate, 长期坚持 / ongoing.',
  },
  'limit.ambiguousMonth': {
    zh: '整改时限“{value}”有歧义：是 {n} 个月，还是 {n} 月底前？请写成“{n}个月”或“{n}月底前”。',
    en: 'The time limit "{value}" is ambiguous: {n} months, or by the end of month {n}? Write "{n}个月" (months) or "{n}月底前" (end of that month).',
  },
  'limit.zero': {
    zh: '整改时限“{value}”的数量必须大于 0。',
    en: 'The time limit "{value}" must be more than zero.',
  },
  'limit.immediateSetting': {
    zh: '设置中“立行立改默认时限”为“{value}”，不能是立行立改或长期坚持。请在 _settings 表中改为如“10个工作日”。',
    en: 'The setting "default time limit for immediate items" is "{value}"; it cannot itself be immediate or ongoing. Change it in the _settings sheet, e.g. to "10个工作日".',
  },
  // ---- calendar
  'calendar.uncovered': {
    zh: '节假日日历未覆盖 {years} 年：这些年份只按周末计算，结果可能与国务院公布的安排不符。国务院公布当年节假日安排的通知后，用 rectify calendar notice 读入（--calendar 也接受同样的 日期,休|班,备注 行）。',
    en: "The holiday calendar does not cover {years}: those years are counted with weekends only and may differ from the State Council schedule. Once the State Council publishes that year's holiday notice, read it with rectify calendar notice (--calendar also takes date,休|班,note rows).",
  },
  'calendar.badRow': {
    zh: '_calendar 第 {row} 行无效：{reason}。每行应为 日期、类型（休 或 班）、备注。',
    en: '_calendar row {row} is invalid: {reason}. Each row is: date, type (休 day off or 班 working day), note.',
  },
  'calendar.badType': {
    zh: '类型“{value}”应为“休”或“班”',
    en: 'type "{value}" should be 休 (day off) or 班 (working day)',
  },
  // ---- kind
  'kind.workdays': { zh: '工作日', en: 'working days' },
  'kind.days': { zh: '自然日', en: 'calendar days' },
  'kind.weeks': { zh: '周', en: 'weeks' },
  'kind.months': { zh: '月', en: 'months' },
  'kind.endOfYear': { zh: '年底', en: 'end of year' },
  'kind.endOfMonth': { zh: '月底', en: 'end of month' },
  'kind.date': { zh: '指定日期', en: 'fixed date' },
  'kind.immediate': { zh: '立行立改', en: 'immediate' },
  'kind.ongoing': { zh: '长期坚持', en: 'ongoing' },
  // ---- deadline
  'deadline.rolled': {
    zh: '{from} 为休息日，顺延至 {to}',
    en: '{from} is a day off; moved to the next working day, {to}',
  },
  // ---- alert
  'alert.overdue': { zh: '已逾期{days}天', en: 'Overdue {days} d' },
  'alert.dueSoon': { zh: '临期{days}天', en: 'Due in {days} d' },
  'alert.dueToday': { zh: '今日到期', en: 'Due today' },
  'alert.onTrack': { zh: '正常', en: 'On track' },
  'alert.closedOnTime': { zh: '按期销号', en: 'Closed on time' },
  'alert.closedLate': { zh: '逾期销号（逾期{days}天）', en: 'Closed late ({days} d)' },
  'alert.doneOnTime': { zh: '按期完成', en: 'Done on time' },
  'alert.doneLate': { zh: '逾期完成（逾期{days}天）', en: 'Done late ({days} d)' },
  'alert.ongoing': { zh: '长期坚持', en: 'Ongoing' },
  'alert.closed': { zh: '已销号', en: 'Closed' },
  'alert.done': { zh: '已完成', en: 'Done' },
  'alert.pendingOnTime': { zh: '按期完成，待审核{days}天', en: 'Done on time, in review {days} d' },
  'alert.pendingLate': {
    zh: '逾期完成（逾期{late}天），待审核{days}天',
    en: 'Done late ({late} d), in review {days} d',
  },
  'alert.pending': { zh: '待审核', en: 'In review' },
  'alert.sentBack': { zh: '退回重改，{alert}', en: 'Sent back: {alert}' },
  // ---- deadline
  'deadline.none': { zh: '无期限（长期坚持）', en: 'no deadline (ongoing)' },
  // ---- log.action
  'log.alertSummary': { zh: '预警更新 {n} 处', en: '{n} alerts updated' },
  'log.action.submit': { zh: '提交审核', en: 'submit for review' },
  'log.action.close': { zh: '销号', en: 'close out' },
  'log.action.reject': { zh: '退回重改', en: 'send back' },
  'log.action.remind': { zh: '发督办函', en: 'reminder sent' },
  'log.action.report': { zh: '生成报表', en: 'report' },
  'log.action.settings': { zh: '修改设置', en: 'settings' },
  'log.action.import': { zh: '导入', en: 'import' },
  'log.action.apply': { zh: '写入', en: 'write' },
  'log.action.refresh': { zh: '刷新', en: 'refresh' },
  'log.action.init': { zh: '建立结构', en: 'structure' },
} as const satisfies Record<string, Entry>;
