/** Importing old clue-transfer ledgers into 移交清单. */
import type { Entry } from '../translate';

export const CYCLE_IMPORT_MESSAGES = {
  'clueImport.column': { zh: '列', en: 'Column ' },
  'clueImport.original': { zh: '（原值）', en: ' (as typed)' },
  'clueImport.idStem': { zh: '导入', en: 'IMP' },
  'clueImport.noSheet': {
    zh: '文件“{file}”中找不到移交线索台账：没有哪张工作表的标题行含有两个以上移交清单的列（如 线索编号、问题线索、移交单位、移交时间、签收时间、办结时间、办理情况）。工作表：{sheets}。',
    en: 'No clue ledger in "{file}": no sheet has a header row naming two or more columns of the clue list (线索编号, 问题线索, 移交单位, 移交时间, 签收时间, 办结时间, 办理情况 …). Sheets: {sheets}.',
  },
  'clueImport.report': {
    zh: '读取 {files} 个文件，导入线索 {rows} 条；已在台账中的 {already} 条未重复导入；按日期推定状态 {inferred} 条，补编线索编号 {ids} 个；无法识别的日期 {badDates} 处按原样保留（check 会指出）；新增移交对象 {receivers} 个。',
    en: '{files} file(s) read, {rows} clues imported; {already} already in the ledger were not added again; status inferred from the dates for {inferred}, IDs made up for {ids}; {badDates} unreadable dates kept as typed (check reports them); {receivers} new receiving bodies.',
  },
  'clueImport.mapped': {
    zh: '{file}（工作表“{sheet}”，标题在第 {row} 行）：{columns}',
    en: '{file} (sheet "{sheet}", header on row {row}): {columns}',
  },
} as const satisfies Record<string, Entry>;
