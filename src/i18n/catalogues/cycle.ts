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
  'clueLedger.intro.handling': {
    zh: '截至{date}，已移交问题线索{total}条：办理中{handling}条，按时办结{onTime}条，办理超时{overdue}条。本表列出办理中的{n}条（含尚未签收的{awaitingHere}条）。',
    en: 'As of {date}, {total} clues have been transferred: {handling} being handled, {onTime} finished on time, {overdue} overdue. This sheet lists the {n} being handled ({awaitingHere} of them not yet signed for).',
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
  'clueLedger.count.handling': { zh: '办理中', en: 'Being handled' },
  'clueLedger.count.awaiting': { zh: '其中待签收', en: 'of which not signed for' },
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
  'clueLedger.col.signing': { zh: '签收情况', en: 'Signing' },
  'clueLedger.col.signedOn': { zh: '签收日期', en: 'Signed on' },
  'clueLedger.col.signer': { zh: '签收人', en: 'Signed by' },
  'clueLedger.col.deadline': { zh: '办理期限', en: 'Deadline' },
  'clueLedger.col.daysLeft': { zh: '剩余天数', en: 'Days left' },
  'clueLedger.col.finishedOn': { zh: '办结日期', en: 'Finished on' },
  'clueLedger.col.result': { zh: '办理结果', en: 'Result' },
  'clueLedger.col.daysLate': { zh: '超时天数', en: 'Days late' },
  'clueLedger.col.how': { zh: '情况', en: 'State' },
  'clueLedger.col.alert': { zh: '预警', en: 'Alert' },
  'clueLedger.signed': { zh: '已签收', en: 'Signed for' },
  'clueLedger.awaiting': { zh: '待签收', en: 'Awaiting' },
  'clueLedger.signLate': { zh: '超期未签收{days}天', en: 'Signing {days} d late' },
  'clueLedger.open': { zh: '未办结', en: 'Still open' },
  'clueLedger.finishedLate': { zh: '超时办结', en: 'Finished late' },
} as const satisfies Record<string, Entry>;
