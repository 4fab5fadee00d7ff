/** What the two adapters report: the .xlsx file adapter (xlsx.*) and the Office.js adapter (excel.*). */
import type { Entry } from '../translate';

export const ADAPTER_MESSAGES = {
  // ---- excel
  'excel.stale': {
    zh: '{sheet}!{cell} 等 {count} 个单元格在读取后被他人修改。为避免覆盖同事的输入，本次未写入任何内容，请重新运行。',
    en: '{count} cells, starting at {sheet}!{cell}, were changed by someone else after they were read. Nothing was written, so no colleague’s typing is overwritten; please run the command again.',
  },
  'excel.degraded.notes': {
    zh: '此版本的 Excel 不支持批注接口（ExcelApi 1.18），{count} 条列标题说明未写入；命令行 rectify init 可写入。',
    en: 'This Excel lacks the notes API (ExcelApi 1.18): {count} header notes were not written; `rectify init` can add them.',
  },
  'excel.degraded.notesExisting': {
    zh: '{count} 条列标题说明未写入：这些单元格已有批注。',
    en: '{count} header notes were not written: those cells already have notes.',
  },
  'excel.degraded.merges': {
    zh: '工作表中的合并单元格太多，Excel 未能列出，本次按没有合并单元格处理。若建立台账时提示表格与合并单元格冲突，请先取消清单中的合并单元格。',
    en: 'The sheets have too many merged cells for Excel to list them, so this command went on as if there were none. If setting up the ledger then reports a conflict with merged cells, unmerge the cells in the lists first.',
  },
  'excel.degraded.print': {
    zh: '{count} 个工作表的打印设置（横向、按页宽缩放）未能写入，其余内容已写入。可在“页面布局”中手动设置。',
    en: 'The print settings (landscape, fit to page width) of {count} sheets could not be written; everything else was. Set them under Page Layout if needed.',
  },
  'excel.sheetHidden': {
    zh: '工作表“{sheet}”是隐藏的，无法定位到 {cell}。请先取消隐藏该工作表（右键工作表标签 →“取消隐藏”）。',
    en: 'The sheet "{sheet}" is hidden, so {cell} cannot be shown. Unhide the sheet first (right-click a sheet tab → Unhide).',
  },
  'excel.degraded.tableResize': {
    zh: '此版本的 Excel 不能调整表格大小（ExcelApi 1.13），表格 {table} 应为 {ref}，请手动拖动表格右下角。',
    en: 'This Excel cannot resize tables (ExcelApi 1.13): table {table} should span {ref}; drag its corner by hand.',
  },
  // ---- xlsx: reading (each says what the file is and what to do; no library text)
  'xlsx.notFound': { zh: '文件不存在：{file}', en: 'No such file: {file}' },
  'xlsx.isDirectory': {
    zh: '{file} 是文件夹，不是工作簿。请给出工作簿文件的路径。',
    en: '{file} is a folder, not a workbook. Give the path of the workbook file.',
  },
  'xlsx.readDenied': {
    zh: '无法读取 {file}（{code}）：没有读取权限，或文件正被其他程序独占。请关闭占用它的程序或检查权限后再试。',
    en: 'Cannot read {file} ({code}): no permission to read it, or another program holds it open. Close that program or check the permissions, then try again.',
  },
  'xlsx.empty': {
    zh: '{file} 是空文件（0 字节），可能没有保存完整或下载中断。请重新保存或重新获取该文件后再试。',
    en: '{file} is empty (0 bytes): it was probably not saved completely, or a download was cut short. Save or fetch it again and try again.',
  },
  'xlsx.notXlsx': {
    zh: '{file} 不是 Excel 工作簿。请在 Excel 或 WPS 中打开它，另存为 “Excel 工作簿 (*.xlsx)” 后再试。',
    en: '{file} is not an Excel workbook. Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)", and try again.',
  },
  'xlsx.isXls': {
    zh: '{file} 是旧版 Excel 97-2003 工作簿（.xls），台账须为 .xlsx。请在 Excel 或 WPS 中打开，另存为 “Excel 工作簿 (*.xlsx)” 后再试。（导入旧台账时，rectify import 可直接读取 .xls。）',
    en: '{file} is an old Excel 97-2003 workbook (.xls); a ledger must be an .xlsx. Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)", and try again. (To import a legacy ledger, rectify import reads .xls directly.)',
  },
  'xlsx.xlsTooOld': {
    zh: '{file} 是 Excel 5.0/95 格式的工作簿，过于陈旧，无法读取。请在 Excel 或 WPS 中打开，另存为 “Excel 工作簿 (*.xlsx)” 后再试。',
    en: '{file} is an Excel 5.0/95 workbook, too old to be read. Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)", and try again.',
  },
  'xlsx.xlsDamaged': {
    zh: '{file} 是 .xls 工作簿，但内容已损坏，无法读取。请用 Excel 或 WPS 打开修复，另存为 .xlsx 后再试。',
    en: '{file} is an .xls workbook but its content is damaged and cannot be read. Open it in Excel or WPS to repair it, save it as .xlsx, and try again.',
  },
  'xlsx.isCsv': {
    zh: '{file} 是 CSV 文本文件，不是工作簿，台账须为 .xlsx。请在 Excel 或 WPS 中另存为 “Excel 工作簿 (*.xlsx)”；若要把其中的数据并入台账，请用 rectify import 导入。',
    en: '{file} is a CSV text file, not a workbook; a ledger must be an .xlsx. Save it as "Excel Workbook (*.xlsx)" in Excel or WPS, or bring its rows into a ledger with rectify import.',
  },
  'xlsx.isWebPage': {
    zh: '{file} 实为网页（HTML）或 XML 表格，常见于网站或业务系统导出的 “.xls”。请在 Excel 或 WPS 中打开，另存为 “Excel 工作簿 (*.xlsx)” 后再试。',
    en: '{file} is really a web page (HTML) or an XML spreadsheet, as web systems export under an ".xls" name. Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)", and try again.',
  },
  'xlsx.isOds': {
    zh: '{file} 是 OpenDocument 表格（.ods）。请在 WPS 或 LibreOffice 中另存为 “Excel 工作簿 (*.xlsx)” 后再试。',
    en: '{file} is an OpenDocument spreadsheet (.ods). Save it as "Excel Workbook (*.xlsx)" in WPS or LibreOffice and try again.',
  },
  'xlsx.encrypted': {
    zh: '{file} 设有打开密码，无法读取。请在 Excel 或 WPS 中用密码打开，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存后再试。',
    en: '{file} is protected by a password to open and cannot be read. Open it in Excel or WPS with the password, remove it (File → Info → Protect Workbook → Encrypt with Password, clear the password), save, and try again.',
  },
  'xlsx.zipBroken': {
    zh: '{file} 不完整或已损坏（文件包无法解开），常见于下载或复制中断。请重新获取该文件；若只有这一份，请用 Excel 或 WPS 打开修复并另存后再试。',
    en: '{file} is incomplete or damaged (its package cannot be unpacked), as happens when a download or copy is cut short. Fetch it again; if it is the only copy, open it in Excel or WPS to repair it, save it, and try again.',
  },
  'xlsx.damaged': {
    zh: '{file} 的内容已损坏，无法读取。请用 Excel 或 WPS 打开修复，另存为 .xlsx 后再试。',
    en: '{file} has damaged content and cannot be read. Open it in Excel or WPS to repair it, save it as .xlsx, and try again.',
  },
  'xlsx.noSheets': {
    zh: '{file} 中没有可读取的工作表。请在 Excel 或 WPS 中确认它含有工作表并另存为 .xlsx 后再试。',
    en: '{file} has no worksheet that can be read. Check in Excel or WPS that it has one, save it as .xlsx, and try again.',
  },
  'xlsx.tooLarge': {
    zh: '{file} 太大（{size} MB，上限 {limit} MB）。请拆分后再处理。',
    en: '{file} is too large ({size} MB; the limit is {limit} MB). Split it and try again.',
  },
  // ---- xlsx: writing (every one: nothing was changed, nothing was left behind)
  'xlsx.writeFailed': {
    zh: '无法写入 {file}（系统错误 {code}）。原文件未改动，也没有留下临时文件。请检查磁盘和文件夹后重试。',
    en: 'Cannot write {file} (system error {code}). Nothing was changed and no temporary file was left. Check the disk and the folder, then try again.',
  },
  'xlsx.writeDenied': {
    zh: '无法写入 {file}：没有在 {folder} 中写入的权限（文件夹只读，或文件设为只读）。原文件未改动。请用 -o 写到别的文件夹，或修改权限后重试。',
    en: 'Cannot write {file}: no permission to write in {folder} (the folder or the file is read-only). Nothing was changed. Write elsewhere with -o, or change the permissions, and try again.',
  },
  'xlsx.writeBusy': {
    zh: '无法写入 {file}：文件正被其他程序（如 Excel 或 WPS）打开。原文件未改动。请关闭该文件后重试。',
    en: 'Cannot write {file}: another program (such as Excel or WPS) has it open. Nothing was changed. Close the file and try again.',
  },
  'xlsx.diskFull': {
    zh: '无法写入 {file}：{folder} 所在磁盘已满。原文件未改动，也没有留下临时文件。请腾出空间后重试。',
    en: 'Cannot write {file}: the disk holding {folder} is full. Nothing was changed and no temporary file was left. Free some space and try again.',
  },
  'xlsx.notFolder': {
    zh: '无法写入 {file}：路径中的 {folder} 不是文件夹。请换一个路径。',
    en: 'Cannot write {file}: {folder} in its path is not a folder. Use another path.',
  },
  'xlsx.noFolder': {
    zh: '无法写入 {file}：文件夹 {folder} 不存在。请先建立该文件夹，或用 -o 指定已有的文件夹。',
    en: 'Cannot write {file}: the folder {folder} does not exist. Create it first, or give an existing folder with -o.',
  },
  'xlsx.targetIsFolder': {
    zh: '无法写入 {file}：该路径是一个文件夹。请用 -o 给出文件名，如 台账.xlsx。',
    en: 'Cannot write {file}: that path is a folder. Give a file name with -o, such as ledger.xlsx.',
  },
  'xlsx.cannotSerialize': {
    zh: '无法生成 {file}：工作簿中有本程序无法写出的内容。没有写入任何文件。请在 Excel 或 WPS 中把原文件另存为 .xlsx 后重试；若仍不行，请把文件发给维护人员。',
    en: 'Cannot produce {file}: the workbook holds something this program cannot write. No file was written. Save the original as .xlsx in Excel or WPS and try again; if it still fails, send the file to the maintainers.',
  },
  'xlsx.conflict': {
    zh: '{sheet} {cell} 在读取后被修改（原为“{expected}”，现为“{actual}”）。为免覆盖他人的修改，未写入任何内容，请重新运行。',
    en: '{sheet} {cell} changed since it was read (was "{expected}", now "{actual}"). Nothing was written so as not to overwrite someone else’s edit: run the command again.',
  },
} as const satisfies Record<string, Entry>;
