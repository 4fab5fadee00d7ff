/** 申请延期 — extension requests and decisions: the engine's messages (docs/EXTENSIONS.md). */
import type { Entry } from '../translate';

export const EXTENSIONS_MESSAGES = {
  'alert.extended': { zh: '已延期至{until}（剩{days}天）', en: 'Extended to {until} ({days} d left)' },
  'stats.col.extended': { zh: '已延期', en: 'Extended' },
  'stats.def.extended': {
    zh: '已延期：经批准延期、尚未超过批准期限的未完成问题，单独统计，不计入已逾期和临期；超过批准期限即计为已逾期。',
    en: 'Extended: open problems under an approved extension and not past its date, counted apart from overdue and due soon; past the approved date they count as overdue.',
  },
  'sup.groupExtended': {
    zh: '■ {unit}：逾期 {overdue} 项，临期 {dueSoon} 项，已延期（临近批准期限）{extended} 项',
    en: '■ {unit}: {overdue} overdue, {dueSoon} due soon, {extended} extended (near the approved date)',
  },
  'letter.bodyExtended': {
    zh: '根据巡察整改工作安排，经对照巡察整改台账核查，截至{date}，你单位牵头负责的巡察反馈问题及整改措施中，有{overdue}项已超过整改期限、{dueSoon}项即将到期、{extended}项经批准延期后即将到达批准期限，具体如下：',
    en: 'Under the rectification work plan, a check of the rectification ledger as of {date} shows that, among the inspection findings and measures your unit is responsible for, {overdue} item(s) are past their deadline, {dueSoon} item(s) are due soon and {extended} item(s) under an approved extension are near the approved date:',
  },
  'progress.extended': {
    zh: '另有{extended}个问题经批准延期、尚未超过批准期限，单独统计，未计入逾期。',
    en: 'A further {extended} problem(s) are under an approved extension and not past its date: counted apart, not as overdue.',
  },
  'check.extension.unknownProblem': {
    zh: '问题编号“{id}”不在问题清单中。请核对编号，或删除这行申请。',
    en: 'Problem ID "{id}" is not in the problem list. Check the ID, or delete this request.',
  },
  'check.extension.decisionInvalid': {
    zh: '审批结果“{value}”无法识别：只能是 批准 或 不批准，待审批时留空。',
    en: 'Decision "{value}" is not recognised: it must be Approved or Refused, or empty while undecided.',
  },
  'check.extension.approvedNoDate': {
    zh: '已批准，但批准期限和申请期限都没有可识别的日期，延期不生效。请填写批准期限。',
    en: 'Approved, but neither the approved nor the requested date is a readable date, so the extension has no effect. Fill in the approved date.',
  },
  'check.extension.notLater': {
    zh: '批准期限 {until} 不晚于原整改期限 {original}，等于没有延期。请核对日期。',
    en: 'The approved date {until} is not after the original deadline {original}: no extension at all. Check the dates.',
  },
  'check.extension.tooMany': {
    zh: '问题 {id} 已申请延期 {n} 次，超过“延期次数上限”（{max} 次，见 _settings）。请核实是否确需再次延期。',
    en: 'Problem {id} has {n} extension requests, more than "Max extensions per item" ({max}, in _settings). Check that another extension is really needed.',
  },
  'check.extension.afterClosed': {
    zh: '问题 {id} 已于 {closedOn} 销号，此后又申请延期。请核对申请日期或问题状态。',
    en: 'Problem {id} was closed out on {closedOn}, and the extension was asked for after that. Check the request date or the problem’s status.',
  },
  'check.extension.extendedToEdited': {
    zh: '“延期至”是 {value}，但“延期申请”表中批准的期限是 {expected}。此列由刷新按延期申请表填写，手工填写的内容会被改写：请在“延期申请”表登记并审批延期。',
    en: '"Extended to" holds {value}, but the Extensions sheet grants {expected}. Refresh fills this column from the Extensions sheet and rewrites what is typed here: record and decide the extension there.',
  },
  'check.extension.none': { zh: '（空）', en: '(empty)' },
  'log.action.extensionRequest': { zh: '申请延期', en: 'extension request' },
  'log.action.extensionDecision': { zh: '审批延期', en: 'extension decision' },
  'extensions.unknownProblem': {
    zh: '问题清单中没有问题编号为“{id}”的问题，延期申请未登记。请核对编号（区分大小写和全半角）。',
    en: 'There is no problem with ID "{id}" in the problem list; the extension request was not recorded. Check the ID (case and full-width characters matter).',
  },
  'extensions.untilNotLater': {
    zh: '申请期限 {until} 不晚于问题 {id} 现行的整改期限 {deadline}，无需延期。请核对 --until。',
    en: 'The date asked for, {until}, is not after problem {id}’s current deadline {deadline}: no extension is needed. Check --until.',
  },
  'extensions.untilBeforeAsked': {
    zh: '申请期限 {until} 早于申请日期 {asked}。请核对日期。',
    en: 'The date asked for, {until}, is before the request date {asked}. Check the dates.',
  },
  'extensions.noPending': {
    zh: '问题 {id} 没有待审批的延期申请（“{sheet}”中审批结果为空的行）。请先登记申请。',
    en: 'Problem {id} has no extension request awaiting a decision (a row of "{sheet}" with an empty decision). Record a request first.',
  },
  'extensions.noSheet': {
    zh: '台账中还没有“延期申请”表：请先用 rectify extend … --asked … --until … 登记一项申请。',
    en: 'The ledger has no "Extensions" sheet yet: record a request first with rectify extend … --asked … --until ….',
  },
  'extensions.approvedNotLater': {
    zh: '批准期限 {until} 不晚于原整改期限 {original}。请核对 --until。',
    en: 'The approved date {until} is not after the original deadline {original}. Check --until.',
  },
  'extensions.noDate': {
    zh: '第 {row} 行的申请期限不是可识别的日期，批准时请用 --until 给出批准期限。',
    en: 'Row {row}’s requested date is not a readable date; give the approved date with --until.',
  },
} as const satisfies Record<string, Entry>;
