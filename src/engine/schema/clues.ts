/**
 * 移交清单 — transferred clues (转账, docs/WORKBOOK.md): problem clues handed
 * over to other bodies (纪委监委, 组织部门 …), followed until they are
 * finished so that none hangs (杜绝挂账、呆账).
 */
import { type ListSheetDef, col } from './columns';

export const CLUES: ListSheetDef<'clues'> = {
  id: 'clues',
  name: { zh: '移交清单', en: 'Transferred clues' },
  tableName: 'Clues',
  columns: [
    col('id', '线索编号', 'Clue ID', 'text', {
      required: true,
      width: 12,
      aliases: ['线索号', '线索编码', '线索序号', 'ID'],
      noteZh: '必填。每条移交线索唯一的编号，如 XS-2025-001。',
      noteEn: 'Required. A unique ID per transferred clue, e.g. XS-2025-001.',
    }),
    col('problemId', '问题编号', 'Problem ID', 'text', {
      width: 12,
      aliases: ['关联问题编号', '对应问题编号'],
      noteZh: '选填。线索对应问题清单中的问题时填写，须是已有的编号。',
      noteEn: 'Optional. The problem the clue belongs to; when given, it must be an ID in the problem list.',
    }),
    col('source', '线索来源', 'Source', 'text', {
      width: 16,
      aliases: ['来源', '线索出处', 'Clue source'],
      noteZh: '选填。线索从哪里来，如“第一轮巡察 区财政局”。',
      noteEn: 'Optional. Where the clue came from, e.g. the round and the inspected unit.',
    }),
    col('summary', '线索摘要', 'Summary', 'text', {
      required: true,
      width: 36,
      aliases: ['线索内容', '问题线索', '线索简要情况', '线索概要', '主要问题', '反映问题', 'Clue'],
      noteZh: '必填。线索的简要内容。属内部信息，公开版报告不显示。',
      noteEn: 'Required. What the clue is about. Internal: the public report never shows it.',
    }),
    col('receiver', '移交对象', 'Transferred to', 'list', {
      required: true,
      list: 'receiver',
      width: 14,
      aliases: ['移交单位', '接收单位', '承办单位', '移交部门', '移交至', '移送单位', 'Receiver'],
      noteZh: '必填。从下拉列表选择接收线索的机关；列表可在隐藏表 _lists 中增加。',
      noteEn: 'Required. The body the clue went to; add your own to the list in the hidden _lists sheet.',
    }),
    col('transferredOn', '移交日期', 'Transferred on', 'date', {
      required: true,
      aliases: ['移交时间', '移送日期', '移送时间', 'Transfer date'],
      noteZh: '必填。线索移交的日期，签收和办理时限都从次日起算。',
      noteEn: 'Required. The day the clue was handed over; signing and handling periods count from the next day.',
    }),
    col('signedOn', '签收日期', 'Signed on', 'date', {
      aliases: ['签收时间', '接收日期', '接收时间', 'Signed for on'],
      noteZh: '接收机关签收的日期。',
      noteEn: 'The day the receiving body signed for the clue.',
    }),
    col('signer', '签收人', 'Signed by', 'text', {
      width: 10,
      aliases: ['接收人', 'Signer'],
      noteZh: '签收的人。',
      noteEn: 'Who signed for it.',
    }),
    col('signBy', '签收期限', 'Sign by', 'date', {
      computed: 'date',
      width: 12,
      aliases: ['应签收日期'],
      noteZh: '自动计算 = 移交日期 + 签收时限（_settings 中“签收时限（工作日）”，默认 3 个工作日）。',
      noteEn: 'Computed = transfer date + the signing period (_settings "Days to sign for", default 3 working days).',
    }),
    col('timeLimit', '办理时限', 'Time limit', 'limit', {
      width: 12,
      aliases: ['办结时限', '办理时间要求', '时限要求', 'Limit'],
      noteZh: '如：30个工作日、3个月、年底前，或一个日期；从移交日期起算，写法同整改时限。',
      noteEn: 'e.g. 30 working days, 3 months, end of year, or a date; counted from the transfer date.',
    }),
    col('deadline', '办理期限', 'Deadline', 'date', {
      computed: 'deadline',
      aliases: ['办结期限', '应办结日期', 'Due date'],
      noteZh: '自动计算 = 移交日期 + 办理时限（按法定节假日和调休）。办理时限为空时可手工填写，手填值会保留。',
      noteEn: 'Computed = transfer date + time limit (official holidays). Type it only when the time limit is empty.',
    }),
    col('finishedOn', '办结日期', 'Finished on', 'date', {
      aliases: ['办结时间', '办理完成日期', 'Finish date'],
      noteZh: '办理完毕的日期；状态为“已办结”时必填，不能晚于今天。',
      noteEn: 'The day the clue was finished; required when the status is Finished; not in the future.',
    }),
    col('result', '办理结果', 'Result', 'text', {
      width: 28,
      aliases: ['办理情况', '处理结果', '查处情况', '处置结果', '办理结果反馈'],
      noteZh: '办理的结果。属内部信息，公开版报告不显示。',
      noteEn: 'What came of it. Internal: the public report never shows it.',
    }),
    col('status', '状态', 'Status', 'list', {
      required: true,
      list: 'clueStatus',
      width: 10,
      aliases: ['办理状态', '线索状态', 'Clue status'],
      noteZh: '必填。待签收 / 办理中 / 已办结。',
      noteEn: 'Required. Awaiting signature / Being handled / Finished.',
    }),
    col('tracker', '跟踪人', 'Followed by', 'text', {
      width: 10,
      aliases: ['跟踪责任人', '专人跟踪', '跟踪负责人', 'Tracker'],
      noteZh: '本单位负责跟踪这条线索的人（“专人负责”）。',
      noteEn: 'Who in the office follows the clue up.',
    }),
    col('alert', '预警', 'Alert', 'text', {
      computed: 'alert',
      width: 16,
      aliases: ['预警状态'],
      noteZh: '自动计算：待签收 / 超期未签收 / 办理中 / 办理临期 / 办理超时 / 按时办结 / 超时办结。',
      noteEn:
        'Computed: awaiting signature / not signed in time / being handled / due soon / overdue / finished on time / late.',
    }),
    col('notes', '备注', 'Notes', 'text', {
      width: 16,
      aliases: ['说明', 'Remarks'],
      noteZh: '其他说明。',
      noteEn: 'Anything else.',
    }),
  ],
};
