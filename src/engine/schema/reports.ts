/**
 * 整改报告 — one row per inspected unit: the rectification report the unit
 * owes when its rectification period ends (整改期满日 = 反馈日期 + the setting
 * 整改期), when it came in, and the review: passed, or sent back to be
 * rewritten (打回重写) with a new time limit (docs/WORKBOOK.md).
 */
import { type ListSheetDef, col } from './columns';

export const REPORTS: ListSheetDef<'reports'> = {
  id: 'reports',
  name: { zh: '整改报告', en: 'Unit reports' },
  tableName: 'UnitReports',
  columns: [
    col('unit', '被巡察单位', 'Inspected unit', 'text', {
      required: true,
      width: 18,
      aliases: ['报告单位', '单位名称', '被巡察党组织', '单位', 'Unit'],
      noteZh: '必填。报送整改报告的被巡察单位，与问题清单的“被巡察单位”一致。',
      noteEn: 'Required. The inspected unit that owes the report, as named in the problem list.',
    }),
    col('round', '巡察轮次', 'Round', 'text', {
      width: 16,
      aliases: ['巡视轮次', '轮次'],
      noteZh: '选填。',
      noteEn: 'Optional.',
    }),
    col('feedbackDate', '反馈日期', 'Feedback date', 'date', {
      aliases: ['反馈时间', '巡察反馈日期'],
      noteZh: '选填。留空时取问题清单中该单位最早的反馈日期。',
      noteEn: 'Optional. When empty, the unit’s earliest feedback date in the problem list.',
    }),
    col('deadline', '整改期满日', 'Period ends', 'date', {
      computed: 'deadline',
      aliases: ['整改期满日期', '期满日期', '报告期限', 'Report due'],
      noteZh: '自动计算 = 反馈日期 + 整改期（_settings 中“整改期”，默认 2个月）。',
      noteEn:
        'Computed = feedback date + the rectification period (_settings "Rectification period", default 2 months).',
    }),
    col('submittedOn', '报送日期', 'Submitted on', 'date', {
      aliases: ['提交日期', '报送时间', '提交时间', 'Submission date'],
      noteZh: '整改报告（最近一次）报送的日期。打回后重新报送时改为新的日期。',
      noteEn: 'When the report (last) came in; a rewritten report replaces the date.',
    }),
    col('result', '审核结果', 'Review result', 'list', {
      list: 'reportResult',
      width: 11,
      aliases: ['审核意见', '审核情况', 'Result'],
      noteZh: '通过 / 打回重写；尚未审核时留空。',
      noteEn: 'Passed / Sent back; empty until reviewed.',
    }),
    col('reviewedOn', '审核日期', 'Reviewed on', 'date', {
      aliases: ['审核时间', '打回日期', 'Review date'],
      noteZh: '审核（通过或打回）的日期。打回时，重报期限从此日起算。',
      noteEn: 'The day of the review; when sent back, the new deadline counts from it.',
    }),
    col('rejectReason', '打回原因', 'Reason sent back', 'text', {
      width: 24,
      aliases: ['退回原因', 'Rejection reason'],
      noteZh: '最近一次打回重写的原因。属内部信息，公开版报告不显示。',
      noteEn: 'Why it was last sent back. Internal: the public report never shows it.',
    }),
    col('rejections', '打回次数', 'Times sent back', 'integer', {
      computed: 'counter',
      width: 9,
      aliases: ['退回次数', 'Rejections'],
      noteZh: '被打回重写的次数（由“打回重写”操作累加）。',
      noteEn: 'How often the report was sent back (counted by the send-back action).',
    }),
    col('timeLimit', '重报时限', 'Time to rewrite', 'limit', {
      width: 12,
      aliases: ['重新报送时限', 'Resubmit limit'],
      noteZh: '打回时给定的重新报送时限，如 10个工作日，从审核日期起算。',
      noteEn: 'The time limit given when sending it back, e.g. 10 working days, counted from the review date.',
    }),
    col('resubmitBy', '重报期限', 'Resubmit by', 'date', {
      computed: 'deadline',
      aliases: ['重新报送期限'],
      noteZh: '自动计算 = 审核日期 + 重报时限。',
      noteEn: 'Computed = review date + time to rewrite.',
    }),
    col('reviewer', '审核人', 'Reviewer', 'text', {
      width: 10,
      aliases: ['Reviewed by'],
      noteZh: '审核整改报告的人。',
      noteEn: 'Who reviewed the report.',
    }),
    col('alert', '预警', 'Alert', 'text', {
      computed: 'alert',
      width: 18,
      aliases: ['预警状态'],
      noteZh: '自动计算：未到期 / 临期 / 逾期未报 / 待审核 / 已通过 / 打回重写。',
      noteEn: 'Computed: not due / due soon / overdue / in review / passed / sent back.',
    }),
    col('notes', '备注', 'Notes', 'text', {
      width: 16,
      aliases: ['说明', 'Remarks'],
      noteZh: '其他说明。',
      noteEn: 'Anything else.',
    }),
  ],
};
