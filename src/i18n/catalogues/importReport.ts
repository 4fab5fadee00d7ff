/**
 * Import: identity, measures and a report a clerk can act on (docs/IMPORT.md).
 * The engine's messages; the command line's option help and the pane's words
 * are in the two smaller catalogues below, registered in cli.ts and pane.ts.
 */
import type { Entry } from '../translate';

export const IMPORT_REPORT_MESSAGES = {
  // ---- one problem, several rows
  'importReport.row.sameInFile': {
    zh: '与本文件第 {otherRow} 行完全相同，只导入一次。',
    en: 'the same, cell for cell, as row {otherRow} of this file; imported once.',
  },
  'importReport.id.twice': {
    zh: '问题编号与第 {otherRow} 行相同，但内容不同（{differs}）：两行都已导入，这一行的编号为 {id}。',
    en: 'the same problem ID as row {otherRow} but different content ({differs}): both rows are imported, this one as {id}.',
  },
  'importReport.text.twice': {
    zh: '问题描述与第 {otherRow} 行相同，但其他内容不同（{differs}）：作为两个问题导入，这一行的编号为 {id}。',
    en: 'the same description as row {otherRow} but other content differs ({differs}): imported as two problems, this one as {id}.',
  },
  'importReport.repeat.same': {
    zh: '与 {other} 第 {otherRow} 行是同一个问题，内容相同，不重复导入。',
    en: 'the same problem as {other} row {otherRow}, with the same content; not imported twice.',
  },
  'importReport.repeat.filled': {
    zh: '与 {other} 第 {otherRow} 行是同一个问题，内容相同，不重复导入；这一行多出的列（{filled}）已补入该问题。',
    en: 'the same problem as {other} row {otherRow}, with the same content; not imported twice; the columns only this row has ({filled}) were added to that problem.',
  },
  'importReport.repeat.differs': {
    zh: '与 {other} 第 {otherRow} 行是同一个问题（单位和编号或问题描述相同），但这些列不同：{differs}。已按 {other} 导入，请核对。',
    en: 'the same problem as {other} row {otherRow} (same unit and ID, or description), but these columns differ: {differs}. Imported as {other} has it; please check.',
  },
  'importReport.repeat.measure': {
    zh: '是第 {otherRow} 行那个重复问题的措施，随它一起不重复导入。',
    en: 'a measure of the repeated problem in row {otherRow}; not imported twice either.',
  },
  'importReport.row.unchanged': {
    zh: '台账中已有（{id}），内容没有变化，不重复导入。',
    en: 'already in the ledger ({id}) and unchanged; not imported again.',
  },
  'importReport.cell.updated': {
    zh: '来源已改：台账 {cell} 由“{ledger}”更新为“{source}”。',
    en: 'changed in the source: the ledger’s {cell} goes from "{ledger}" to "{source}".',
  },
  'importReport.measures.split': {
    zh: '这一格有 {n} 条编号的措施，已拆为 {n} 条任务（{first} 至 {last}）。',
    en: 'this cell lists {n} numbered measures: imported as {n} tasks ({first} to {last}).',
  },
  'importReport.counter.restarts': {
    zh: '{file} 的“{column}”是行序号（分部分重新编号或有重复）：问题按问题编号，或单位和问题描述识别，不按序号；{count} 个重复的序号加了后缀（如 {examples}），原序号保留在“{original}”列。',
    en: '{file}: “{column}” numbers rows (it starts again in each part, or repeats): problems are identified by their ID, or unit and description, not by it; {count} repeated numbers got a suffix (e.g. {examples}); the number as typed is kept in “{original}”.',
  },
  // ---- values to look at
  'importReport.value.bareNumber': {
    zh: '是一个单独的数字，不是日期：已按文字“{value}”保留（不会显示成 1900 年的日期），检查时会标出。请写成日期（如 2024-03-05）；若指天数，请写在整改时限中（如 30天、10个工作日）。',
    en: 'a bare number, not a date: kept as the text "{value}" (it will not show as a date in 1900); check will flag it. Write a date (e.g. 2024-03-05); for a number of days, write it in the time limit (e.g. 30天 / 10个工作日).',
  },
  'importReport.value.bareLimit': {
    zh: '是一个单独的数字，没有单位：是 {value} 天、{value} 个工作日还是 {value} 个月？已按原文保留，检查时会标出。请写明单位（如 30天、10个工作日、3个月）。',
    en: 'a bare number without a unit: {value} days, working days or months? Kept as typed; check will flag it. Write the unit (e.g. 30天, 10个工作日, 3个月).',
  },
  'importReport.value.future': {
    zh: '反馈日期 {date} 晚于今天（{today}）：已按原值导入，请核对年份或月份是否写错。',
    en: 'the feedback date {date} is after today ({today}): imported as it is; check the year and month.',
  },
  'importReport.value.notListed': {
    zh: '不在“{list}”的下拉列表中：已按原文保留在单元格中，检查时会标出。要把它加入下拉列表，导入时加 --add-to-lists（任务窗格：勾选“加入下拉列表”）；或改成列表中的类别。',
    en: 'not in the "{list}" list: kept as typed in its cell; check will flag it. To add it to the list, import with --add-to-lists (in the pane: tick “Add to the list”), or change it to a listed category.',
  },
  // ---- the feedback date of each file
  'importReport.feedback.title': {
    zh: '{file} 没有反馈日期列：{rows} 个问题的反馈日期取自标题行 {cell}“{label}：{date}”。',
    en: '{file} has no feedback-date column: {rows} problems take {date} from the title line {cell} ("{label}").',
  },
  'importReport.feedback.fileOption': {
    zh: '{file} 没有反馈日期列：{rows} 个问题的反馈日期取自 --feedback-date {file}={date}。',
    en: '{file} has no feedback-date column: {rows} problems take {date} from --feedback-date {file}={date}.',
  },
  'importReport.feedback.none': {
    zh: '{file} 没有反馈日期（没有这一列，标题行中也没有“反馈时间：…”）：它的 {rows} 个问题缺少反馈日期，检查时会报错。可用 --feedback-date "{file}=2025-07-01" 指定。',
    en: '{file} has no feedback date (no such column, no “反馈时间：…” title line): its {rows} problems lack one and check will report them. Give one with --feedback-date "{file}=2025-07-01".',
  },
  'importReport.feedback.future': {
    zh: '{file} 的反馈日期 {date} 晚于今天：请核对。',
    en: '{file}: the feedback date {date} is after today; please check it.',
  },
  'importReport.feedbackUse.column': {
    zh: '反馈日期：取自“{column}”列',
    en: 'Feedback date: from the “{column}” column',
  },
  'importReport.feedbackUse.title': {
    zh: '反馈日期：取自标题行 {cell}“{label}”：{date}',
    en: 'Feedback date: from the title line {cell} (“{label}”): {date}',
  },
  'importReport.feedbackUse.fileOption': {
    zh: '反馈日期：取自 --feedback-date {file}={date}',
    en: 'Feedback date: from --feedback-date {file}={date}',
  },
  'importReport.feedbackUse.option': {
    zh: '反馈日期：取自 --feedback-date {date}',
    en: 'Feedback date: from --feedback-date {date}',
  },
  'importReport.feedbackUse.none': {
    zh: '反馈日期：无（没有这一列、标题行或 --feedback-date）',
    en: 'Feedback date: none (no such column, title line or --feedback-date)',
  },
  // ---- a required column not found
  'importReport.required.guess': {
    zh: '{file} 没有「{column}」列。它的列有：{columns}。「{source}」看起来是「{column}」：--map {rule}',
    en: '{file} has no “{column}” column. Its columns: {columns}. “{source}” looks like “{column}”: --map {rule}',
  },
  'importReport.required.noGuess': {
    zh: '{file} 没有「{column}」列，也没有看起来像它的列。它的列有：{columns}。可用 --map "源列={column}" 指明。',
    en: '{file} has no “{column}” column, and none that looks like it. Its columns: {columns}. Say which with --map "source={column}".',
  },
  // ---- check
  'importReport.check.formulaNoValue': {
    zh: '这一格是公式“{formula}”，文件中没有保存它的计算结果（保存它的程序不计算公式），所以看起来是空的。请在 Excel 或 WPS 中打开并保存一次，让公式算出结果。',
    en: 'this cell holds the formula "{formula}" and the file has no saved result for it (the program that saved it does not calculate), so it looks empty. Open and save the file once in Excel or WPS so the formula is computed.',
  },
  // ---- the report's layout
  'importReport.report.info': {
    zh: '供参考（{n} 处，不需处理：已导入过、重复或已更新的行，拆分的措施，合计、脚注等不是问题的行）：',
    en: 'For information ({n}, nothing to do: rows imported before, repeated or updated, measures split, totals, footnotes and other rows that are no problems):',
  },
  'importReport.report.unchanged': {
    zh: '没有新内容，也没有要更新的单元格：{file} 未改动（没有写入，也没有备份）。',
    en: 'Nothing new and nothing to update: {file} is left as it was (nothing written, no backup).',
  },
  'importReport.rows': { zh: '第 {rows} 行', en: 'rows {rows}' },
  'importReport.more': { zh: '等 {n} 处', en: '{n} in all' },
} as const satisfies Record<string, Entry>;

/** `rectify import`'s options (registered in cli.ts). */
export const IMPORT_REPORT_CLI_MESSAGES = {
  'importReport.cli.feedbackDate': {
    zh: '反馈日期：FILE=日期 给这个文件（可重复），只写日期则给其余没有反馈日期的文件（文件自己的“反馈日期”列和标题行“反馈时间：…”优先）',
    en: 'feedback date: FILE=DATE for that file (repeatable), a bare DATE for every other file without one (a file’s own feedback-date column and “反馈时间：…” title line come first)',
  },
  'importReport.cli.addToLists': {
    zh: '把不在下拉列表中的问题类别加入 _lists（不加时保留在单元格中并报告）',
    en: 'add categories outside the dropdown list to _lists (without it they are kept in their cells and reported)',
  },
  'importReport.cli.unknownFile': {
    zh: '--feedback-date “{value}”：{file} 不是要导入的文件。要导入的文件：{files}。',
    en: '--feedback-date "{value}": {file} is not one of the files being imported. They are: {files}.',
  },
  'importReport.cli.twoFileDates': {
    zh: '--feedback-date 给 {file} 两个日期（{first} 和 {second}）：一个文件只能有一个反馈日期。',
    en: '--feedback-date gives {file} two dates ({first} and {second}): a file has one feedback date.',
  },
  'importReport.cli.twoDates': {
    zh: '--feedback-date 只能给一个不带文件名的日期（已有 {first}，又给了 {second}）；给某个文件请写成 文件=日期。',
    en: '--feedback-date takes one date without a file name (got {first}, then {second}); for one file write FILE=DATE.',
  },
} as const satisfies Record<string, Entry>;

/** The import panel's words (registered in pane.ts). */
export const IMPORT_REPORT_PANE_MESSAGES = {
  'importReport.panel.guess': {
    zh: '「{source}」看起来是「{column}」',
    en: '“{source}” looks like “{column}”',
  },
  'importReport.panel.useGuess': { zh: '按此映射', en: 'Map it so' },
  'importReport.panel.addToLists': {
    zh: '把这些类别加入问题类别的下拉列表：{list}',
    en: 'Add these categories to the category list: {list}',
  },
  'importReport.panel.unlisted': {
    zh: '{n} 个问题类别不在下拉列表中，将按原文保留在单元格中（检查时会标出）。',
    en: '{n} categories are not in the list; they are kept as typed in their cells (check will flag them).',
  },
} as const satisfies Record<string, Entry>;
