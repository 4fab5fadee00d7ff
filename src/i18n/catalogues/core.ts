/** Messages of the foundation: dates, time limits, calendar, deadlines, alerts, command line. */
import type { Entry } from '../index';

export const CORE_MESSAGES = {
  // ---- dates
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
  // ---- time limits
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
    zh: '节假日日历未覆盖 {years} 年：这些年份只按周末计算，结果可能与国务院公布的安排不符。可在 _calendar 表中补录当年的放假和调休上班日期。',
    en: "The holiday calendar does not cover {years}: those years are counted with weekends only and may differ from the State Council schedule. Add that year's holidays and make-up working days to the _calendar sheet.",
  },
  'calendar.badRow': {
    zh: '_calendar 第 {row} 行无效：{reason}。每行应为 日期、类型（休 或 班）、备注。',
    en: '_calendar row {row} is invalid: {reason}. Each row is: date, type (休 day off or 班 working day), note.',
  },
  'calendar.badType': {
    zh: '类型“{value}”应为“休”或“班”',
    en: 'type "{value}" should be 休 (day off) or 班 (working day)',
  },
  // ---- deadline kinds (shown in --json and the pane)
  'kind.workdays': { zh: '工作日', en: 'working days' },
  'kind.days': { zh: '自然日', en: 'calendar days' },
  'kind.weeks': { zh: '周', en: 'weeks' },
  'kind.months': { zh: '月', en: 'months' },
  'kind.endOfYear': { zh: '年底', en: 'end of year' },
  'kind.endOfMonth': { zh: '月底', en: 'end of month' },
  'kind.date': { zh: '指定日期', en: 'fixed date' },
  'kind.immediate': { zh: '立行立改', en: 'immediate' },
  'kind.ongoing': { zh: '长期坚持', en: 'ongoing' },
  'deadline.rolled': {
    zh: '{from} 为休息日，顺延至 {to}',
    en: '{from} is a day off; moved to the next working day, {to}',
  },
  // ---- alerts (PRODUCT §4)
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
  // ---- command line
  'cli.description': {
    zh: '整改台账：计算整改期限、检查和刷新整改台账（问题清单、责任清单、任务清单）。',
    en: 'Rectification Ledger: compute deadlines, check and refresh inspection-rectification ledgers (problem, responsibility and task lists).',
  },
  'cli.deadline.description': {
    zh: '按反馈日期和整改时限计算整改期限（法定节假日与调休上班日按国务院安排）。',
    en: 'Compute a deadline from a feedback date and a time limit (statutory holidays and make-up working days per the State Council schedule).',
  },
  'cli.opt.from': { zh: '反馈日期，如 2025-09-30', en: 'feedback date, e.g. 2025-09-30' },
  'cli.opt.limit': {
    zh: '整改时限，如 10个工作日、1个月、年底前',
    en: 'time limit, e.g. 10个工作日, 1个月, 年底前, "10 working days"',
  },
  'cli.opt.lang': { zh: '输出语言：zh（默认）或 en', en: 'output language: zh (default) or en' },
  'cli.opt.json': { zh: '输出 JSON', en: 'print JSON' },
  'cli.opt.noRoll': {
    zh: '自然日/周/月期限落在休息日时不顺延',
    en: 'do not move a calendar-day/week/month deadline off a day off',
  },
  'cli.opt.calendar': {
    zh: '额外日历文件（CSV：日期,休或班,备注）',
    en: 'extra calendar file (CSV: date,休 or 班,note)',
  },
  'cli.missingOption': { zh: '缺少参数 {option}。', en: 'Missing option {option}.' },
  'cli.badLang': { zh: '语言“{value}”无效，只能是 zh 或 en。', en: 'Language "{value}" is not valid: use zh or en.' },
  'cli.noDeadline': { zh: '无期限（长期坚持）', en: 'no deadline (ongoing)' },
  'cli.flag.uncovered': { zh: '警告', en: 'Warning' },
  'cli.helpFooter': {
    zh: '示例：\n  rectify deadline --from 2025-09-30 --limit 10个工作日\n  rectify deadline --from 2025-01-31 --limit 1个月 --json\n  rectify deadline --from 2025-09-30 --limit "10 working days" --lang en\n\n英文帮助：rectify --help --lang en',
    en: 'Examples:\n  rectify deadline --from 2025-09-30 --limit 10个工作日\n  rectify deadline --from 2025-01-31 --limit 1个月 --json\n  rectify deadline --from 2025-09-30 --limit "10 working days" --lang en\n\n中文帮助：rectify --help',
  },
  'cli.help.usage': { zh: '用法：', en: 'Usage:' },
  'cli.help.options': { zh: '选项：', en: 'Options:' },
  'cli.help.commands': { zh: '命令：', en: 'Commands:' },
  'cli.help.arguments': { zh: '参数：', en: 'Arguments:' },
  'cli.help.globalOptions': { zh: '全局选项：', en: 'Global Options:' },
  'cli.help.help': { zh: '显示帮助', en: 'display help for command' },
  'cli.help.version': { zh: '显示版本号', en: 'output the version number' },
  'cli.readError': { zh: '无法读取文件 {file}：{reason}', en: 'Cannot read {file}: {reason}' },
} as const satisfies Record<string, Entry>;
