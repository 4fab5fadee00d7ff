/** 下发 and 回收 (distribute, collect): the engine's messages — the package's 填报说明, the `_log` actions, collect's findings (docs/DISTRIBUTE.md). */
import type { Entry } from '../translate';

export const DISTRIBUTE_MESSAGES = {
  'log.action.distribute': { zh: '下发', en: 'distribute' },
  'log.action.collect': { zh: '回收', en: 'collect' },
  'distribute.log.summary': {
    zh: '第{round}轮下发：{units}个单位，{rows}行（指纹记入 _distribution）',
    en: 'Round {round} distributed: {units} unit(s), {rows} row(s) (fingerprints in _distribution)',
  },
  'distribute.log.returned': {
    zh: '回收 {unit} 第{round}轮（{file}）',
    en: 'Collected {unit}, round {round} ({file})',
  },
  'distribute.noUnits': {
    zh: '责任清单和任务清单里没有填写任何责任单位，无法下发。请先在“责任单位”列填写单位名称。',
    en: 'No responsible unit is named in the responsibility or task list, so there is nothing to distribute. Fill in the 责任单位 (Responsible unit) column first.',
  },
  'distribute.unknownUnit': {
    zh: '台账中没有单位“{unit}”。台账中的单位：{units}',
    en: 'The ledger has no unit "{unit}". Its units: {units}',
  },
  'distribute.badDue': {
    zh: '截止日期“{value}”不是有效的日期，请写成 2025-07-15 的形式。',
    en: 'The due date "{value}" is not a valid date; write it like 2025-07-15.',
  },
  // ---- 填报说明
  'distribute.help.title': { zh: '整改情况填报说明', en: 'How to fill in this workbook' },
  'distribute.help.unit': { zh: '填报单位', en: 'Unit' },
  'distribute.help.round': { zh: '下发轮次', en: 'Round' },
  'distribute.help.date': { zh: '下发日期', en: 'Sent on' },
  'distribute.help.due': { zh: '交回截止日期', en: 'Return by' },
  'distribute.help.contact': { zh: '联系人', en: 'Contact' },
  'distribute.help.rows': { zh: '本表内容', en: 'Contents' },
  'distribute.help.counts': {
    zh: '问题 {p} 个，整改措施 {m} 条，整改报告 {r} 行',
    en: '{p} problem(s), {m} measure(s), {r} report row(s)',
  },
  'distribute.help.none': { zh: '（未指定）', en: '(not given)' },
  'distribute.help.what': { zh: '填写要求', en: 'What to fill in' },
  'distribute.help.step1': {
    zh: '任务清单：逐条填写“进展情况”“完成状态”（从下拉列表选择）“实际完成日期”“佐证材料”。',
    en: 'Tasks: for each measure fill in Progress, Status (pick from the list), Done on and Evidence.',
  },
  'distribute.help.step2': {
    zh: '问题清单：确需延期的，填写“申请延期日期”“延期理由”“申请延期期限”，由办公室审批。',
    en: 'Problems: to ask for more time, fill in Extension asked on, Extension reason and Extension asked until; the office decides.',
  },
  'distribute.help.step3': {
    zh: '整改报告：报送整改报告后，填写“报送日期”。',
    en: 'Unit reports: once your rectification report is sent, fill in Submitted on.',
  },
  'distribute.help.step4': {
    zh: '其余各列由办公室维护，已锁定，请勿修改；不要增加、删除行，不要调整行的顺序，不要修改表名。',
    en: 'Every other column is the office’s and is locked: do not change it; do not add, delete or reorder rows, and do not rename sheets.',
  },
  'distribute.help.step5': {
    zh: '填好后按原文件格式（.xlsx）保存，在截止日期前交回联系人。',
    en: 'Save it as .xlsx (as received) and return it to the contact by the due date.',
  },
} as const satisfies Record<string, Entry>;
