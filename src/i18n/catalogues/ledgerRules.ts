/**
 * The ledger's rules as people read them: the public version's screen, the
 * clue handover register (移交签收台账), the original-value column after a
 * status change.
 */
import type { Entry } from '../translate';

export const LEDGER_RULES_MESSAGES = {
  // ---- the public version's screen (engine/privacy, ledger/publicVersion.ts)
  'public.rule.mobile': { zh: '手机号码', en: 'mobile numbers' },
  'public.rule.landline': { zh: '固定电话', en: 'landline numbers' },
  'public.rule.idNumber': { zh: '身份证号', en: 'ID numbers' },
  'public.rule.email': { zh: '电子邮箱', en: 'e-mail addresses' },
  'public.rule.bankCard': { zh: '银行卡号', en: 'bank card numbers' },
  'public.rule.name': { zh: '人名', en: 'names' },
  'public.rule.word': { zh: '公开版屏蔽词', en: 'words to withhold' },
  'public.withheld.rule': { zh: '{rule} {n} 处', en: '{rule} {n}' },
  'public.withheld': {
    zh: '公开版已屏蔽 {total} 处（替换为 ***）：{rules}。',
    en: 'The public version withholds {total} (replaced by ***): {rules}.',
  },
  // ---- 移交签收台账: the register of every transferred clue and its signing
  'clueLedger.intro.register': {
    zh: '截至{date}，已移交问题线索{total}条，已签收{signed}条，未签收{awaiting}条（其中超期未签收{signLate}条）；办理中{handling}条，按时办结{onTime}条，办理超时{overdue}条。本表是移交签收登记：逐条列出全部{n}条线索的移交和签收情况。',
    en: 'As of {date}, {total} clues have been transferred: {signed} signed for, {awaiting} not signed for ({signLate} of them past the signing period); {handling} being handled, {onTime} finished on time, {overdue} overdue. This sheet registers every one of the {n} clues with its handover and signing.',
  },
  'clueLedger.count.total': { zh: '移交线索', en: 'Transferred' },
  'clueLedger.count.signed': { zh: '已签收', en: 'Signed for' },
  'clueLedger.count.unsigned': { zh: '未签收', en: 'Not signed for' },
  'clueLedger.col.signDays': { zh: '签收用时（天）', en: 'Days to sign' },
  'clueLedger.col.signState': { zh: '签收情况', en: 'Signing' },
  'clueLedger.col.handlingState': { zh: '办理情况', en: 'Handling' },
  'clueLedger.sign.onTime': { zh: '按时签收', en: 'Signed in time' },
  'clueLedger.sign.late': { zh: '超期签收（超{days}天）', en: 'Signed {days} d late' },
  'clueLedger.sign.undated': { zh: '已签收（未填签收日期）', en: 'Signed for (no date)' },
  'clueLedger.sign.waiting': { zh: '未签收，已等待{days}天', en: 'Not signed for, waiting {days} d' },
  'clueLedger.sign.waitingLate': {
    zh: '超期未签收，已等待{days}天',
    en: 'Not signed for in time, waiting {days} d',
  },
  'clueLedger.state.handling': { zh: '办理中', en: 'Being handled' },
  'clueLedger.state.onTime': { zh: '按时办结', en: 'Finished on time' },
  'clueLedger.state.overdue': { zh: '办理超时', en: 'Overdue' },
  // ---- the original-value column after our command changes the status
  'closeout.originalCleared': {
    zh: '“{column}”（导入时保留的原值“{value}”）与新的整改状态不再相符，已清空；原值记入 _log。',
    en: '"{column}" (the value "{value}" kept at import) no longer matches the new status and was cleared; the old value is in _log.',
  },
} as const satisfies Record<string, Entry>;
