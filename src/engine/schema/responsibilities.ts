/** 责任清单 — who answers for each problem: one problem, one leading official (docs/WORKBOOK.md). */
import { type ListSheetDef, col } from './columns';

export const RESPONSIBILITIES: ListSheetDef = {
  id: 'responsibilities',
  name: { zh: '责任清单', en: 'Responsibilities' },
  tableName: 'Responsibilities',
  columns: [
    col('problemId', '问题编号', 'Problem ID', 'text', {
      required: true,
      width: 12,
      aliases: ['编号', 'ID'],
      noteZh: '必填，须是问题清单中已有的编号。',
      noteEn: 'Required; must be an ID in the problem list.',
    }),
    col('leader', '牵头领导', 'Leading official', 'text', {
      required: true,
      width: 12,
      aliases: ['整改责任领导', '责任领导', '分管领导', 'Leader'],
      noteZh: '必填。“一个问题、一名领导”。',
      noteEn: 'Required. One problem, one leading official.',
    }),
    col('unit', '责任单位', 'Responsible unit', 'text', {
      required: true,
      width: 16,
      aliases: ['整改责任单位', '责任部门', '牵头单位', '整改责任部门', 'Unit', '责任科室', '责任处室', '责任股室'],
      noteZh: '必填。',
      noteEn: 'Required.',
    }),
    col('person', '责任人', 'Responsible person', 'text', {
      required: true,
      width: 10,
      aliases: ['整改责任人', '具体责任人', 'Person'],
      noteZh: '必填。',
      noteEn: 'Required.',
    }),
    col('supportUnits', '配合单位', 'Supporting units', 'text', {
      width: 16,
      aliases: ['协办单位', '配合部门'],
      noteZh: '多个单位用顿号分隔。',
      noteEn: 'Separate several units with 、 or commas.',
    }),
    col('duty', '职责分工', 'Duty', 'text', {
      width: 24,
      aliases: ['分工', '职责'],
      noteZh: '各方承担的具体职责。',
      noteEn: 'Who does what.',
    }),
    col('phone', '联系电话', 'Phone', 'phone', {
      width: 14,
      aliases: ['电话', '手机', '联系方式'],
      noteZh: '手机号（11位）或固定电话（如 010-12345678）。',
      noteEn: 'A mobile (11 digits) or landline (e.g. 010-12345678).',
    }),
  ],
};
