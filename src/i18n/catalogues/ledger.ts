/** Messages of generated sheets, letters, close-out workflow, _log. */
import type { Entry } from '../index';

export const LEDGER_MESSAGES = {
  // ---- shared words
  'ledger.unassigned': { zh: '（未指定责任单位）', en: '(no responsible unit)' },
  'ledger.blank': { zh: '（未填）', en: '(blank)' },
  'ledger.total': { zh: '合计', en: 'Total' },
  'ledger.banner': {
    zh: '【自动生成】{sheet}：本表由整改台账根据问题清单、责任清单、任务清单生成，请勿手工修改（修改会在下次刷新时被覆盖）；请修改三张清单后运行“刷新”或 rectify report。',
    en: '[Generated] {sheet}: built from the problem, responsibility and task lists. Do not edit it by hand (a refresh rebuilds it); edit the lists, then run Refresh or rectify report.',
  },
  'ledger.asOf': { zh: '数据截至：{date}　　生成时间：{now}', en: 'As of: {date}    Generated: {now}' },
  'ledger.userSheet': {
    zh: '工作簿中已有名为“{sheet}”的工作表，且不是本工具生成的，未予覆盖。如需生成该表，请先将原表改名。',
    en: 'The workbook already has a sheet named "{sheet}" that this tool did not generate; it was left untouched. Rename that sheet to have it generated.',
  },
  'ledger.log.rows': { zh: '原 {n} 行', en: '{n} rows before' },
  'ledger.log.rebuilt': { zh: '重新生成 {n} 行', en: 'rebuilt, {n} rows' },
  // ---- 整改台账 columns
  'ledger.col.seq': { zh: '序号', en: 'No.' },
  'ledger.col.problemId': { zh: '问题编号', en: 'Problem ID' },
  'ledger.col.inspectedUnit': { zh: '被巡察单位', en: 'Inspected unit' },
  'ledger.col.category': { zh: '问题类别', en: 'Category' },
  'ledger.col.severity': { zh: '问题等级', en: 'Severity' },
  'ledger.col.description': { zh: '问题描述', en: 'Description' },
  'ledger.col.leader': { zh: '牵头领导', en: 'Leading official' },
  'ledger.col.units': { zh: '责任单位', en: 'Responsible units' },
  'ledger.col.persons': { zh: '责任人', en: 'Responsible persons' },
  'ledger.col.measures': { zh: '整改措施', en: 'Measures' },
  'ledger.col.tasksDone': { zh: '措施完成', en: 'Measures done' },
  'ledger.col.feedbackDate': { zh: '反馈日期', en: 'Feedback date' },
  'ledger.col.deadline': { zh: '整改期限', en: 'Deadline' },
  'ledger.col.status': { zh: '整改状态', en: 'Status' },
  'ledger.col.alert': { zh: '预警', en: 'Alert' },
  'ledger.col.rejections': { zh: '退回次数', en: 'Times sent back' },
  'ledger.col.reminders': { zh: '督办次数', en: 'Reminders' },
  'ledger.col.closedOn': { zh: '销号日期', en: 'Closed on' },
  // ---- 统计
  'stats.found': { zh: '发现问题', en: 'Problems found' },
  'stats.rectified': { zh: '已整改', en: 'Rectified' },
  'stats.closed': { zh: '已销号', en: 'Closed out' },
  'stats.overdue': { zh: '已逾期', en: 'Overdue' },
  'stats.dueSoon': { zh: '临期', en: 'Due soon' },
  'stats.completionRate': { zh: '完成率', en: 'Completion rate' },
  'stats.byUnit': { zh: '按责任单位', en: 'By responsible unit' },
  'stats.byCategory': { zh: '按问题类别', en: 'By category' },
  'stats.bySeverity': { zh: '按问题等级', en: 'By severity' },
  'stats.col.group': { zh: '分组', en: 'Group' },
  'stats.col.total': { zh: '问题数', en: 'Problems' },
  'stats.col.closed': { zh: '已销号', en: 'Closed' },
  'stats.col.open': { zh: '整改中（未销号）', en: 'In progress (open)' },
  'stats.col.overdue': { zh: '已逾期', en: 'Overdue' },
  'stats.col.dueSoon': { zh: '临期', en: 'Due soon' },
  'stats.col.completionRate': { zh: '完成率', en: 'Completion rate' },
  'stats.col.onTimeRate': { zh: '按期销号率', en: 'Closed on time' },
  'stats.chartTitle': {
    zh: '各责任单位整改情况（截至 {date}）',
    en: 'Rectification by responsible unit (as of {date})',
  },
  'stats.definitions': { zh: '口径说明：', en: 'Definitions:' },
  'stats.def.open': {
    zh: '整改中（未销号）= 状态不是“已销号”的问题（含未启动、整改中、待审核、退回重改）；已逾期、临期只计未销号的问题。',
    en: 'In progress (open) = problems not closed out (not started, in progress, pending review, sent back); overdue and due soon count open problems only.',
  },
  'stats.def.rates': {
    zh: '完成率 = 已销号 ÷ 问题数；按期销号率 = 完成日期（无则销号日期）不晚于整改期限的已销号问题 ÷ 已销号（长期坚持类计为按期）。',
    en: 'Completion rate = closed ÷ problems; closed-on-time rate = closed problems finished (completion date, else closing date) by the deadline ÷ closed (ongoing items count as on time).',
  },
  'stats.def.units': {
    zh: '一个问题有多个责任单位时，在每个责任单位下各计一次，故按单位合计可能大于问题总数。',
    en: 'A problem with several responsible units counts once under each, so the unit rows may add up to more than the total.',
  },
  'stats.def.rectified': {
    zh: '已整改 = 状态为“待审核”或“已销号”，或已填写完成日期的问题。',
    en: 'Rectified = problems pending review or closed, or with a completion date.',
  },
  // ---- 督办清单
  'sup.col.unit': { zh: '责任单位', en: 'Responsible unit' },
  'sup.col.person': { zh: '责任人', en: 'Responsible person' },
  'sup.col.leader': { zh: '牵头领导', en: 'Leading official' },
  'sup.col.type': { zh: '类型', en: 'Type' },
  'sup.col.id': { zh: '编号', en: 'ID' },
  'sup.col.text': { zh: '问题 / 整改措施', en: 'Problem / measure' },
  'sup.col.deadline': { zh: '整改期限', en: 'Deadline' },
  'sup.col.alert': { zh: '预警', en: 'Alert' },
  'sup.col.days': { zh: '逾期天数（负数为剩余天数）', en: 'Days overdue (negative: days left)' },
  'sup.col.round': { zh: '督办轮次', en: 'Reminder round' },
  'sup.type.problem': { zh: '问题', en: 'Problem' },
  'sup.type.task': { zh: '措施', en: 'Measure' },
  'sup.round': { zh: '已督办{n}次', en: '{n} reminder(s) sent' },
  'sup.group': {
    zh: '■ {unit}：逾期 {overdue} 项，临期 {dueSoon} 项',
    en: '■ {unit}: {overdue} overdue, {dueSoon} due soon',
  },
  'sup.none': { zh: '目前没有逾期或临期的事项。', en: 'Nothing is overdue or due soon.' },
  // ---- 提醒督办函
  'letter.title': { zh: '巡察整改提醒督办函', en: 'Reminder on Inspection Rectification' },
  'letter.roundLine': { zh: '（第{round}次督办）', en: '(reminder no. {round})' },
  'letter.addressee': { zh: '{unit}：', en: 'To: {unit}' },
  'letter.body': {
    zh: '根据巡察整改工作安排，经对照巡察整改台账核查，截至{date}，你单位牵头负责的巡察反馈问题及整改措施中，有{overdue}项已超过整改期限、{dueSoon}项即将到期，具体如下：',
    en: 'Under the rectification work plan, a check of the rectification ledger as of {date} shows that, among the inspection findings and measures your unit is responsible for, {overdue} item(s) are past their deadline and {dueSoon} item(s) are due soon:',
  },
  'letter.col.seq': { zh: '序号', en: 'No.' },
  'letter.col.id': { zh: '编号', en: 'ID' },
  'letter.col.text': { zh: '问题 / 整改措施', en: 'Problem / measure' },
  'letter.col.person': { zh: '责任人', en: 'Person' },
  'letter.col.deadline': { zh: '整改期限', en: 'Deadline' },
  'letter.col.status': { zh: '逾期情况', en: 'Status' },
  'letter.col.round': { zh: '督办情况', en: 'Reminders' },
  'letter.demand': {
    zh: '请你单位高度重视，切实履行整改主体责任，对照问题清单、任务清单、责任清单逐项研究，倒排工期、压实责任，加快推进整改落实，确保按期整改到位、对单销号。',
    en: 'Your unit is asked to give this its full attention, take responsibility for the rectification, go through the problem, task and responsibility lists item by item, set a schedule working back from the deadlines, and speed up the work so that every item is rectified and closed out on time.',
  },
  'letter.reportBack': {
    zh: '请于{reportBy}前将上述事项的整改进展情况及佐证材料书面报送{issuer}。',
    en: 'Please send {issuer} a written report on the progress of the items above, with evidence, by {reportBy}.',
  },
  'letter.warning': {
    zh: '对无正当理由逾期未完成整改的，将按照有关规定予以通报，并视情进行约谈。',
    en: 'Items overdue without good reason will be reported in accordance with the rules, and a talk may be arranged.',
  },
  'letter.defaultIssuer': { zh: '巡察整改工作办公室', en: 'the Inspection Rectification Office' },
  'letter.fileStem': { zh: '提醒督办函', en: 'Reminder' },
  // ---- close-out
  'closeout.action.submit': { zh: '提交审核', en: 'submit for review' },
  'closeout.action.close': { zh: '销号', en: 'close out' },
  'closeout.action.reject': { zh: '退回重改', en: 'send back' },
  'closeout.action.remind': { zh: '发督办函', en: 'reminder sent' },
  'taskStatus.notStarted': { zh: '未开始', en: 'not started' },
  'taskStatus.inProgress': { zh: '进行中', en: 'in progress' },
  'taskStatus.done': { zh: '已完成', en: 'done' },
  'closeout.noSheet': {
    zh: '找不到工作表“{sheet}”。请先运行 rectify init 建立台账结构。',
    en: 'There is no sheet "{sheet}". Run rectify init first to structure the workbook.',
  },
  'closeout.idRequired': { zh: '请用 --id 指定问题编号。', en: 'Give the problem ID with --id.' },
  'closeout.notFound': {
    zh: '“{sheet}”中没有问题编号为“{id}”的问题。请核对编号（区分大小写和全半角）。',
    en: 'There is no problem with ID "{id}" in "{sheet}". Check the ID (case and full-width characters matter).',
  },
  'closeout.duplicate': {
    zh: '问题编号“{id}”在“{sheet}”中出现多次（第 {rows} 行），无法确定要操作哪一个。请先修正重复编号。',
    en: 'The problem ID "{id}" appears more than once in "{sheet}" (rows {rows}); we cannot tell which one you mean. Fix the duplicate IDs first.',
  },
  'closeout.missingColumn': {
    zh: '“{sheet}”缺少“{column}”列。请先运行 rectify init（或在任务窗格中“建立台账结构”）补齐列。',
    en: '"{sheet}" has no "{column}" column. Run rectify init (or Structure in the task pane) to add it.',
  },
  'closeout.alreadyClosed': {
    zh: '问题 {id}（“{sheet}”第 {row} 行）已于 {closedOn} 销号，不能再执行此操作。如需重新整改，请手工修改状态并说明原因。',
    en: 'Problem {id} ("{sheet}" row {row}) was already closed out on {closedOn}. To reopen it, change its status by hand and note why.',
  },
  'closeout.alreadyPending': {
    zh: '问题 {id}（“{sheet}”第 {row} 行）已是“待审核”状态，无需重复提交。审核后请销号或退回重改。',
    en: 'Problem {id} ("{sheet}" row {row}) is already pending review. Close it out or send it back after the review.',
  },
  'closeout.reviewerRequired': {
    zh: '销号需要审核人：请用 --reviewer 填写审核人姓名（问题 {id}）。',
    en: 'Closing out needs a reviewer: give the reviewer’s name with --reviewer (problem {id}).',
  },
  'closeout.dateRequired': {
    zh: '销号需要销号日期：请用 --date 填写，如 --date 2025-06-30（问题 {id}）。',
    en: 'Closing out needs a closing date: give it with --date, e.g. --date 2025-06-30 (problem {id}).',
  },
  'closeout.dateFuture': {
    zh: '日期 {date} 晚于今天（{today}），不能填写将来的日期（问题 {id}）。',
    en: 'The date {date} is after today ({today}); it cannot be in the future (problem {id}).',
  },
  'closeout.dateBeforeFeedback': {
    zh: '销号日期 {date} 早于反馈日期 {feedback}，请核对（问题 {id}）。',
    en: 'The closing date {date} is before the feedback date {feedback}; check it (problem {id}).',
  },
  'closeout.openTasks': {
    zh: '问题 {id}（“{sheet}”第 {row} 行）还有 {count} 项整改措施未完成，不能销号：{tasks}。请在任务清单中完成这些措施（完成状态改为“已完成”并填写实际完成日期）后再销号。',
    en: 'Problem {id} ("{sheet}" row {row}) cannot be closed out: {count} measure(s) are not done: {tasks}. Finish them in the task list (status Done, with the date done) and close it out again.',
  },
  'closeout.submitOpenTasks': {
    zh: '注意：问题 {id} 还有 {count} 项整改措施未完成：{tasks}。销号前须全部完成。',
    en: 'Note: problem {id} still has {count} unfinished measure(s): {tasks}. All must be done before it can be closed out.',
  },
  'closeout.andMore': { zh: '等，另有 {n} 项', en: ' and {n} more' },
  'closeout.reasonRequired': {
    zh: '退回重改需要说明原因：请用 --reason 填写（问题 {id}）。',
    en: 'Sending back needs a reason: give it with --reason (problem {id}).',
  },
  'closeout.notPending': {
    zh: '问题 {id}（“{sheet}”第 {row} 行）当前状态为“{status}”，只有“待审核”的问题才能退回重改。',
    en: 'Problem {id} ("{sheet}" row {row}) is "{status}"; only problems pending review can be sent back.',
  },
  'closeout.submitted': {
    zh: '问题 {id} 已提交审核（状态：待审核）。',
    en: 'Problem {id} submitted for review (status: pending review).',
  },
  'closeout.closed': {
    zh: '问题 {id} 已销号（销号日期 {date}，审核人 {reviewer}）。',
    en: 'Problem {id} closed out on {date} (reviewer {reviewer}).',
  },
  'closeout.rejected': {
    zh: '问题 {id} 已退回重改（第 {n} 次退回）：{reason}',
    en: 'Problem {id} sent back (time {n}): {reason}',
  },
  // ---- command line
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
  'ledger.cli.outAndInPlace': { zh: '-o 与 --in-place 只能选一个。', en: 'Use either -o or --in-place, not both.' },
  'ledger.cli.needOutput': {
    zh: '请用 -o <新文件.xlsx> 指定输出文件，或用 --in-place 直接修改原文件（会先备份）。',
    en: 'Give an output file with -o <out.xlsx>, or change the input with --in-place (a backup is made first).',
  },
  'ledger.cli.badReplyDays': {
    zh: '--reply-days “{value}” 应为 1 到 60 之间的整数。',
    en: '--reply-days "{value}" must be a whole number from 1 to 60.',
  },
  'ledger.cli.backup': { zh: '已备份原文件：{file}', en: 'Backup of the input: {file}' },
  'ledger.cli.action.report': { zh: '生成报表', en: 'report' },
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
  // ---- task pane
  'ledger.panel.title': { zh: '销号与督办', en: 'Close-out & reminders' },
  'ledger.panel.closeout': { zh: '对单销号', en: 'Close-out' },
  'ledger.panel.date': { zh: '日期（销号日期 / 完成日期）', en: 'Date (closing / completion)' },
  'ledger.panel.reason': { zh: '退回原因', en: 'Reason sent back' },
  'ledger.panel.logged': { zh: '已留痕 {n} 条。', en: '{n} change(s) logged.' },
  'ledger.panel.stats': { zh: '统计', en: 'Statistics' },
  'ledger.panel.headline': {
    zh: '发现问题 {found} 个，已整改 {rectified} 个，已销号 {closed} 个，逾期 {overdue} 个。',
    en: '{found} found, {rectified} rectified, {closed} closed out, {overdue} overdue.',
  },
  'ledger.panel.report': { zh: '生成台账、统计、督办清单', en: 'Build ledger, statistics, supervision sheets' },
  'ledger.panel.reported': {
    zh: '已重新生成 整改台账、统计、督办清单。',
    en: 'Ledger, statistics and supervision sheets rebuilt.',
  },
  'ledger.panel.letters': { zh: '提醒督办函', en: 'Reminder letters' },
  'ledger.panel.preview': { zh: '督办函预览', en: 'Letter preview' },
  'ledger.panel.copy': { zh: '复制督办函', en: 'Copy letter' },
  'ledger.panel.copied': { zh: '已复制到剪贴板。', en: 'Copied to the clipboard.' },
  'ledger.panel.selectedRow': { zh: '用所选行', en: 'Use selected row' },
  'ledger.panel.selectedFrom': {
    zh: '已按所选单元格（{sheet} 第 {row} 行）选定问题 {id}。',
    en: 'Problem {id} chosen from the selected cell ({sheet}, row {row}).',
  },
  'ledger.panel.noProblemAtSelection': {
    zh: '所选单元格（{sheet} 第 {row} 行）不是某个问题的行：请在问题清单、责任清单、任务清单或整改台账中选中该问题所在的行，或在下拉框中选择问题编号。',
    en: 'The selected cell ({sheet}, row {row}) is not on a problem’s row: select the row of the problem in the problem, responsibility or task list or in the Ledger sheet, or pick the problem ID from the list.',
  },
  'ledger.cli.refresh.rebuilt': {
    zh: '已按新的状态重新生成：{sheets}。',
    en: 'Rebuilt with the new status: {sheets}.',
  },
  'ledger.user.default': { zh: 'Excel 用户', en: 'Excel user' },
  'ledger.user.label': { zh: '您的姓名（记入操作日志 _log）', en: 'Your name (recorded in the change log _log)' },
  'ledger.user.hint': {
    zh: 'Excel 不向加载项提供登录用户的姓名，此处填写的姓名只保存在本机，不写入工作簿设置；不填则记为“Excel 用户”。',
    en: 'Excel does not give add-ins the signed-in user’s name. The name you enter is kept on this computer only, not in the workbook; left empty, entries say “Excel user”.',
  },
  'log.action.settings': { zh: '修改设置', en: 'settings' },
  'log.action.import': { zh: '导入', en: 'import' },
  'log.action.apply': { zh: '写入', en: 'write' },
  // ---- _log
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
} as const satisfies Record<string, Entry>;
