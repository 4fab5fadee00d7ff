/** 任务清单 — the measures of each problem, each with its deadline (docs/WORKBOOK.md). */
import { type ListSheetDef, col } from './columns';

export const TASKS: ListSheetDef = {
  id: 'tasks',
  name: { zh: '任务清单', en: 'Tasks' },
  tableName: 'Tasks',
  columns: [
    col('id', '任务编号', 'Task ID', 'text', {
      required: true,
      width: 14,
      aliases: ['措施编号', 'ID'],
      noteZh: '必填。每条整改措施唯一的编号，如 XC-2025-001-1。',
      noteEn: 'Required. A unique ID per measure, e.g. XC-2025-001-1.',
    }),
    col('problemId', '问题编号', 'Problem ID', 'text', {
      required: true,
      width: 12,
      aliases: [],
      noteZh: '必填，须是问题清单中已有的编号。',
      noteEn: 'Required; must be an ID in the problem list.',
    }),
    col('measure', '整改措施', 'Measure', 'text', {
      required: true,
      width: 40,
      aliases: [
        '整改计划及措施',
        '具体措施',
        '整改举措',
        'Action',
        '整改措施与要求',
        '整改措施及要求',
        '整改要求及措施',
        '整改要求',
        '整改要求（措施）',
      ],
      noteZh: '必填。具体的整改措施。',
      noteEn: 'Required. The concrete measure.',
    }),
    col('unit', '责任单位', 'Responsible unit', 'text', {
      width: 16,
      aliases: ['责任部门', 'Unit', '责任科室', '责任处室', '责任股室'],
      noteZh: '负责这条措施的单位。',
      noteEn: 'The unit in charge of this measure.',
    }),
    col('person', '责任人', 'Responsible person', 'text', {
      width: 10,
      aliases: ['整改责任人', 'Person', '具体责任人'],
      noteZh: '负责这条措施的人。',
      noteEn: 'The person in charge of this measure.',
    }),
    col('timeLimit', '完成时限', 'Time limit', 'limit', {
      width: 14,
      aliases: ['整改时限', '整改时限要求', '整改时间要求'],
      noteZh: '从所属问题的反馈日期起算，写法同问题清单。',
      noteEn: 'Counted from the problem’s feedback date; same forms as in the problem list.',
    }),
    col('deadline', '计划完成日期', 'Deadline', 'date', {
      computed: 'deadline',
      width: 13,
      aliases: ['计划完成时间', '整改期限'],
      noteZh: '自动计算；完成时限为空时可手工填写。不应晚于所属问题的整改期限。',
      noteEn: 'Computed; type it only when the time limit is empty. Should not be after the problem’s deadline.',
    }),
    col('progress', '进展情况', 'Progress', 'text', {
      width: 30,
      aliases: ['整改进展', '整改进度', '完成情况', '推进情况', '进展', '整改进展情况', '整改进度情况'],
      noteZh: '最新进展。',
      noteEn: 'Latest progress.',
    }),
    col('status', '完成状态', 'Status', 'list', {
      required: true,
      list: 'taskStatus',
      width: 10,
      aliases: ['任务状态', '措施状态'],
      noteZh: '必填。未开始 / 进行中 / 已完成。',
      noteEn: 'Required. Not started / In progress / Done.',
    }),
    col('doneOn', '实际完成日期', 'Done on', 'date', {
      width: 13,
      aliases: ['完成日期', '实际完成时间'],
      noteZh: '实际完成的日期，不能晚于今天。',
      noteEn: 'The day it was done; not in the future.',
    }),
    col('evidence', '佐证材料', 'Evidence', 'text', {
      width: 24,
      aliases: ['证明材料', '佐证资料'],
      noteZh: '证明整改到位的材料名称或位置。',
      noteEn: 'What proves the fix, or where it is filed.',
    }),
    col('alert', '预警', 'Alert', 'text', {
      computed: 'alert',
      width: 16,
      aliases: [],
      noteZh: '自动计算：已逾期 / 临期 / 正常 / 按期完成 / 逾期完成 / 长期坚持。',
      noteEn: 'Computed: overdue / due soon / on track / done on time / done late / ongoing.',
    }),
  ],
};
