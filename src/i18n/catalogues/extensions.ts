/** 申请延期 — extension requests and decisions: the engine's messages (docs/EXTENSIONS.md). */
import type { Entry } from '../translate';

export const EXTENSIONS_MESSAGES = {
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
