/** Messages of check / init / refresh / demo and the .xlsx surface. */
import type { Entry } from '../index';

export const VALIDATION_MESSAGES = {
  // ---- where a finding is
  'check.location': { zh: '{sheet} {cell}（{column}）：', en: '{sheet} {cell} ({column}): ' },
  'check.locationRow': { zh: '{sheet} 第 {row} 行：', en: '{sheet} row {row}: ' },
  'check.locationSheet': { zh: '{sheet}：', en: '{sheet}: ' },
  // ---- rules of PRODUCT §5
  'check.required': {
    zh: '“{column}”是必填项，不能为空。请填写。',
    en: '"{column}" is required and is empty. Fill it in.',
  },
  'check.column.missing': {
    zh: '缺少必填列“{column}”。请运行 rectify init（或在任务窗格点“建立台账结构”）补上该列，或把已有的列标题改为“{column}”。',
    en: 'The required column "{column}" is missing. Run rectify init (or "Structure workbook" in the pane) to add it, or rename your existing column to "{column}".',
  },
  'check.list.invalid': {
    zh: '“{value}”不在下拉列表中。请从列表中选择：{allowed}（列表可在隐藏表 _lists 中修改）。',
    en: '"{value}" is not in the list. Pick one of: {allowed} (the lists live in the hidden _lists sheet).',
  },
  'check.number.invalid': {
    zh: '“{value}”不是非负整数。请填写 0、1、2 这样的次数，或留空。',
    en: '"{value}" is not a whole number of times. Enter 0, 1, 2 … or leave it empty.',
  },
  'check.id.duplicate': {
    zh: '编号“{id}”重复（第 {firstRow} 行已使用）。每个编号只能出现一次，请改为唯一编号。',
    en: 'The ID "{id}" is used twice (first on row {firstRow}). IDs must be unique: give this row its own ID.',
  },
  'check.ref.missingProblem': {
    zh: '问题编号“{id}”在问题清单中不存在。请改为问题清单中已有的编号，或先在问题清单中登记该问题。',
    en: 'Problem ID "{id}" is not in the problem list. Use an ID from the problem list, or add the problem there first.',
  },
  'check.problem.noLeader': {
    zh: '问题“{id}”在责任清单中没有牵头领导。请在责任清单中为它添加一行并填写牵头领导（一个问题、一名领导）。',
    en: 'Problem "{id}" has no leading official in the responsibility list. Add a row for it there with its leading official.',
  },
  'check.problem.noTask': {
    zh: '问题“{id}”在任务清单中没有整改措施。请在任务清单中至少添加一条措施。',
    en: 'Problem "{id}" has no measure in the task list. Add at least one task for it.',
  },
  'check.deadline.beforeFeedback': {
    zh: '期限 {deadline} 早于反馈日期 {feedback}。请检查整改时限或期限。',
    en: 'The deadline {deadline} is before the feedback date {feedback}. Check the time limit or the deadline.',
  },
  'check.task.deadlineAfterProblem': {
    zh: '措施期限 {deadline} 晚于所属问题 {id} 的整改期限 {problemDeadline}。请缩短完成时限，或确认问题期限。',
    en: 'This measure is due {deadline}, after its problem {id} is due ({problemDeadline}). Shorten its time limit or check the problem’s deadline.',
  },
  'check.closed.noClosedOn': {
    zh: '问题已销号，但没有销号日期。请填写销号日期。',
    en: 'The problem is closed but has no closing date. Enter the date it was closed.',
  },
  'check.closed.noReviewer': {
    zh: '问题已销号，但没有审核人。销号须经审核，请填写审核人。',
    en: 'The problem is closed but has no reviewer. Closing needs a review: enter the reviewer.',
  },
  'check.closed.openTasks': {
    zh: '问题已销号，但还有 {count} 条措施未完成（{tasks}）。请先完成这些措施，或把问题状态改回“整改中”。',
    en: 'The problem is closed but {count} of its measures are not done ({tasks}). Finish them first, or set the problem back to "In progress".',
  },
  'check.date.future': {
    zh: '日期 {date} 晚于今天（{today}）。完成和销号日期不能在将来，请改为实际日期。',
    en: 'The date {date} is after today ({today}). Completion and closing dates cannot be in the future: enter the real date.',
  },
  'check.phone.invalid': {
    zh: '“{value}”不像手机号（11 位，如 13812345678）或固定电话（如 010-12345678）。请检查号码。',
    en: '"{value}" is neither a mobile number (11 digits, e.g. 13812345678) nor a landline (e.g. 010-12345678). Check the number.',
  },
  'check.computed.deadline': {
    zh: '期限 {value} 与按整改时限“{limit}”计算的 {computed} 不一致（可能被手工修改）。运行 rectify refresh 重新计算；若要保留手填的期限，请清空整改时限。',
    en: 'The deadline {value} differs from {computed}, computed from the time limit "{limit}" (edited by hand?). Run rectify refresh to recompute; to keep a date of your own, clear the time limit.',
  },
  'check.computed.alert': {
    zh: '预警列是自动计算的，“{value}”不是预警内容（可能被手工修改）。运行 rectify refresh 重新计算。',
    en: 'The alert column is computed; "{value}" is not an alert (edited by hand?). Run rectify refresh to recompute it.',
  },
  'check.deadline.missing': {
    zh: '既没有整改时限也没有期限，无法判断是否逾期。请填写时限（如 30天），或手工填写期限日期。',
    en: 'There is neither a time limit nor a deadline, so overdue cannot be judged. Enter a time limit (e.g. 30 days) or type a deadline.',
  },
  'check.settings.invalid': {
    zh: '设置“{setting}”的值“{value}”无效（{help}），暂按 {fallback} 处理。请改正 _settings 表中的值。',
    en: 'The setting "{setting}" has an invalid value "{value}" ({help}); {fallback} is used instead. Correct it in the _settings sheet.',
  },
  'check.calendar.badDate': {
    zh: '“{value}”不是可识别的日期，这一行日历被忽略。请写成 2026-01-01 这样的日期。',
    en: '"{value}" is not a readable date; this calendar row is ignored. Write a date such as 2026-01-01.',
  },
  'check.calendar.badType': {
    zh: '类型“{value}”应为“休”（放假）或“班”（调休上班），这一行日历被忽略。',
    en: 'The type "{value}" should be 休 (day off) or 班 (working day); this calendar row is ignored.',
  },
  'check.calendar.uncovered': {
    zh: '期限按未覆盖的 {years} 年计算，只考虑了周末，可能与国务院公布的安排不符。请在 _calendar 表中补录当年的放假和调休上班日期，然后运行 rectify refresh。',
    en: 'This deadline was counted in {years}, which the holiday calendar does not cover (weekends only). Add that year’s holidays and make-up days to _calendar, then run rectify refresh.',
  },
  // ---- reading a workbook
  'workbook.mergedHeader': {
    zh: '工作表“{sheet}”的标题行（第 {row} 行）有合并单元格 {range}。请取消合并，让每列有自己的标题后再试。',
    en: 'The header row (row {row}) of sheet "{sheet}" has merged cells {range}. Unmerge them so every column has its own header, then try again.',
  },
  'workbook.missingSheets': {
    zh: '找不到工作表 {sheets}（工作簿中有：{found}）。这不是整改台账，或工作表被改了名。请先运行 rectify init 建立台账结构，或把工作表改回原名。',
    en: 'Sheet(s) {sheets} not found (the workbook has: {found}). This is not a ledger, or its sheets were renamed. Run rectify init first, or give the sheets their names back.',
  },
  'workbook.tableConflict': {
    zh: '工作表“{sheet}”的表格 {table}（{ref}）与标题行不在同一位置。请检查该表格。',
    en: 'The table {table} ({ref}) on sheet "{sheet}" does not sit on the header row. Check that table.',
  },
  // ---- the .xlsx adapter
  'xlsx.notFound': { zh: '文件不存在：{file}', en: 'No such file: {file}' },
  'xlsx.notXlsx': {
    zh: '{file} 不是 .xlsx 工作簿（{reason}）。请在 Excel 或 WPS 中另存为 “Excel 工作簿 (*.xlsx)” 后再试。',
    en: '{file} is not an .xlsx workbook ({reason}). Save it as "Excel Workbook (*.xlsx)" in Excel or WPS and try again.',
  },
  'xlsx.encrypted': {
    zh: '{file} 设有打开密码（或是旧版 .xls 文件），无法读取。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再试。',
    en: '{file} is password-protected (or an old .xls file) and cannot be read. Remove the password in Excel or WPS and save it as .xlsx, then try again.',
  },
  'xlsx.damaged': {
    zh: '{file} 已损坏，无法读取（{reason}）。请用 Excel 或 WPS 打开修复并另存后再试。',
    en: '{file} is damaged and cannot be read ({reason}). Open it in Excel or WPS to repair it, save it, and try again.',
  },
  'xlsx.tooLarge': {
    zh: '{file} 太大（{size} MB，上限 {limit} MB）。请拆分后再处理。',
    en: '{file} is too large ({size} MB; the limit is {limit} MB). Split it and try again.',
  },
  'xlsx.writeFailed': {
    zh: '无法写入 {file}：{reason}。原文件未改动。',
    en: 'Cannot write {file}: {reason}. Nothing was changed.',
  },
  'xlsx.conflict': {
    zh: '{sheet} {cell} 在读取后被修改（原为“{expected}”，现为“{actual}”）。为免覆盖他人的修改，未写入任何内容，请重新运行。',
    en: '{sheet} {cell} changed since it was read (was "{expected}", now "{actual}"). Nothing was written so as not to overwrite someone else’s edit: run the command again.',
  },
  'xlsx.sameFile': {
    zh: '输出文件与输入文件相同。要改写原文件请用 --in-place（会先保留备份）。',
    en: 'The output is the input file. Use --in-place to change the file itself (a backup is kept).',
  },
  // ---- command line: demo / init / check / refresh
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
  'cli.opt.problems': { zh: '问题数量（默认 40）', en: 'number of problems (default 40)' },
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
  'cli.severity.error': { zh: '错误', en: 'error' },
  'cli.severity.warning': { zh: '警告', en: 'warning' },
  'cli.progress.generate': { zh: '生成数据', en: 'generating' },
  'cli.progress.read': { zh: '读取文件', en: 'reading' },
  'cli.progress.plan': { zh: '计算', en: 'computing' },
  'cli.progress.apply': { zh: '写入工作簿', en: 'applying' },
  'cli.progress.write': { zh: '保存文件', en: 'saving' },
  'log.action.refresh': { zh: '刷新', en: 'refresh' },
  'log.action.init': { zh: '建立结构', en: 'structure' },
} as const satisfies Record<string, Entry>;
