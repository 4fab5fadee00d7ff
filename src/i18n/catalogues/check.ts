/** Findings of `check`, reading a workbook, and the _log chain. */
import type { Entry } from '../translate';

export const CHECK_MESSAGES = {
  // ---- log
  'log.seal': { zh: '共 {count} 条记录，末条校验码 {check}', en: '{count} entries, last check code {check}' },
  'log.gap': {
    zh: '操作日志 _log 第 {row} 行的序号应为 {expected}，实为“{found}”：日志中有记录被删除、插入或改动。日志只能追加，请从备份中恢复。',
    en: 'Row {row} of the change log _log should have sequence number {expected} but has "{found}": entries were removed, inserted or edited. The log is append-only; restore it from a backup.',
  },
  'log.broken': {
    zh: '操作日志 _log 第 {row} 行的校验码不符：该行或之前的记录被改动过。日志只能追加，请从备份中恢复。',
    en: 'The check code on row {row} of the change log _log does not match: that row or an earlier one was edited. The log is append-only; restore it from a backup.',
  },
  'log.rowEmpty': {
    zh: '操作日志 _log 第 {row} 行为空（应为第 {expected} 条记录）：日志中有记录被清除。日志只能追加，请从备份中恢复。',
    en: 'Row {row} of the change log _log is empty (entry {expected} expected): entries were cleared. The log is append-only; restore it from a backup.',
  },
  'log.sealMismatch': {
    zh: '操作日志 _log 现有 {count} 条记录，但封记（J1）记载为 {sealed} 条：末尾的记录可能被删除。日志只能追加，请从备份中恢复。',
    en: 'The change log _log has {count} entries but its seal (J1) records {sealed}: entries at the end may have been removed. The log is append-only; restore it from a backup.',
  },
  // ---- check
  'check.location': { zh: '{sheet} {cell}（{column}）：', en: '{sheet} {cell} ({column}): ' },
  'check.locationRow': { zh: '{sheet} 第 {row} 行：', en: '{sheet} row {row}: ' },
  'check.locationSheet': { zh: '{sheet}：', en: '{sheet}: ' },
  'check.required.wholeColumn': {
    zh: '“{column}”是必填项，但全部 {rows} 行（{range}）都为空。请整列填写；从旧台账导入时可统一指定（rectify import --feedback-date）。',
    en: '"{column}" is required but empty in all {rows} rows ({range}). Fill in the column; when importing legacy ledgers you can give one value for all (rectify import --feedback-date).',
  },
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
  'check.status.completedOpen': {
    zh: '填写了完成日期 {date}，但状态是“{status}”。已完成的请把状态改为“{done}”，尚未完成的请清空完成日期（统计不会把它算作已整改）。',
    en: 'A completion date {date} is filled in, but the status is "{status}". If the work is finished, set the status to "{done}"; if not, clear the date (it is not counted as rectified).',
  },
  'check.status.pendingNoDate': {
    zh: '状态是“待审核”，但没有完成日期。请填写完成日期，否则无法判断是否按期完成。',
    en: 'The status is "Pending review" but there is no completion date. Enter it, or whether the work was on time cannot be judged.',
  },
  'check.merge.inList': {
    zh: '{range} 是合并单元格。清单是一张表格，每行一条记录：合并会把其余单元格藏起来，其中的值读不到，刷新也无法写入。请取消合并，并在每一行填上自己的值。',
    en: '{range} is a merged area. A list is a table with one record per row: a merge hides the other cells, so their values cannot be read and refresh cannot write them. Unmerge it and give every row its own value.',
  },
  'workbook.mergedData': {
    zh: '“{sheet}”的数据区有 {count} 处合并单元格（第一处为 {range}）。Excel 表格中不能有合并单元格：请先取消合并，并在每一行填上自己的值，再建立台账结构。',
    en: 'The data rows of "{sheet}" hold {count} merged area(s) (the first is {range}). An Excel table cannot contain merged cells: unmerge them and give every row its own value, then structure the workbook again.',
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
    zh: '期限按未覆盖的 {years} 年计算，只考虑了周末，可能与国务院公布的安排不符。国务院公布当年节假日安排后，把通知读入日历即可：命令行 rectify calendar notice 通知.txt --into 台账.xlsx --in-place，或任务窗格“设置”→“粘贴节假日通知”；期限随之重算。',
    en: 'This deadline was counted in {years}, which the holiday calendar does not cover (weekends only). When the State Council publishes that year’s holiday notice, read it into the calendar: rectify calendar notice notice.txt --into ledger.xlsx --in-place, or in the pane Settings → Paste the holiday notice; the deadlines follow.',
  },
  // ---- workbook
  'workbook.mergedHeader': {
    zh: '工作表“{sheet}”的标题行（第 {row} 行）有合并单元格 {range}。请取消合并，让每列有自己的标题后再试。',
    en: 'The header row (row {row}) of sheet "{sheet}" has merged cells {range}. Unmerge them so every column has its own header, then try again.',
  },
  'workbook.missingSheets': {
    zh: '找不到工作表 {sheets}（工作簿中有：{found}）。这不是整改台账，或工作表被改了名。请先运行 rectify init 建立台账结构，或把工作表改回原名。',
    en: 'Sheet(s) {sheets} not found (the workbook has: {found}). This is not a ledger, or its sheets were renamed. Run rectify init first, or give the sheets their names back.',
  },
} as const satisfies Record<string, Entry>;
