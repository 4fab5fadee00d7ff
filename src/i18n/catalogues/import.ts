/** Importing legacy ledgers: mapping, values kept as typed, the report. */
import type { Entry } from '../translate';

export const IMPORT_MESSAGES = {
  // ---- import
  'import.noLedgerSheet': {
    zh: '{file}：没有找到台账表（工作表：{sheets}）。没有一行表头能认出至少两个列名（如 问题编号、问题描述、整改责任人）。请用 --sheet 指定工作表，或用 --map "源列=目标列" 说明列的含义。',
    en: '{file}: no ledger sheet found (sheets: {sheets}). No row names at least two known columns (e.g. 问题编号, 问题描述, 整改责任人). Name the sheet with --sheet, or say what columns mean with --map "source=target".',
  },
  'import.noHeader': {
    zh: '{file} 工作表“{sheet}”：找不到表头行（前 30 行中没有一行能认出至少两个列名）。请用 --map "源列=目标列" 说明列的含义。',
    en: '{file}, sheet "{sheet}": no header row found (none of the first 30 rows names two known columns). Say what columns mean with --map "source=target".',
  },
  'import.sheetMissing': {
    zh: '{file} 中没有工作表“{sheet}”。现有工作表：{sheets}。',
    en: '{file} has no sheet "{sheet}". Its sheets: {sheets}.',
  },
  'import.map.syntax': {
    zh: '--map “{rule}” 格式不对，应写成 "源列=目标列"，如 --map "问题简述=问题描述"；目标写“额外列”则原样保留为额外列。',
    en: '--map "{rule}" is not in the form "source=target", e.g. --map "问题简述=问题描述"; a target of "extra" keeps the column as an extra column.',
  },
  'import.map.unknownTarget': {
    zh: '--map “{rule}”：目标列“{target}”不是问题清单、责任清单或任务清单中的列。可写列名（如 问题描述）或 表名.列名（如 任务清单.责任人）。',
    en: '--map "{rule}": "{target}" is not a column of the problem, responsibility or task list. Write a column name (e.g. Description) or list.column (e.g. Tasks.Responsible person).',
  },
  'import.map.unknownSource': {
    zh: '--map “{rule}”：{file} 的表头中没有这一列。表头有：{headers}。',
    en: '--map "{rule}": {file} has no such column. Its headers: {headers}.',
  },
  'import.how.header': { zh: '列名相同', en: 'same header' },
  'import.how.alias': { zh: '别名', en: 'alias' },
  'import.how.map': { zh: '--map 指定', en: 'set by --map' },
  'import.how.extra': { zh: '额外列', en: 'extra column' },
  'import.value.cellError': {
    zh: '单元格是错误值，已按文字原样保留，请在原表中查明。',
    en: 'the cell holds an error value; kept as text; check it in the source.',
  },
  'import.value.notDate': {
    zh: '不是可识别的日期，已按原文保留在日期列中（检查时会标出）。可写成 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日。',
    en: 'not a date we can read; kept as typed in the date column (check will flag it). Write 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日.',
  },
  'import.value.implausibleDate': {
    zh: '作为日期是 {date}，不像真实日期，已按原值保留（不猜测）。请核对原表。',
    en: 'as a date this would be {date}, which is not plausible; kept as typed (no guessing). Check the source.',
  },
  'import.value.notInList': {
    zh: '不在“{list}”的下拉列表中，已按原文保留（检查时会标出）。',
    en: 'not in the "{list}" list; kept as typed (check will flag it).',
  },
  'import.value.newCategory': {
    zh: '不在默认的问题类别中，已按原文保留；可在 _lists 表中加入该类别。',
    en: 'not one of the default categories; kept as typed; add it to the _lists sheet to make it a listed category.',
  },
  'import.value.notLimit': {
    zh: '不是可识别的整改时限，已按原文保留（检查时会标出）。',
    en: 'not a time limit we can read; kept as typed (check will flag it).',
  },
  'import.value.notInteger': {
    zh: '不是整数，已按原文保留。',
    en: 'not a whole number; kept as typed.',
  },
  'import.row.total': {
    zh: '第 {row} 行是合计行，不作为问题导入（合计由统计表重新计算）。',
    en: 'row {row} is a totals row and is not imported as a problem (the statistics sheet recomputes totals).',
  },
  'import.row.alreadyImported': {
    zh: '台账中已有这个问题（{id}，单位和编号或问题描述相同），内容没有变化，不重复导入。',
    en: 'the ledger already has this problem ({id}: same unit and ID, or description) and nothing changed; not imported again.',
  },
  'import.value.tooLong': {
    zh: '文字有 {length} 个字符，超过 Excel 单元格的上限 {kept}：单元格中只保留了前 {kept} 个字符，其余部分请从来源文件中另行保存。',
    en: 'the text has {length} characters, more than an Excel cell holds ({kept}): the cell keeps the first {kept}; keep the rest from the source file.',
  },
  'import.value.formulaNoValue': {
    zh: '这是公式“{formula}”，文件中没有保存它的计算结果，因此导入为空。请在 Excel 中打开并保存来源文件（让公式算出结果）后再导入。',
    en: 'this is the formula "{formula}" and the file holds no computed result for it, so it is imported empty. Open and save the source file in Excel (so the formula is computed), then import again.',
  },
  'import.row.repeated': {
    zh: '与 {other} 第 {otherRow} 行是同一个问题，内容相同（例如集团汇总表重复了下属单位的台账），不重复导入。',
    en: 'the same problem as {other} row {otherRow}, with the same content (e.g. a group ledger repeating a unit’s); not imported twice.',
  },
  'import.row.repeatedDiffers': {
    zh: '与 {other} 第 {otherRow} 行是同一个问题（单位和编号或问题描述相同），但内容有出入；已按 {other} 导入，请核对这一行。',
    en: 'the same problem as {other} row {otherRow} (same unit and ID, or description) but with different content; imported as {other} has it, please compare this row.',
  },
  'import.cell.conflict': {
    zh: '台账 {cell} 已改为“{ledger}”，来源现在是“{source}”：两边都改过，保留台账的值，请核对。',
    en: 'the ledger’s {cell} was changed to "{ledger}" and the source now says "{source}": both changed, the ledger’s value is kept; please check.',
  },
  'import.id.generated': {
    zh: '问题编号为空，已生成编号 {id}。',
    en: 'the problem ID is empty; ID {id} was given.',
  },
  'import.duplicateFile': {
    zh: '{file} 与 {other} 的数据完全相同（{rows} 行），视为重复，未再次导入。',
    en: '{file} holds exactly the same data as {other} ({rows} rows): a duplicate, not imported again.',
  },
  'import.clueLedger': {
    zh: '{file} 的工作表「{sheet}」看起来是移交线索台账（线索、移交对象、移交日期等），应导入“移交清单”而不是问题清单：请用 rectify clue import 台账.xlsx {file} -o 新台账.xlsx。',
    en: 'Sheet “{sheet}” of {file} looks like a clue-transfer ledger (clues, receiving bodies, transfer dates): it belongs in the transferred-clue list, not the problem list. Use rectify clue import ledger.xlsx {file} -o out.xlsx.',
  },
  'import.legacyLooking': {
    zh: '工作表「{sheet}」看起来是一份旧台账（表头在第 {row} 行）。建立结构只在旁边添加空的清单，不会读取它的内容；要把它的每一行变成清单中的问题，请使用“导入旧台账”。',
    en: 'Sheet “{sheet}” looks like a legacy ledger (header in row {row}). Setting up only adds empty lists beside it and does not read its rows; to turn each of its rows into a problem of the lists, use “Import a legacy ledger”.',
  },
  'import.required.missingFillable': {
    zh: '所有来源文件都没有必填的「{column}」列：导入后 {rows} 个问题都缺少它，检查时会报错。请在导入时统一指定（命令行 --feedback-date 2025-07-01；任务窗格中的“统一的反馈日期”），或导入后在问题清单中填写。',
    en: 'No source file has the required “{column}” column: all {rows} problems would lack it, and check would report them. Give one date for them when importing (command line --feedback-date 2025-07-01; “One feedback date for all” in the pane), or fill the column in the problem list afterwards.',
  },
  'import.required.missing': {
    zh: '所有来源文件都没有必填的「{column}」列：导入后 {rows} 个问题都缺少它。可用 --map 指明哪一列是「{column}」，或导入后在问题清单中填写。',
    en: 'No source file has the required “{column}” column: all {rows} problems would lack it. Use --map to say which column is “{column}”, or fill it in the problem list afterwards.',
  },
  'import.required.filled': {
    zh: '来源文件没有「{column}」列：{rows} 个问题的「{column}」填为指定的 {value}。',
    en: 'The source has no “{column}” column: {rows} problems get the given {value} as “{column}”.',
  },
  'import.defaults.badDate': {
    zh: '统一的反馈日期“{value}”不是日期，请写成 2025-07-01 的格式。',
    en: 'The feedback date “{value}” is not a date: write it as 2025-07-01.',
  },
  'import.unitFromFile': {
    zh: '{file} 没有单位列，被巡察单位取自文件名：{unit}。',
    en: '{file} has no unit column; the inspected unit is taken from the file name: {unit}.',
  },
  'import.id.qualified': {
    zh: '{file} 中 {count} 个问题编号已被先前的文件或台账使用，已加单位前缀使其唯一（如 {examples}）；原编号保留在“{column}”列。',
    en: '{file}: {count} problem IDs were already used by an earlier file or the ledger; they were prefixed with the unit to keep them unique (e.g. {examples}); the original ID is kept in the "{column}" column.',
  },
  'import.possibleDuplicate': {
    zh: '可能重复：{file} 第 {rows} 行与 {other} 第 {otherRows} 行内容相同（仅单位不同），共 {count} 行；均已导入，请核实。',
    en: 'Possible duplicates: {file} rows {rows} have the same content as {other} rows {otherRows} (only the unit differs), {count} rows; all imported, please verify.',
  },
  'import.report.titleDry': {
    zh: '导入预览（--dry-run：未写入任何文件）',
    en: 'Import preview (--dry-run: nothing written)',
  },
  'import.report.title': { zh: '导入结果', en: 'Import result' },
  'import.report.file': {
    zh: '文件 {file}，工作表“{sheet}”，表头第 {header} 行，数据 {rows} 行。列映射：',
    en: 'File {file}, sheet "{sheet}", header row {header}, {rows} data rows. Column mapping:',
  },
  'import.report.extra': { zh: '额外列“{name}”（原样保留）', en: 'extra column "{name}" (kept as is)' },
  'import.report.extraLost': {
    zh: '额外列“{name}”（原样保留；它对应的目标列已取自“{other}”列）',
    en: 'extra column "{name}" (kept as is; its target is already filled from "{other}")',
  },
  'import.report.samples': { zh: '样例：{samples}', en: 'samples: {samples}' },
  'import.report.filled': { zh: '有值 {filled} 个', en: '{filled} values' },
  'import.report.placeholders': { zh: '占位符清空 {n} 个', en: '{n} placeholders cleaned' },
  'import.report.translated': { zh: '取值转换：{list}', en: 'values translated: {list}' },
  'import.report.derived': {
    zh: '拆分规则：每个来源行 = 问题清单一行 + 责任清单一行（牵头领导、责任人；责任单位缺省取被巡察单位）+ 任务清单一行（整改措施；任务编号 = 问题编号-1，完成状态随整改状态，计划完成日期缺省取整改期限）。每行都记录来源文件和来源行。',
    en: 'Split: each source row = one problem + one responsibility (leader, person; the unit defaults to the inspected unit) + one task (the measure; task ID = problem ID-1, status follows the problem status, deadline defaults to the problem deadline). Every row records its source file and row.',
  },
  'import.report.counts': {
    zh: '合计：来源数据行 {sourceRows}；新增问题 {problems}，责任 {responsibilities}，任务 {tasks}；台账已有而更新 {updatedProblems} 个问题（{updatedCells} 个单元格），两边都改过而保留台账值 {conflicts} 处；台账已有且无变化 {alreadyImported} 个；同一次导入中重复的行 {repeated} 行；清空占位符 {placeholders} 个。',
    en: 'Totals: {sourceRows} source data rows; new: {problems} problems, {responsibilities} responsibilities, {tasks} tasks; already in the ledger and updated: {updatedProblems} problems ({updatedCells} cells); changed on both sides, the ledger’s value kept: {conflicts}; already in the ledger, unchanged: {alreadyImported}; rows repeated within this import: {repeated}; placeholders cleaned: {placeholders}.',
  },
  'import.report.events': { zh: '文件与重复：', en: 'Files and duplicates:' },
  'import.report.newCategories': {
    zh: '新的问题类别（导入时加入 _lists 的类别列表，成为下拉选项）：{list}',
    en: 'New categories (added to the category list in _lists on import, so they are dropdown values): {list}',
  },
  'import.report.notices': {
    zh: '未按原样导入或需要核对的值（{n} 个，均已原样保留）：',
    en: 'Values not imported as they are, or to check ({n}, all kept as typed):',
  },
  'import.report.noNotices': {
    zh: '未按原样导入的值：无（每个值都已导入到对应列或额外列）。',
    en: 'Values not imported as they are: none (every value went to its column or an extra column).',
  },
  'import.report.written': {
    zh: '已写入 {file}：问题 {problems}，责任 {responsibilities}，任务 {tasks}。',
    en: 'Written to {file}: {problems} problems, {responsibilities} responsibilities, {tasks} tasks.',
  },
} as const satisfies Record<string, Entry>;
