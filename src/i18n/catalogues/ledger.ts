/** The generated sheets (整改台账, 统计, 督办清单), reminder letters and the close-out workflow. */
import type { Entry } from '../translate';

export const LEDGER_MESSAGES = {
  // ---- ledger
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
  // ---- stats
  'stats.found': { zh: '发现问题', en: 'Problems found' },
  'stats.rectified': { zh: '已整改', en: 'Rectified' },
  'stats.closed': { zh: '已销号', en: 'Closed out' },
  'stats.pendingReview': { zh: '待审核', en: 'In review' },
  'stats.overdue': { zh: '已逾期', en: 'Overdue' },
  'stats.dueSoon': { zh: '临期', en: 'Due soon' },
  'stats.completionRate': { zh: '整改完成率', en: 'Completion rate' },
  'stats.onTimeRate': { zh: '按期完成率', en: 'On-time rate' },
  'stats.byUnit': { zh: '按责任单位', en: 'By responsible unit' },
  'stats.byCategory': { zh: '按问题类别', en: 'By category' },
  'stats.bySeverity': { zh: '按问题等级', en: 'By severity' },
  'stats.col.group': { zh: '分组', en: 'Group' },
  'stats.col.total': { zh: '问题数', en: 'Problems' },
  'stats.col.rectified': { zh: '已整改', en: 'Rectified' },
  'stats.col.closed': { zh: '已销号', en: 'Closed' },
  'stats.col.pendingReview': { zh: '待审核', en: 'In review' },
  'stats.col.open': { zh: '未完成', en: 'Open' },
  'stats.col.overdue': { zh: '已逾期', en: 'Overdue' },
  'stats.col.dueSoon': { zh: '临期', en: 'Due soon' },
  'stats.col.completionRate': { zh: '整改完成率', en: 'Completion rate' },
  'stats.col.closeRate': { zh: '销号率', en: 'Closed-out rate' },
  'stats.col.onTimeRate': { zh: '按期完成率', en: 'On-time rate' },
  'stats.chartTitle': {
    zh: '各责任单位整改情况（截至 {date}）',
    en: 'Rectification by responsible unit (as of {date})',
  },
  'stats.definitions': { zh: '口径说明：', en: 'Definitions:' },
  'stats.def.rectified': {
    zh: '已整改 = 已销号 + 待审核（责任单位已完成并提交审核）；未完成 = 问题数 − 已整改（未启动、整改中、退回重改）。',
    en: 'Rectified = closed out + in review (finished and handed in by the unit); open = problems − rectified (not started, in progress, sent back).',
  },
  'stats.def.open': {
    zh: '已逾期、临期只计未完成的问题：待审核的问题不再督办，审核是巡察办自己的待办。',
    en: 'Overdue and due soon count open problems only: a problem in review is no longer chased; the review is the office’s own backlog.',
  },
  'stats.def.rates': {
    zh: '整改完成率 = 已整改 ÷ 问题数；销号率 = 已销号 ÷ 问题数；按期完成率 = 完成日期（无则销号日期）不晚于整改期限的已整改问题 ÷ 已整改（长期坚持类计为按期）。',
    en: 'Completion rate = rectified ÷ problems; closed-out rate = closed ÷ problems; on-time rate = rectified problems finished (completion date, else closing date) by the deadline ÷ rectified (ongoing items count as on time).',
  },
  'stats.def.units': {
    zh: '一个问题有多个责任单位时，在每个责任单位下各计一次，故按单位合计可能大于问题总数。',
    en: 'A problem with several responsible units counts once under each, so the unit rows may add up to more than the total.',
  },
  // ---- sup
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
  // ---- letter
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
  'letter.col.round': { zh: '本次督办', en: 'This reminder' },
  'letter.itemRound': { zh: '第{n}次督办', en: 'reminder no. {n}' },
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
  // ---- taskStatus
  'taskStatus.notStarted': { zh: '未开始', en: 'not started' },
  'taskStatus.inProgress': { zh: '进行中', en: 'in progress' },
  'taskStatus.done': { zh: '已完成', en: 'done' },
  // ---- closeout
  'closeout.mergedCell': {
    zh: '{sheet} {cell} 在合并单元格中，不能单独写入。请先取消合并。',
    en: '{sheet} {cell} is inside a merged area and cannot be written on its own. Unmerge it first.',
  },
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
  // ---- ledger
  'ledger.rebuilt': {
    zh: '已按新的状态重新生成：{sheets}。',
    en: 'Rebuilt with the new status: {sheets}.',
  },
  'ledger.user.default': { zh: 'Excel 用户', en: 'Excel user' },
  // ---- 整改进展情况报告
  'progress.title': { zh: '关于巡察整改工作进展情况的报告', en: 'Report on the Progress of Inspection Rectification' },
  'progress.publicSuffix': { zh: '（公开版）', en: ' (public version)' },
  'progress.intro': {
    zh: '根据巡察整改工作安排，现将截至{date}的巡察整改进展情况报告如下。',
    en: 'As required by the rectification work plan, this reports the progress of rectification as of {date}.',
  },
  'progress.h.totals': { zh: '总体情况', en: 'Overall' },
  'progress.totals': {
    zh: '巡察反馈问题{total}个，已整改{rectified}个（其中已销号{closed}个、待审核{pending}个），整改完成率{completionRate}；尚未完成{open}个，其中已逾期{overdue}个、临期{dueSoon}个。已整改问题中按期完成{onTime}个，按期完成率{onTimeRate}。共制定整改措施{tasks}条，已完成{tasksDone}条。',
    en: '{total} problems were fed back; {rectified} are rectified ({closed} closed out, {pending} in review), a completion rate of {completionRate}; {open} are not yet finished, of which {overdue} are overdue and {dueSoon} due soon. {onTime} of the rectified problems were finished on time, an on-time rate of {onTimeRate}. {tasks} measures were set, {tasksDone} of them done.',
  },
  'progress.backlog': {
    zh: '另有{pending}个问题已完成整改并提交审核，最长已等待{days}天，请及时组织审核、对单销号。',
    en: '{pending} problems are finished and handed in for review; the longest has waited {days} days. Review and close them out promptly.',
  },
  'progress.h.byUnit': { zh: '分责任单位情况', en: 'By responsible unit' },
  'progress.h.byCategory': { zh: '分问题类别情况', en: 'By category' },
  'progress.h.since': { zh: '{since}以来的变化', en: 'Changes since {since}' },
  'progress.since': {
    zh: '自{since}以来，新增问题{added}个，销号{closed}个，新出现逾期{becameOverdue}个，调整整改期限{deadlinesChanged}个。',
    en: 'Since {since}: {added} problems added, {closed} closed out, {becameOverdue} newly overdue, {deadlinesChanged} deadlines changed.',
  },
  'progress.since.logStart': {
    zh: '（台账日志自{start}起记录，此前的新增、销号和期限调整无法从日志统计。）',
    en: '(The ledger’s log starts on {start}; additions, close-outs and deadline changes before that cannot be counted from it.)',
  },
  'progress.since.noLog': {
    zh: '（台账中没有操作日志，新增、销号和期限调整无法统计；新出现逾期按整改期限计算。）',
    en: '(The ledger has no log: additions, close-outs and deadline changes cannot be counted; newly overdue is computed from the deadlines.)',
  },
  'progress.h.overdue': { zh: '逾期问题', en: 'Overdue problems' },
  'progress.noOverdue': { zh: '目前没有逾期问题。', en: 'No problem is overdue.' },
  'progress.h.next': { zh: '下一步工作', en: 'Next steps' },
  'progress.next': {
    zh: '对逾期和临期问题，继续通过提醒督办函、约谈等方式督促责任单位限期整改到位；对已提交审核的问题，及时组织审核、对单销号，做到整改一个、销号一个。',
    en: 'Overdue and due-soon problems will be pursued with reminder letters and talks until they are rectified; problems handed in for review will be reviewed and closed out one by one.',
  },
  'progress.col.unit': { zh: '责任单位', en: 'Responsible unit' },
  'progress.col.category': { zh: '问题类别', en: 'Category' },
  'progress.col.description': { zh: '问题描述', en: 'Problem' },
  'progress.col.leader': { zh: '牵头领导', en: 'Leading official' },
  'progress.col.daysOverdue': { zh: '逾期天数', en: 'Days overdue' },
  // Page headers and footers of printed sheets (Excel codes: &P page, &N pages, &D date).
  'print.pages': { zh: '第 {page} 页，共 {pages} 页', en: 'Page {page} of {pages}' },
  'print.printedOn': { zh: '打印日期：{date}', en: 'Printed {date}' },
  'print.asOf': { zh: '截至 {date}', en: 'As of {date}' },
  'progress.fileStem': { zh: '整改进展情况报告', en: 'Rectification progress report' },
} as const satisfies Record<string, Entry>;
