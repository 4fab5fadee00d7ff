/**
 * Import: how a source sheet's structure was read — sheets read or skipped
 * and why, the file's details above the header, section headings, rows that
 * are not problems (footnotes, totals, numbers alone), responsible units in a
 * group, dates in extra columns (docs/IMPORT.md "Sheets, headers and sections").
 */
import type { Entry } from '../translate';

export const IMPORT_LAYOUT_MESSAGES = {
  'importLayout.sheet.hidden': {
    zh: '{file} 的工作表“{sheet}”是隐藏的，未读取；要导入它，请用 --sheet "{sheet}"。',
    en: 'Sheet “{sheet}” of {file} is hidden and was not read; to import it, use --sheet "{sheet}".',
  },
  'importLayout.sheet.helper': {
    zh: '{file} 的工作表“{sheet}”是辅助表（名称以 _ 开头），未读取。',
    en: 'Sheet “{sheet}” of {file} is a helper sheet (its name starts with _) and was not read.',
  },
  'importLayout.sheet.ourLedger': {
    zh: '{file} 是用本工具建立的台账，只读取其中的问题清单；工作表“{sheet}”未读取。',
    en: '{file} is a ledger made with this tool: only its problem list is read; sheet “{sheet}” was not.',
  },
  'importLayout.sheet.noHeader': {
    zh: '{file} 的工作表“{sheet}”不是台账：前 30 行中没有一行能认出至少两个列名，未读取。如果它是台账，请用 --sheet "{sheet}" 并用 --map "源列=目标列" 说明列的含义。',
    en: 'Sheet “{sheet}” of {file} is not a ledger: none of its first 30 rows names two known columns; not read. If it is one, use --sheet "{sheet}" and say what its columns mean with --map "source=target".',
  },
  'importLayout.sheet.clue': {
    zh: '{file} 的工作表“{sheet}”看起来是移交线索台账，未作为问题导入；请用 rectify clue import 导入到移交清单。',
    en: 'Sheet “{sheet}” of {file} looks like a clue-transfer ledger and was not imported as problems; import it into the transferred-clue list with rectify clue import.',
  },
  'importLayout.sheet.noProblems': {
    zh: '{file} 的工作表“{sheet}”有表头，但没有问题描述或整改措施列，不是问题台账，未读取；要导入它，请用 --sheet "{sheet}"（必要时加 --map）。',
    en: 'Sheet “{sheet}” of {file} has a header but no problem description or measure column: not a ledger of problems, not read. To import it, use --sheet "{sheet}" (with --map if needed).',
  },
  'importLayout.sheet.noData': {
    zh: '{file} 的工作表“{sheet}”只有表头，没有数据行，未读取。',
    en: 'Sheet “{sheet}” of {file} has a header but no rows under it; not read.',
  },
  'importLayout.details': {
    zh: '{file}：表头上方的填报信息（不作为列名）：{list}。',
    en: '{file}: details above the header (not column names): {list}.',
  },
  'importLayout.unitFromDetails': {
    zh: '{file} 没有单位列，被巡察单位取自 {cell} 的“{label}”：{unit}。',
    en: '{file} has no unit column; the inspected unit is taken from “{label}” in {cell}: {unit}.',
  },
  'importLayout.unitFromSheet': {
    zh: '{file} 没有单位列，被巡察单位取自工作表名：{unit}。',
    en: '{file} has no unit column; the inspected unit is taken from the sheet’s name: {unit}.',
  },
  'importLayout.sections': {
    zh: '{file}：找到 {count} 个分组标题（{examples}），作为其下问题的“问题类别”；标题原文保留在“{column}”列。',
    en: '{file}: {count} section headings found ({examples}); each is the category of the problems under it, its text as typed kept in the “{column}” column.',
  },
  'importLayout.sectionsKept': {
    zh: '{file}：找到 {count} 个分组标题（{examples}）；文件有自己的问题类别列，保持原样，标题原文写入“{column}”列。',
    en: '{file}: {count} section headings found ({examples}); the file has its own category column, kept as it is, and the headings go into the “{column}” column as typed.',
  },
  'importLayout.section.countDiffers': {
    zh: '这个分组标题写明共 {count} 项，其下找到 {found} 个问题，请核对是否有遗漏。',
    en: 'this section heading announces {count} items, {found} problems were found under it: please check nothing is missing.',
  },
  'importLayout.row.footnote': {
    zh: '表格下方的说明或注释，不是问题，未导入。',
    en: 'a note under the table, not a problem; not imported.',
  },
  'importLayout.row.total': {
    zh: '小计/合计行，不是问题，未导入（合计由统计表重新计算）。',
    en: 'a subtotal or total row, not a problem; not imported (the statistics sheet recomputes totals).',
  },
  'importLayout.row.numberOnly': {
    zh: '这一行只有序号，没有其他内容，不是问题，未导入。',
    en: 'this row holds nothing but its number: not a problem, not imported.',
  },
  'importLayout.row.details': {
    zh: '表格下方的填报信息（填表人、审核人等），不是问题，未导入。',
    en: 'details under the table (who filled it in, who checked it): not a problem, not imported.',
  },
  'importLayout.rowDateAsFeedback': {
    zh: '{file} 没有反馈日期列：每个问题的反馈日期取自它所在行的“{column}”。',
    en: '{file} has no feedback-date column: each problem’s feedback date is taken from its row’s “{column}”.',
  },
  'importLayout.roles': {
    zh: '{file}：“{group}”下的 {roles} 是各方的责任分工，每个有值的单元格成为责任清单的一行（责任单位 + 职责分工；打 √ 的，责任单位即该方）。',
    en: '{file}: {roles} under “{group}” are the parties’ roles; each filled cell becomes a row of the responsibility list (unit + duty; for a tick, the unit is that party).',
  },
  'importLayout.extraDates': {
    zh: '{file}：额外列 {columns} 按日期读取（日期序列号、带时间的日期、文字日期都写成日期）。',
    en: '{file}: extra columns {columns} are read as dates (date serials, dates with a time and typed dates all become dates).',
  },
  'import.statusWords.unknown': {
    zh: '_settings 的“状态词对照”中这些写法没有对应到整改状态（未启动、整改中、待审核、已整改、已销号……），未使用：{pairs}。请改为 词=状态。',
    en: 'These pairs of the 状态词对照 (status words) setting in _settings name no status of ours (未启动, 整改中, 待审核, 已整改, 已销号…) and were not used: {pairs}. Write them as word=status.',
  },
} as const satisfies Record<string, Entry>;
