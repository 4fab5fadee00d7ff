/**
 * The 四账 cycle: transferred clues (移交清单 and its three ledgers), the
 * units' rectification reports (整改报告), their alerts, check findings and
 * actions.
 */
import type { Entry } from '../translate';

export const CYCLE_MESSAGES = {
  // ---- alerts (预警) of 移交清单
  'alert.clue.awaiting': { zh: '待签收', en: 'Awaiting signature' },
  'alert.clue.signLate': { zh: '超期未签收{days}天', en: 'Not signed for, {days} d late' },
  'alert.clue.handling': { zh: '办理中', en: 'Being handled' },
  'alert.clue.dueSoon': { zh: '办理临期{days}天', en: 'Due in {days} d' },
  'alert.clue.dueToday': { zh: '今日办理到期', en: 'Due today' },
  'alert.clue.overdue': { zh: '办理超时{days}天', en: 'Overdue {days} d' },
  'alert.clue.overdueUnsigned': { zh: '办理超时{days}天，仍未签收', en: 'Overdue {days} d, not even signed for' },
  'alert.clue.onTime': { zh: '按时办结', en: 'Finished on time' },
  'alert.clue.late': { zh: '超时办结（超时{days}天）', en: 'Finished late ({days} d)' },
  'alert.clue.finished': { zh: '已办结', en: 'Finished' },
  // ---- alerts (预警) of 整改报告
  'alert.report.notDue': { zh: '未到期（剩{days}天）', en: 'Not due ({days} d left)' },
  'alert.report.dueSoon': { zh: '临期{days}天', en: 'Due in {days} d' },
  'alert.report.overdue': { zh: '逾期未报{days}天', en: 'Not submitted, {days} d overdue' },
  'alert.report.inReview': { zh: '已报送，待审核{days}天', en: 'Submitted, in review {days} d' },
  'alert.report.inReviewAgain': { zh: '已重新报送，待审核{days}天', en: 'Resubmitted, in review {days} d' },
  'alert.report.passed': { zh: '已通过', en: 'Passed' },
  'alert.report.sentBack': { zh: '打回重写，{alert}', en: 'Sent back: {alert}' },
  // ---- check
  'check.cycle.dateFuture': {
    zh: '日期 {date} 晚于今天（{today}）。移交、签收、办结、报送和审核日期不能在将来，请改为实际日期。',
    en: 'The date {date} is after today ({today}). Transfer, signing, finishing, submission and review dates cannot be in the future: enter the real date.',
  },
  'check.computed.signBy': {
    zh: '签收期限 {value} 与按移交日期加 {days} 个工作日计算的 {computed} 不一致（可能被手工修改）。签收期限总是自动计算的，运行 rectify refresh 重新计算；如需调整签收时限，请修改 _settings 中的“签收时限（工作日）”。',
    en: 'The sign-by date {value} differs from {computed}, the transfer date plus {days} working days (edited by hand?). It is always computed: run rectify refresh; to change the period, edit "Days to sign for" in _settings.',
  },
  'check.computed.reportDue': {
    zh: '整改期满日 {value} 与按反馈日期和整改期“{period}”计算的 {computed} 不一致（可能被手工修改）。运行 rectify refresh 重新计算；整改期可在 _settings 中修改。',
    en: 'The period end {value} differs from {computed}, the feedback date plus the rectification period "{period}" (edited by hand?). Run rectify refresh to recompute; the period is set in _settings.',
  },
  'check.clue.deadlineMissing': {
    zh: '既没有办理时限也没有办理期限，这条线索永远不会显示“办理超时”，容易挂账。请填写办理时限（如 30个工作日、3个月），或手工填写办理期限。',
    en: 'There is neither a time limit nor a deadline, so this clue can never show as overdue and may hang. Enter a time limit (e.g. 30 working days, 3 months) or type a deadline.',
  },
  'check.clue.deadlineBeforeTransfer': {
    zh: '办理期限 {deadline} 早于移交日期 {transferred}。请核对办理时限或办理期限。',
    en: 'The deadline {deadline} is before the transfer date {transferred}. Check the time limit or the deadline.',
  },
  'check.clue.finishedNoDate': {
    zh: '状态为“已办结”，但没有办结日期。请填写办结日期：它决定这条线索是按时办结还是办理超时。',
    en: 'The status is Finished but there is no finish date. Enter it: it decides whether the clue was finished on time or late.',
  },
  'check.clue.signedBeforeTransfer': {
    zh: '签收日期 {signed} 早于移交日期 {transferred}。请改为实际日期。',
    en: 'The signing date {signed} is before the transfer date {transferred}. Enter the real dates.',
  },
  'check.clue.finishedBeforeSigned': {
    zh: '办结日期 {finished} 早于签收日期 {signed}。请改为实际日期。',
    en: 'The finish date {finished} is before the signing date {signed}. Enter the real dates.',
  },
  'check.clue.finishedBeforeTransfer': {
    zh: '办结日期 {finished} 早于移交日期 {transferred}。请改为实际日期。',
    en: 'The finish date {finished} is before the transfer date {transferred}. Enter the real dates.',
  },
  'check.clue.awaitingSigned': {
    zh: '状态仍是“{status}”，但已填签收日期 {date}，统计按已签收计。请把状态改为“{next}”，或清除签收日期。',
    en: 'The status is still "{status}" but a signing date {date} is filled in (counted as signed). Set the status to "{next}", or clear the date.',
  },
  'check.clue.openFinished': {
    zh: '状态为“{status}”，但已填办结日期 {date}：未计为已办结。请把状态改为“{next}”，或清除办结日期。',
    en: 'The status is "{status}" but a finish date {date} is filled in: not counted as finished. Set the status to "{next}", or clear the date.',
  },
  'check.clue.noSignDate': {
    zh: '状态为“{status}”，但没有签收日期，无法判断是否按时签收。请填写签收日期。',
    en: 'The status is "{status}" but there is no signing date, so whether it was signed for in time cannot be judged. Enter it.',
  },
  'check.report.resultNotSubmitted': {
    zh: '已填审核结果“{result}”，但没有报送日期。请填写报送日期，或清除审核结果。',
    en: 'A review result "{result}" is filled in but there is no submission date. Enter the date the report came in, or clear the result.',
  },
  'check.report.rejectIncomplete': {
    zh: '审核结果为“打回重写”，但缺少{missing}。请补齐：重报期限由审核日期和重报时限算出，打回原因写明要重写什么。',
    en: 'The report was sent back but {missing} is missing. Fill it in: the new deadline counts from the review date and the time to rewrite; the reason says what to rewrite.',
  },
  'check.report.submittedBeforeFeedback': {
    zh: '报送日期 {date} 早于反馈日期 {feedback}。请改为实际日期。',
    en: 'The submission date {date} is before the feedback date {feedback}. Enter the real date.',
  },
  'check.report.reviewedBeforeSubmitted': {
    zh: '审核日期 {reviewed} 早于报送日期 {submitted}，报告不能在报送前审核通过。请改为实际日期。',
    en: 'The review date {reviewed} is before the submission date {submitted}: a report cannot pass before it came in. Enter the real dates.',
  },
  'check.report.noFeedback': {
    zh: '问题清单中没有“{unit}”的反馈日期，本行也没有填写反馈日期，无法计算整改期满日。请填写反馈日期，或核对单位名称是否与问题清单一致。',
    en: 'The problem list has no feedback date for "{unit}" and this row has none, so the period end cannot be computed. Enter the feedback date, or check that the unit is named as in the problem list.',
  },
  'check.report.duplicateUnit': {
    zh: '“{unit}”在第 {firstRow} 行已有一份整改报告（同一轮次）。每个单位每轮只有一份整改报告，请合并这两行。',
    en: '"{unit}" already has a report on row {firstRow} (same round). A unit reports once per round: merge the two rows.',
  },
  // ---- the three clue ledgers
  'clueLedger.banner': {
    zh: '【自动生成】{sheet}：本表由整改台账根据移交清单生成，请勿手工修改（修改会在下次刷新时被覆盖）；请修改移交清单后运行“刷新”或 rectify report。',
    en: '[Generated] {sheet}: built from the transferred-clue list. Do not edit it by hand (a refresh rebuilds it); edit the clue list, then run Refresh or rectify report.',
  },
  'clueLedger.intro.onTime': {
    zh: '截至{date}，已移交问题线索{total}条：办理中{handling}条，按时办结{onTime}条，办理超时{overdue}条。本表列出在办理期限内办结的{n}条。',
    en: 'As of {date}, {total} clues have been transferred: {handling} being handled, {onTime} finished on time, {overdue} overdue. This sheet lists the {n} finished within their deadline.',
  },
  'clueLedger.intro.overdue': {
    zh: '截至{date}，已移交问题线索{total}条：办理中{handling}条，按时办结{onTime}条，办理超时{overdue}条。本表列出超过办理期限的{n}条（未办结{overdueOpen}条，超时办结{finishedLate}条）。',
    en: 'As of {date}, {total} clues have been transferred: {handling} being handled, {onTime} finished on time, {overdue} overdue. This sheet lists the {n} past their deadline ({overdueOpen} still open, {finishedLate} finished late).',
  },
  'clueLedger.byBody': { zh: '按移交对象统计', en: 'By receiving body' },
  'clueLedger.list': { zh: '线索明细', en: 'The clues' },
  'clueLedger.none': { zh: '（无）', en: '(none)' },
  'clueLedger.count.signLate': { zh: '其中超期未签收', en: 'of which signing late' },
  'clueLedger.count.onTime': { zh: '按时办结', en: 'Finished on time' },
  'clueLedger.count.overdue': { zh: '办理超时', en: 'Overdue' },
  'clueLedger.count.overdueOpen': { zh: '其中未办结', en: 'of which still open' },
  'clueLedger.count.finishedLate': { zh: '其中超时办结', en: 'of which finished late' },
  'clueLedger.col.id': { zh: '线索编号', en: 'Clue ID' },
  'clueLedger.col.receiver': { zh: '移交对象', en: 'Transferred to' },
  'clueLedger.col.problemId': { zh: '问题编号', en: 'Problem ID' },
  'clueLedger.col.summary': { zh: '线索摘要', en: 'Summary' },
  'clueLedger.col.tracker': { zh: '跟踪人', en: 'Followed by' },
  'clueLedger.col.transferredOn': { zh: '移交日期', en: 'Transferred on' },
  'clueLedger.col.signBy': { zh: '签收期限', en: 'Sign by' },
  'clueLedger.col.signedOn': { zh: '签收日期', en: 'Signed on' },
  'clueLedger.col.signer': { zh: '签收人', en: 'Signed by' },
  'clueLedger.col.deadline': { zh: '办理期限', en: 'Deadline' },
  'clueLedger.col.finishedOn': { zh: '办结日期', en: 'Finished on' },
  'clueLedger.col.result': { zh: '办理结果', en: 'Result' },
  'clueLedger.col.daysLate': { zh: '超时天数', en: 'Days late' },
  'clueLedger.col.how': { zh: '情况', en: 'State' },
  'clueLedger.col.alert': { zh: '预警', en: 'Alert' },
  'clueLedger.awaiting': { zh: '待签收', en: 'Awaiting' },
  'clueLedger.open': { zh: '未办结', en: 'Still open' },
  'clueLedger.finishedLate': { zh: '超时办结', en: 'Finished late' },
  // ---- 督办清单 and the letters: a unit's report not in when due
  'sup.type.report': { zh: '整改报告', en: 'Report' },
  'sup.report.id': { zh: '整改报告', en: 'Report' },
  'sup.report.text': {
    zh: '整改期满，须报送整改报告（报告整改落实情况）',
    en: 'The rectification period has ended: the rectification report is due',
  },
  'sup.report.again': {
    zh: '整改报告被打回重写（第{n}次），须按期重新报送',
    en: 'The report was sent back ({n} time(s)) and is due again',
  },
  // ---- 统计
  'stats.clues.title': { zh: '移交问题线索（按移交对象）', en: 'Transferred clues (by receiving body)' },
  'stats.clues.body': { zh: '移交对象', en: 'Transferred to' },
  'stats.clues.total': { zh: '移交线索', en: 'Clues' },
  'stats.clues.awaiting': { zh: '待签收', en: 'Not signed for' },
  'stats.clues.signLate': { zh: '超期未签收', en: 'Signing late' },
  'stats.clues.handling': { zh: '办理中', en: 'Being handled' },
  'stats.clues.onTime': { zh: '按时办结', en: 'Finished on time' },
  'stats.clues.overdue': { zh: '办理超时', en: 'Overdue' },
  'stats.clues.overdueOpen': { zh: '其中未办结', en: 'of which open' },
  'stats.clues.onTimeRate': { zh: '按时办结率', en: 'On-time rate' },
  'stats.reports.title': { zh: '整改报告', en: 'Units’ rectification reports' },
  'stats.reports.units': { zh: '单位数', en: 'Units' },
  'stats.reports.due': { zh: '整改期满', en: 'Period ended' },
  'stats.reports.submitted': { zh: '已报送', en: 'Submitted' },
  'stats.reports.passed': { zh: '已通过', en: 'Passed' },
  'stats.reports.inReview': { zh: '待审核', en: 'In review' },
  'stats.reports.sentBackDue': { zh: '被打回重写', en: 'Sent back' },
  'stats.reports.overdue': { zh: '逾期未报', en: 'Overdue' },
  'stats.reports.rejectRate': { zh: '打回率', en: 'Sent-back rate' },
  'stats.reports.sentence': {
    zh: '{due}个整改期满单位的整改报告，有{sentBack}个单位被“打回重写”（{sentBack}/{due}）。',
    en: 'Of the {due} units whose rectification period has ended, {sentBack} had their report sent back for rewriting ({sentBack} of {due}).',
  },
  'stats.def.clues': {
    zh: '移交线索：截至统计日期已移交的线索，每条恰属“办理中、按时办结、办理超时”之一（办理超时 = 超过办理期限未办结 + 超期办结）；按时办结率 = 按时办结 ÷ 已办结。',
    en: 'Clues: those transferred by the date, each in exactly one of being handled, finished on time, overdue (overdue = past the deadline and open, or finished late); on-time rate = on time ÷ finished.',
  },
  'stats.def.reports': {
    zh: '整改报告：整改期满 = 整改期满日不晚于统计日期；被打回重写 = 整改期满单位中至少被打回一次的；打回率 = 被打回重写 ÷ 整改期满。',
    en: 'Reports: period ended = its end is on or before the date; sent back = of those, sent back at least once; sent-back rate = sent back ÷ period ended.',
  },
  // ---- actions on a clue (rectify clue sign | finish, the pane)
  'clue.idRequired': { zh: '请指定线索编号（--id）。', en: 'Give the clue ID (--id).' },
  'clue.notFound': {
    zh: '“{sheet}”中没有线索编号为“{id}”的线索。请核对编号（区分大小写和全半角）。',
    en: 'There is no clue with ID "{id}" in "{sheet}". Check the ID (case and full-width characters matter).',
  },
  'clue.duplicate': {
    zh: '线索编号“{id}”在“{sheet}”中出现多次（第 {rows} 行），无法确定要操作哪一条。请先修正重复编号。',
    en: 'The clue ID "{id}" appears more than once in "{sheet}" (rows {rows}); fix the duplicate IDs first.',
  },
  'clue.dateFuture': {
    zh: '日期 {date} 晚于今天（{today}），不能填写将来的日期（线索 {id}）。',
    en: 'The date {date} is after today ({today}); it cannot be in the future (clue {id}).',
  },
  'clue.dateBefore': {
    zh: '日期 {date} 早于 {before}（线索 {id} 的移交或签收日期）。请填写实际日期。',
    en: 'The date {date} is before {before} (when clue {id} was transferred or signed for). Enter the real date.',
  },
  'clue.alreadyFinished': {
    zh: '线索 {id}（第 {row} 行）已于 {finishedOn} 办结，无需再操作。',
    en: 'Clue {id} (row {row}) was already finished on {finishedOn}.',
  },
  'clue.alreadySigned': {
    zh: '线索 {id}（第 {row} 行）已签收（{signedOn}）。办理完毕后请用“办结”。',
    en: 'Clue {id} (row {row}) was already signed for ({signedOn}). Use Finish once it is done.',
  },
  'clue.signerRequired': {
    zh: '请填写签收人（线索 {id}）。',
    en: 'Give who signed for clue {id}.',
  },
  'clue.notSigned': {
    zh: '线索 {id}（第 {row} 行）尚未签收，不能办结。请先登记签收。',
    en: 'Clue {id} (row {row}) has not been signed for, so it cannot be finished. Record the signing first.',
  },
  'clue.did.sign': {
    zh: '线索 {id} 已于 {date} 由 {signer} 签收，转为办理中（{alert}）。',
    en: 'Clue {id} was signed for on {date} by {signer}; it is now being handled ({alert}).',
  },
  'clue.did.finish': {
    zh: '线索 {id} 已于 {date} 办结（{alert}）。',
    en: 'Clue {id} was finished on {date} ({alert}).',
  },
  // ---- actions on a unit's report (rectify unit-report submit | pass | reject, the pane)
  'report.unitRequired': { zh: '请指定被巡察单位（--unit）。', en: 'Give the inspected unit (--unit).' },
  'report.notFound': {
    zh: '“{sheet}”中没有“{unit}”的整改报告。请核对单位名称，或先在整改报告表中登记该单位。',
    en: 'There is no report of "{unit}" in "{sheet}". Check the name, or add the unit to the sheet first.',
  },
  'report.ambiguous': {
    zh: '“{unit}”在“{sheet}”中有多行（第 {rows} 行）。请用 --round 指定巡察轮次。',
    en: '"{unit}" has several rows in "{sheet}" (rows {rows}). Say which round with --round.',
  },
  'report.dateFuture': {
    zh: '日期 {date} 晚于今天（{today}），不能填写将来的日期（{unit}）。',
    en: 'The date {date} is after today ({today}); it cannot be in the future ({unit}).',
  },
  'report.dateBefore': {
    zh: '日期 {date} 早于 {before}（{unit} 的反馈日期或报送日期）。请填写实际日期。',
    en: 'The date {date} is before {before} ({unit}’s feedback or submission date). Enter the real date.',
  },
  'report.alreadyPassed': {
    zh: '{unit} 的整改报告已于 {reviewedOn} 审核通过，无需再操作。',
    en: 'The report of {unit} already passed on {reviewedOn}.',
  },
  'report.alreadySubmitted': {
    zh: '{unit} 的整改报告已于 {submittedOn} 报送，正在审核。请审核“通过”或“打回重写”。',
    en: 'The report of {unit} came in on {submittedOn} and is in review: pass it or send it back.',
  },
  'report.notInReview': {
    zh: '{unit} 的整改报告尚未报送（或打回后尚未重新报送），不能审核。请先登记报送。',
    en: 'The report of {unit} has not come in (or not again since it was sent back): record the submission first.',
  },
  'report.reasonRequired': {
    zh: '打回重写须写明原因（{unit}）。',
    en: 'Sending a report back needs a reason ({unit}).',
  },
  'report.limitRequired': {
    zh: '打回重写须给出重报时限，如 10个工作日（{unit}）。',
    en: 'Sending a report back needs a time to rewrite, e.g. 10 working days ({unit}).',
  },
  'report.limitOngoing': {
    zh: '重报时限“{limit}”没有期限。请给出具体时限，如 10个工作日（{unit}）。',
    en: 'The time to rewrite "{limit}" has no end. Give a real limit, e.g. 10 working days ({unit}).',
  },
  'report.did.submit': {
    zh: '已登记 {unit} 于 {date} 报送整改报告，待审核。',
    en: 'Recorded: {unit} submitted its report on {date}; it is in review.',
  },
  'report.did.pass': {
    zh: '{unit} 的整改报告已于 {date} 审核通过。',
    en: 'The report of {unit} passed on {date}.',
  },
  'report.did.reject': {
    zh: '{unit} 的整改报告已于 {date} 打回重写（第 {n} 次）：{reason}。须于 {due} 前重新报送。',
    en: 'The report of {unit} was sent back on {date} ({n} time(s)): {reason}. It is due again by {due}.',
  },
  // ---- _log actions
  'log.action.clueSign': { zh: '签收线索', en: 'clue signed for' },
  'log.action.clueFinish': { zh: '办结线索', en: 'clue finished' },
  'log.action.reportSubmit': { zh: '报送整改报告', en: 'report submitted' },
  'log.action.reportPass': { zh: '整改报告通过', en: 'report passed' },
  'log.action.reportReject': { zh: '打回重写', en: 'report sent back' },
  'log.action.clueImport': { zh: '导入移交台账', en: 'clue import' },
  // ---- 通报 on clues handled late
  'notice.title': {
    zh: '关于巡察移交问题线索办理超时情况的通报',
    en: 'Notice on Transferred Problem Clues Handled Late',
  },
  'notice.addressee': { zh: '各有关单位（部门）：', en: 'To the bodies concerned:' },
  'notice.intro': {
    zh: '根据巡察移交问题线索“移交签收、按时办结、办理超时”三本台账，截至{date}，共向{bodies}个单位（部门）移交问题线索{total}条，已按时办结{onTime}条，正在办理{handling}条，办理超时{overdue}条（其中超过办理期限仍未办结{overdueOpen}条，超期办结{finishedLate}条）；{signLate}条超过签收时限仍未签收。现将有关情况通报如下。',
    en: 'According to the three ledgers of transferred problem clues (signed for, finished on time, overdue), as of {date} {total} clues had been transferred to {bodies} bodies: {onTime} finished on time, {handling} being handled and {overdue} overdue ({overdueOpen} still open past their deadline, {finishedLate} finished late); {signLate} were not signed for in time. The details follow.',
  },
  'notice.noneOverdue': {
    zh: '截至{date}，移交的问题线索均在办理期限内，没有办理超时的情况。',
    en: 'As of {date}, every transferred clue is within its deadline: none is overdue.',
  },
  'notice.h.bodies': { zh: '一、办理超时的单位', en: '1. Bodies with overdue clues' },
  'notice.bodies': {
    zh: '{lateBodies}个单位（部门）存在办理超时的问题线索：{names}。',
    en: '{lateBodies} bodies have overdue clues: {names}.',
  },
  'notice.h.clues': { zh: '二、办理超时的线索', en: '2. The overdue clues' },
  'notice.confidential': {
    zh: '线索的具体内容按保密要求不在本通报中列出。',
    en: 'What the clues are about is confidential and is not given in this notice.',
  },
  'notice.h.demands': { zh: '三、有关要求', en: '3. What is required' },
  'notice.demands': {
    zh: '请上述单位高度重视，对办理超时的线索逐件倒排时限、加快办理，于{reportBy}前将办理进展书面报巡察办；尚未签收的线索须立即签收。对无正当理由拖延办理的，将按规定对其主要负责人进行约谈。',
    en: 'The bodies named are to speed up every overdue clue and report in writing on progress by {reportBy}; clues not yet signed for are to be signed for at once. Where the delay has no good reason, their heads will be called to a talk as the rules provide.',
  },
  'notice.col.body': { zh: '移交对象', en: 'Body' },
  'notice.col.total': { zh: '移交线索', en: 'Clues' },
  'notice.col.overdue': { zh: '办理超时', en: 'Overdue' },
  'notice.col.overdueOpen': { zh: '其中未办结', en: 'Still open' },
  'notice.col.finishedLate': { zh: '其中超时办结', en: 'Finished late' },
  'notice.col.maxLate': { zh: '最长超时（天）', en: 'Longest (days)' },
  'notice.col.id': { zh: '线索编号', en: 'Clue' },
  'notice.col.transferred': { zh: '移交日期', en: 'Transferred' },
  'notice.col.deadline': { zh: '办理期限', en: 'Deadline' },
  'notice.col.finished': { zh: '办结日期', en: 'Finished' },
  'notice.col.daysLate': { zh: '超时天数', en: 'Days late' },
  'notice.open': { zh: '未办结', en: 'open' },
  'notice.fileStem': { zh: '移交线索办理超时通报', en: 'Notice-overdue-clues' },
  // ---- 整改进展情况报告
  'progress.h.clues': { zh: '移交问题线索办理情况', en: 'Transferred clues' },
  'progress.clues': {
    zh: '共移交问题线索{total}条：按时办结{onTime}条，正在办理{handling}条（其中尚未签收{awaiting}条），办理超时{overdue}条（其中仍未办结{overdueOpen}条）；按时办结率{onTimeRate}。',
    en: '{total} problem clues have been transferred: {onTime} finished on time, {handling} being handled ({awaiting} not yet signed for), {overdue} overdue ({overdueOpen} still open); on-time rate {onTimeRate}.',
  },
  'progress.clues.overdueList': {
    zh: '超过办理期限仍未办结的线索：',
    en: 'Clues past their deadline and still open:',
  },
  'progress.col.tracker': { zh: '跟踪人', en: 'Followed by' },
  'progress.h.reports': { zh: '整改报告报送情况', en: 'Units’ rectification reports' },
  'progress.reports': {
    zh: '{units}个被巡察单位中，{due}个已整改期满：已报送整改报告{submitted}个，审核通过{passed}个，待审核{inReview}个；{due}个整改期满单位的整改报告，有{sentBackDue}个单位被“打回重写”；逾期未报{overdue}个。',
    en: 'Of {units} inspected units, {due} have reached the end of their rectification period: {submitted} reports came in, {passed} passed, {inReview} are in review; of the {due} units past their period, {sentBackDue} had their report sent back for rewriting; {overdue} are overdue.',
  },
  'progress.col.inspectedUnit': { zh: '被巡察单位', en: 'Inspected unit' },
  'progress.col.periodEnds': { zh: '整改期满日', en: 'Period ends' },
  'progress.col.reportState': { zh: '报送情况', en: 'State' },
  'progress.col.reason': { zh: '打回原因', en: 'Why sent back' },
  'progress.col.rejections': { zh: '打回次数', en: 'Times sent back' },
} as const satisfies Record<string, Entry>;
