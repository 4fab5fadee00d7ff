/** The `rectify` command line: help, options and output. Only the command line loads this catalogue. */
import type { Entry } from '../translate';

export const CLI_MESSAGES = {
  // ---- cli
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
  // ---- import
  'import.cli.description': {
    zh: '导入旧台账：把各单位手工制作的台账表（标题行、合并单元格、占位符都可以）拆分汇总到一个结构化台账（问题清单、责任清单、任务清单）。-o 指定的台账已存在时追加，已导入过的行不重复导入。',
    en: 'Import legacy ledgers: split hand-made ledger sheets of many units (title rows, merged cells, placeholders are fine) into one structured ledger (problem, responsibility and task lists). If the -o ledger exists, rows are added to it; rows imported before are not imported again.',
  },
  'import.cli.files': { zh: '一个或多个旧台账 .xlsx 文件', en: 'one or more legacy ledger .xlsx files' },
  'import.cli.output': { zh: '输出的结构化台账 .xlsx', en: 'the structured ledger .xlsx to write' },
  'import.cli.dryRun': {
    zh: '只预览：打印列映射、样例、行数和不能原样导入的值，不写任何文件',
    en: 'preview only: print the mapping, samples, counts and values that cannot be imported as they are; write nothing',
  },
  'import.cli.map': {
    zh: '指定列映射，如 --map "问题简述=问题描述"，可重复；目标写“额外列”则原样保留',
    en: 'set a column mapping, e.g. --map "问题简述=问题描述"; repeatable; a target of "extra" keeps the column as is',
  },
  'import.cli.feedbackDate': {
    zh: '来源文件没有“反馈日期”列时，其问题的反馈日期填为这一天',
    en: 'the feedback date for the problems of files that have no feedback-date column',
  },
  'import.cli.sheet': { zh: '读取每个文件中这个名称的工作表', en: 'read the sheet of this name in every file' },
  'import.cli.outputIsInput': {
    zh: '输出文件 {file} 也是输入文件：请写到另一个文件，旧台账不会被改动。',
    en: 'The output {file} is also an input: write to another file; legacy ledgers are never changed.',
  },
  // ---- ledger
  'ledger.problemsSheet': { zh: '问题清单', en: 'Problems' },
  'ledger.cli.report.description': {
    zh: '重新生成 整改台账、统计、督办清单 三张表（截至 --today）',
    en: 'Rebuild the generated sheets Ledger, Statistics and Supervision (as of --today)',
  },
  'ledger.cli.letters.description': {
    zh: '为每个有逾期或临期事项的责任单位生成一份提醒督办函（.docx）',
    en: 'Write one reminder letter (.docx) per responsible unit with overdue or due-soon items',
  },
  'ledger.cli.submit.description': {
    zh: '提交审核：问题状态改为“待审核”',
    en: 'Submit a problem for review (status: pending review)',
  },
  'ledger.cli.close.description': {
    zh: '销号：问题状态改为“已销号”（须填审核人和销号日期；有未完成的整改措施时拒绝）',
    en: 'Close a problem out (reviewer and closing date required; refused while measures are unfinished)',
  },
  'ledger.cli.reject.description': {
    zh: '退回重改：问题状态改为“退回重改”（须说明原因，退回次数加 1）',
    en: 'Send a problem back (reason required; counts the times sent back)',
  },
  'ledger.cli.arg.file': { zh: '台账工作簿（.xlsx）', en: 'the ledger workbook (.xlsx)' },
  'ledger.cli.opt.output': { zh: '写入新文件（不改动原文件）', en: 'write to this file (the input is left as it is)' },
  'ledger.cli.opt.inPlace': {
    zh: '直接修改原文件（先自动备份）',
    en: 'change the input file itself (a backup is made first)',
  },
  'ledger.cli.opt.today': {
    zh: '按此日期计算逾期和临期（默认今天）',
    en: 'the as-of date for overdue and due soon (default: today)',
  },
  'ledger.cli.opt.dir': { zh: '督办函输出目录', en: 'folder for the letters' },
  'ledger.cli.opt.issuer': {
    zh: '发函单位（默认：巡察整改工作办公室）',
    en: 'issuing office (default: the Inspection Rectification Office)',
  },
  'ledger.cli.opt.replyDays': {
    zh: '回复期限：几个工作日内报送（默认 5）',
    en: 'working days to report back (default 5)',
  },
  'ledger.cli.opt.unit': { zh: '只给该责任单位发函（可重复）', en: 'only this responsible unit (repeatable)' },
  'ledger.cli.opt.record': {
    zh: '把发函记入台账（督办次数加 1，留痕），写入此文件',
    en: 'record the letters in the ledger (reminders + 1, logged), written to this file',
  },
  'ledger.cli.opt.id': { zh: '问题编号', en: 'problem ID' },
  'ledger.cli.opt.closeDate': { zh: '销号日期（必填）', en: 'closing date (required)' },
  'ledger.cli.opt.doneDate': {
    zh: '整改完成日期（默认今天；已填写的不覆盖，除非指定）',
    en: 'completion date (default today; an existing one is kept unless given)',
  },
  'ledger.cli.opt.reviewer': { zh: '审核人', en: 'reviewer' },
  'ledger.cli.opt.reason': { zh: '退回原因（必填）', en: 'why it is sent back (required)' },
  'ledger.cli.needOutput': {
    zh: '请用 -o <新文件.xlsx> 指定输出文件，或用 --in-place 直接修改原文件（会先备份）。',
    en: 'Give an output file with -o <out.xlsx>, or change the input with --in-place (a backup is made first).',
  },
  'ledger.cli.badReplyDays': {
    zh: '--reply-days “{value}” 应为 1 到 60 之间的整数。',
    en: '--reply-days "{value}" must be a whole number from 1 to 60.',
  },
  'ledger.cli.report.done': {
    zh: '已生成 {sheets}（截至 {date}）→ {file}\n发现问题 {found} 个，已整改 {rectified} 个，已销号 {closed} 个；逾期 {overdue} 个，临期 {dueSoon} 个。',
    en: 'Generated {sheets} (as of {date}) → {file}\n{found} problems found, {rectified} rectified, {closed} closed out; {overdue} overdue, {dueSoon} due soon.',
  },
  'ledger.cli.noChart': {
    zh: '提示：.xlsx 文件中不含统计图（ExcelJS 无法写入图表）；在 Excel 中用任务窗格刷新即可生成图表，任务窗格也会显示该图。',
    en: 'Note: the .xlsx has no chart (ExcelJS cannot write charts); refreshing from the task pane in Excel adds it, and the pane shows it too.',
  },
  'ledger.cli.letters.none': {
    zh: '截至 {date} 没有逾期或临期的事项，无需发督办函。',
    en: 'Nothing is overdue or due soon as of {date}: no letters needed.',
  },
  'ledger.cli.letters.written': {
    zh: '{unit}：逾期 {overdue} 项、临期 {dueSoon} 项 → {file}',
    en: '{unit}: {overdue} overdue, {dueSoon} due soon → {file}',
  },
  'ledger.cli.letters.recorded': {
    zh: '已记录督办：{count} 个问题的督办次数加 1（留痕 {logged} 条）→ {file}',
    en: 'Recorded: reminders + 1 on {count} problem(s) ({logged} log entries) → {file}',
  },
  'ledger.cli.written': {
    zh: '已写入 {file}（_log 留痕 {logged} 条）',
    en: 'Written to {file} ({logged} entries in _log)',
  },
  // ---- xlsx
  'xlsx.sameFile': {
    zh: '输出文件与输入文件相同。要改写原文件请用 --in-place（会先保留备份）。',
    en: 'The output is the input file. Use --in-place to change the file itself (a backup is kept).',
  },
  'cli.inPlace.throughLink': {
    zh: '{link} 是一个链接：已改写它指向的文件 {file}（链接本身不变）。',
    en: '{link} is a link: the file it points to, {file}, was written (the link itself is unchanged).',
  },
  'cli.output.notDocx': {
    zh: '输出文件 {file} 不是 .docx：这条命令写的是 Word 文档，请用 .docx 结尾的文件名（以免覆盖台账等其他文件）。',
    en: 'The output {file} is not a .docx: this command writes a Word document; give a file name ending in .docx (so no ledger or other file is replaced).',
  },
  // ---- cli
  'cli.demo.description': {
    zh: '生成一个示例整改台账（确定性的，可重复生成），用于试用和测试。',
    en: 'Write a realistic, deterministic demo ledger, for trying things out and for tests.',
  },
  'cli.init.description': {
    zh: '为已有工作簿建立台账结构：按标题识别列、在右侧补齐缺少的列，保留全部已有数据；可重复运行。',
    en: 'Structure an existing workbook: map columns by header, add missing columns at the right, keep every value; safe to run again.',
  },
  'cli.check.description': {
    zh: '检查台账（必填项、日期、下拉列表、编号、期限、销号等），按工作表列出问题。',
    en: 'Check a ledger (required cells, dates, lists, IDs, deadlines, closing…) and list the findings by sheet.',
  },
  'cli.refresh.description': {
    zh: '重新计算整改期限和预警列（只写有变化的单元格，并记入 _log）。',
    en: 'Recompute deadlines and the alert column (writes only cells that change, and logs them in _log).',
  },
  'cli.arg.out': { zh: '输出文件（.xlsx）', en: 'output file (.xlsx)' },
  'cli.arg.file': { zh: '台账文件（.xlsx）', en: 'ledger file (.xlsx)' },
  'cli.opt.problems': { zh: '问题数量（默认 40，最多 10000）', en: 'number of problems (default 40, at most 10000)' },
  'cli.opt.today': {
    zh: '按哪一天计算（默认今天），如 2025-06-30',
    en: 'the date to compute for (default today), e.g. 2025-06-30',
  },
  'cli.opt.seed': { zh: '随机种子（默认 1）', en: 'random seed (default 1)' },
  'cli.opt.mistakes': {
    zh: '每条检查规则故意埋一个错误，并列出位置',
    en: 'plant one violation of each validation rule and say where',
  },
  'cli.opt.output': {
    zh: '把结果写到这个文件（原文件不动）',
    en: 'write the result to this file (the input is left as it is)',
  },
  'cli.opt.inPlace': { zh: '直接改写原文件（先保留备份）', en: 'change the file itself (a backup is kept first)' },
  'cli.opt.progress': { zh: '在标准错误输出显示进度', en: 'show progress on stderr' },
  'cli.opt.layoutLang': {
    zh: '台账和消息语言：zh（默认）或 en',
    en: 'layout and message language: zh (default) or en',
  },
  'cli.badNumber': { zh: '“{value}”不是有效的数量（{option}）。', en: '"{value}" is not a valid number for {option}.' },
  'cli.tooMany': {
    zh: '{option} 最多为 {max}，“{value}”太大。',
    en: '{option} is at most {max}; "{value}" is too large.',
  },
  'cli.badToday': { zh: '--today：{reason}', en: '--today: {reason}' },
  'cli.outAndInPlace': { zh: '-o 和 --in-place 只能选一个。', en: 'Use either -o or --in-place, not both.' },
  'cli.demo.written': {
    zh: '已写入 {file}：{problems} 个问题、{responsibilities} 条责任、{tasks} 条措施（截至 {today}）。',
    en: 'Wrote {file}: {problems} problems, {responsibilities} responsibilities, {tasks} tasks (as of {today}).',
  },
  'cli.demo.mistakesTitle': { zh: '埋下的错误（每条规则一个）：', en: 'Planted violations (one per rule):' },
  'cli.init.written': {
    zh: '已写入 {file}：新建工作表 {sheets} 个，补充列 {columns} 个，写入单元格 {cells} 个。',
    en: 'Wrote {file}: {sheets} sheets created, {columns} columns added, {cells} cells written.',
  },
  'cli.init.legacyHint': {
    zh: '导入旧台账：rectify import {file} -o 新台账.xlsx（先加 --dry-run 可预览）',
    en: 'To import it: rectify import {file} -o ledger.xlsx (add --dry-run to preview first)',
  },
  'cli.internalError': {
    zh: 'rectify 内部出错：{message}。文件要么已完整写入，要么保持原样，不会只写一半。请把这句话和所用命令告诉维护者（设置 RECTIFY_DEBUG=1 可显示详细信息）。',
    en: 'rectify hit an internal error: {message}. Files are either written whole or left as they were, never half-written. Please tell the maintainers this sentence and the command you ran (set RECTIFY_DEBUG=1 for details).',
  },
  'cli.init.backup': { zh: '原文件已备份为 {file}。', en: 'The original was backed up as {file}.' },
  'cli.refresh.written': {
    zh: '已写入 {file}：更新单元格 {cells} 个（截至 {today}）。',
    en: 'Wrote {file}: {cells} cells updated (as of {today}).',
  },
  'cli.refresh.nothing': {
    zh: '{file} 无需更新（截至 {today}），文件未改动。',
    en: '{file} is up to date (as of {today}); the file was not changed.',
  },
  'cli.check.clean': {
    zh: '{file}：没有发现问题（{problems} 个问题、{tasks} 条措施，截至 {today}）。',
    en: '{file}: no findings ({problems} problems, {tasks} tasks, as of {today}).',
  },
  'cli.check.summary': {
    zh: '{file}：{errors} 个错误，{warnings} 个警告（{problems} 个问题、{tasks} 条措施，截至 {today}）。',
    en: '{file}: {errors} errors, {warnings} warnings ({problems} problems, {tasks} tasks, as of {today}).',
  },
  'cli.check.omitted': {
    zh: '另有 {count} 条同类问题未逐条列出（每类最多列出 {limit} 条；总数已计入下方合计）。',
    en: '{count} more of this kind not listed (at most {limit} of each kind are listed; all are counted below).',
  },
  'cli.severity.error': { zh: '错误', en: 'error' },
  'cli.severity.warning': { zh: '警告', en: 'warning' },
  'cli.progress.generate': { zh: '生成数据', en: 'generating' },
  'cli.progress.read': { zh: '读取文件', en: 'reading' },
  'cli.progress.plan': { zh: '计算', en: 'computing' },
  'cli.progress.apply': { zh: '写入工作簿', en: 'applying' },
  'cli.progress.write': { zh: '保存文件', en: 'saving' },
  'cli.progress.description': {
    zh: '写出整改进展情况报告（.docx，公文格式），用于月研判、季汇报；--since 加上某日以来的变化，--public 生成不含姓名、电话和问题细节的公开版',
    en: 'Write the rectification progress report (.docx, official layout) for monthly analysis and quarterly reporting; --since adds what changed since a date, --public writes a version without names, phone numbers or problem details',
  },
  'cli.progress.opt.output': { zh: '报告文件（.docx）', en: 'the report file (.docx)' },
  'cli.progress.opt.since': {
    zh: '报告自该日期以来的变化（读自 _log）',
    en: 'report what changed since this date (read from _log)',
  },
  'cli.progress.opt.public': {
    zh: '公开版：不含姓名、电话和问题描述',
    en: 'public version: no names, phone numbers or problem descriptions',
  },
  'cli.progress.written': {
    zh: '已写出整改进展情况报告 → {file}\n发现问题 {total} 个，已整改 {rectified} 个，已销号 {closed} 个；逾期 {overdue} 个，临期 {dueSoon} 个。',
    en: 'Wrote the progress report → {file}\n{total} problems, {rectified} rectified, {closed} closed out; {overdue} overdue, {dueSoon} due soon.',
  },
} as const satisfies Record<string, Entry>;
