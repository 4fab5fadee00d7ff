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
  'excel.degraded.tableResize': {
    zh: '此版本的 Excel 不能调整表格大小（ExcelApi 1.13），表格 {table} 应为 {ref}，请手动拖动表格右下角。',
    en: 'This Excel cannot resize tables (ExcelApi 1.13): table {table} should span {ref}; drag its corner by hand.',
  },
  // ---- xlsx
  'xlsx.notFound': { zh: '文件不存在：{file}', en: 'No such file: {file}' },
  'xlsx.notXlsx': {
    zh: '{file} 不是 .xlsx 工作簿（{reason}）。请在 Excel 或 WPS 中另存为 “Excel 工作簿 (*.xlsx)” 后再试。',
    en: '{file} is not an .xlsx workbook ({reason}). Save it as "Excel Workbook (*.xlsx)" in Excel or WPS and try again.',
  },
  'xlsx.encrypted': {
    zh: '{file} 设有打开密码（或是旧版 .xls 文件），无法读取。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再试。',
    en: '{file} is password-protected (or an old .xls file) and cannot be read. Remove the password in Excel or WPS and save it as .xlsx, then try again.',
  },
  'xlsx.damaged': {
    zh: '{file} 已损坏，无法读取（{reason}）。请用 Excel 或 WPS 打开修复并另存后再试。',
    en: '{file} is damaged and cannot be read ({reason}). Open it in Excel or WPS to repair it, save it, and try again.',
  },
  'xlsx.tooLarge': {
    zh: '{file} 太大（{size} MB，上限 {limit} MB）。请拆分后再处理。',
    en: '{file} is too large ({size} MB; the limit is {limit} MB). Split it and try again.',
  },
  'xlsx.writeFailed': {
    zh: '无法写入 {file}：{reason}。原文件未改动。',
    en: 'Cannot write {file}: {reason}. Nothing was changed.',
  },
  'xlsx.conflict': {
    zh: '{sheet} {cell} 在读取后被修改（原为“{expected}”，现为“{actual}”）。为免覆盖他人的修改，未写入任何内容，请重新运行。',
    en: '{sheet} {cell} changed since it was read (was "{expected}", now "{actual}"). Nothing was written so as not to overwrite someone else’s edit: run the command again.',
  },
} as const satisfies Record<string, Entry>;
