/** The task pane's words for the 四账 cycle: the overview's clue figures and the 转账 panel. */
import type { Entry } from '../translate';

export const CYCLE_PANE_MESSAGES = {
  'addin.summary.clues': { zh: '移交线索', en: 'Transferred clues' },
  'addin.summary.clueAwaiting': { zh: '待签收', en: 'Not signed for' },
  'addin.summary.clueHandling': { zh: '办理中', en: 'Being handled' },
  'addin.summary.clueOverdue': { zh: '超时', en: 'Overdue' },
  'addin.summary.clueOnTime': { zh: '按时办结', en: 'On time' },
  'addin.summary.cluesLine': {
    zh: '共 {total} 条；办理中含待签收，超时含超期办结。',
    en: '{total} in all; being handled includes not signed for, overdue includes finished late.',
  },
  'addin.summary.reports': {
    zh: '整改报告：{due} 个单位期满，被打回重写 {sentBack} 个，逾期未报 {overdue} 个。',
    en: 'Reports: {due} units past their period, {sentBack} sent back, {overdue} overdue.',
  },
  'cycle.panel.title': { zh: '线索与整改报告', en: 'Clues & reports' },
  'cycle.panel.clue': { zh: '移交线索', en: 'Transferred clue' },
  'cycle.panel.clueId': { zh: '线索编号', en: 'Clue ID' },
  'cycle.panel.signer': { zh: '签收人', en: 'Signed by' },
  'cycle.panel.result': { zh: '办理结果', en: 'Result' },
  'cycle.panel.clueDate': { zh: '签收或办结日期（留空为今天）', en: 'Signing or finish date (empty: today)' },
  'cycle.panel.reportDate': { zh: '报送或审核日期（留空为今天）', en: 'Submission or review date (empty: today)' },
  'cycle.panel.sign': { zh: '签收', en: 'Sign for' },
  'cycle.panel.finish': { zh: '办结', en: 'Finish' },
  'cycle.panel.selectedFrom': {
    zh: '已按所选单元格（{sheet} 第 {row} 行）选定线索 {id}。',
    en: 'Picked clue {id} from the selected cell ({sheet}, row {row}).',
  },
  'cycle.panel.noClueAtSelection': {
    zh: '所选单元格（{sheet} 第 {row} 行）不是某条移交线索的行。请在移交清单或三本线索台账中选中一行。',
    en: 'The selected cell ({sheet}, row {row}) is no clue’s row. Select a row of the clue list or of a clue ledger.',
  },
  'cycle.panel.report': { zh: '整改报告', en: 'Unit’s report' },
  'cycle.panel.unit': { zh: '被巡察单位', en: 'Inspected unit' },
  'cycle.panel.reviewer': { zh: '审核人', en: 'Reviewer' },
  'cycle.panel.reason': { zh: '打回原因', en: 'Why sent back' },
  'cycle.panel.limit': { zh: '重报时限', en: 'Time to rewrite' },
  'cycle.panel.submit': { zh: '报送', en: 'Submitted' },
  'cycle.panel.pass': { zh: '通过', en: 'Pass' },
  'cycle.panel.reject': { zh: '打回重写', en: 'Send back' },
  'cycle.panel.notice': { zh: '办理超时通报', en: 'Notice on overdue clues' },
  'cycle.panel.noticePreview': { zh: '通报预览', en: 'Notice preview' },
  'cycle.panel.noSheets': {
    zh: '本工作簿还没有移交清单和整改报告表。请先点“建立台账结构”。',
    en: 'This workbook has no clue list or report list yet. Run Structure first.',
  },
  'cycle.panel.logged': { zh: '已留痕 {n} 条。', en: '{n} change(s) logged.' },
} as const satisfies Record<string, Entry>;
