/**
 * 延期申请 — the extension register: one row per request a unit makes to move
 * a problem's deadline, and the office's decision (docs/EXTENSIONS.md). Not
 * created by init: the first request creates it, so ledgers without
 * extensions keep exactly their sheets.
 */
import { type ListSheetDef, col } from './columns';

/** 审批结果: approved or refused; an empty cell is a request not yet decided (待审批). */
export const EXTENSION_DECISION = {
  approved: { code: 'approved', zh: '批准', en: 'Approved' },
  refused: { code: 'refused', zh: '不批准', en: 'Refused' },
} as const;

export const EXTENSIONS: ListSheetDef<'extensions'> = {
  id: 'extensions',
  name: { zh: '延期申请', en: 'Extensions' },
  tableName: 'Extensions',
  columns: [
    col('problemId', '问题编号', 'Problem ID', 'text', {
      required: true,
      width: 12,
      aliases: ['编号', 'ID'],
      noteZh: '必填。申请延期的问题，与问题清单的“问题编号”一致。',
      noteEn: 'Required. The problem the extension is asked for, as numbered in the problem list.',
    }),
    col('unit', '申请单位', 'Requested by', 'text', {
      width: 16,
      aliases: ['责任单位', '单位', 'Unit'],
      noteZh: '提出申请的责任单位。',
      noteEn: 'The responsible unit asking for the extension.',
    }),
    col('askedOn', '申请日期', 'Asked on', 'date', {
      required: true,
      aliases: ['申请时间', 'Request date'],
      noteZh: '必填。提出延期申请的日期。',
      noteEn: 'Required. When the extension was asked for.',
    }),
    col('reason', '延期理由', 'Reason', 'text', {
      width: 30,
      aliases: ['申请理由', '理由', '延期原因'],
      noteZh: '为什么不能按期完成。',
      noteEn: 'Why the deadline cannot be met.',
    }),
    col('until', '申请期限', 'Asked until', 'date', {
      aliases: ['申请延期至', '拟完成日期', 'Requested deadline'],
      noteZh: '申请延至的日期。批准时未填批准期限的，按此日期延期。',
      noteEn: 'The deadline asked for; an approval without a date of its own grants this one.',
    }),
    col('original', '原整改期限', 'Original deadline', 'date', {
      computed: 'date',
      aliases: ['原期限'],
      noteZh: '登记申请时该问题的整改期限（自动填写一次，之后不再改动）。',
      noteEn: 'The problem’s deadline in force when the request was recorded (filled once, never changed).',
    }),
    col('decision', '审批结果', 'Decision', 'text', {
      width: 10,
      aliases: ['审批意见', 'Result'],
      noteZh: '批准 / 不批准；留空为待审批。',
      noteEn: 'Approved / Refused; empty while awaiting a decision.',
    }),
    col('approvedUntil', '批准期限', 'Approved until', 'date', {
      aliases: ['批准延期至', 'Extended to'],
      noteZh: '批准延至的日期；批准时留空即按申请期限。',
      noteEn: 'The deadline granted; when approved without one, the deadline asked for.',
    }),
    col('decidedOn', '审批日期', 'Decided on', 'date', {
      aliases: ['审批时间', 'Decision date'],
      noteZh: '作出审批的日期。',
      noteEn: 'When the decision was taken.',
    }),
    col('approver', '审批人', 'Decided by', 'text', {
      width: 10,
      aliases: ['批准人', 'Approver'],
      noteZh: '作出审批的人。',
      noteEn: 'Who decided.',
    }),
    col('notes', '备注', 'Notes', 'text', {
      width: 16,
      aliases: ['说明', 'Remarks'],
      noteZh: '其他说明。',
      noteEn: 'Anything else.',
    }),
  ],
};
