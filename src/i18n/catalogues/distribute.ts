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
  // ---- 督办清单 and letters: a package not returned by its due date
  'sup.type.package': { zh: '下发表格', en: 'Package' },
  'sup.package.id': { zh: '第{round}轮下发', en: 'Round {round}' },
  'sup.package.text': {
    zh: '{sent} 下发的第{round}轮整改情况表尚未交回',
    en: 'The progress workbook of round {round}, sent on {sent}, has not come back',
  },
  'sup.package.alert': { zh: '逾期未交回{days}天', en: '{days} day(s) late' },
  // ---- collect
  'collect.stampLost': {
    zh: '这个文件的隐藏标记表 _package 已丢失（可能被 WPS、LibreOffice 或旧版 Excel 另存过）：按填报说明上的单位“{unit}”和问题编号、任务编号对应，视为第 {round} 轮。请核对结果。',
    en: 'This file lost its hidden _package stamp (resaved by WPS, LibreOffice or an older Excel?): matched by the unit on its instructions sheet, "{unit}", and by problem and task IDs, as round {round}. Check the result.',
  },
  'collect.stampUnreadable': {
    zh: '这个文件的隐藏标记表 _package 无法读取（被改动或损坏）：按填报说明上的单位“{unit}”和问题编号、任务编号对应，视为第 {round} 轮。请核对结果。',
    en: 'This file’s hidden _package stamp cannot be read (edited or damaged): matched by the unit on its instructions sheet, "{unit}", and by problem and task IDs, as round {round}. Check the result.',
  },
  'collect.stampMismatch': {
    zh: '{unit} 第 {round} 轮：文件中的标记与台账 _distribution 中的下发记录不一致，以台账记录为准。',
    en: '{unit}, round {round}: the file’s stamp differs from the ledger’s record in _distribution; the ledger’s record is used.',
  },
  'collect.col.unit': { zh: '单位', en: 'Unit' },
  'collect.col.round': { zh: '下发轮次', en: 'Round' },
  'collect.col.sent': { zh: '下发日期', en: 'Sent on' },
  'collect.col.due': { zh: '交回截止', en: 'Due' },
  'collect.col.state': { zh: '回收情况', en: 'State' },
  'collect.col.returned': { zh: '回收日期', en: 'Returned on' },
  'collect.col.returnedRound': { zh: '回收轮次', en: 'Round returned' },
  'collect.col.file': { zh: '文件', en: 'File' },
  'collect.state.back': { zh: '已回收', en: 'Returned' },
  'collect.state.late': { zh: '逾期回收', en: 'Returned late' },
  'collect.state.waiting': { zh: '未回收', en: 'Not yet returned' },
  'collect.state.overdue': { zh: '逾期未回收', en: 'Overdue' },
} as const satisfies Record<string, Entry>;
