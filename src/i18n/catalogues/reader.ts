/** What the bounded .xlsx reader (src/xlsx/read) says when a file goes over one of its limits, or is an odd zip. */
import type { Entry } from '../translate';

export const READER_MESSAGES = {
  'xlsx.limit.entry': {
    zh: '{file} 中的部件 {part} 解压后超过 {limit} MB 的上限（文件很小、解压后却极大，可能是恶意构造的压缩包）。已拒绝读取，未做任何改动。若这是正常的台账，请在 Excel 中删去不需要的内容、另存后再试。',
    en: '{file}: its part {part} unpacks to more than the limit of {limit} MB (a small file that unpacks to a huge one may be a zip bomb). It was not read and nothing was changed. If it is a genuine ledger, delete what is not needed in Excel, save it, and try again.',
  },
  'xlsx.limit.total': {
    zh: '{file} 解压后共超过 {limit} MB 的上限。已拒绝读取，未做任何改动。请拆分文件或删去不需要的工作表后再试。',
    en: '{file} unpacks to more than the limit of {limit} MB in all. It was not read and nothing was changed. Split the file or delete sheets that are not needed, and try again.',
  },
  'xlsx.limit.entries': {
    zh: '{file} 包含 {count} 个部件，超过 {limit} 个的上限。已拒绝读取，未做任何改动。请在 Excel 中另存为新文件后再试。',
    en: '{file} holds {count} parts, more than the limit of {limit}. It was not read and nothing was changed. Save it as a new file in Excel and try again.',
  },
  'xlsx.limit.rows': {
    zh: '{file} 的工作表“{sheet}”在第 {row} 行仍有内容，超过每表 {limit} 行的上限。已拒绝读取，未做任何改动。请删去多余的行（或拆分工作表）后再试。',
    en: '{file}: sheet “{sheet}” has content in row {row}, beyond the limit of {limit} rows per sheet. It was not read and nothing was changed. Delete the extra rows (or split the sheet) and try again.',
  },
  'xlsx.limit.columns': {
    zh: '{file} 的工作表“{sheet}”在第 {column} 列仍有内容，超过 {limit} 列的上限。已拒绝读取，未做任何改动。',
    en: '{file}: sheet “{sheet}” has content in column {column}, beyond the limit of {limit} columns. It was not read and nothing was changed.',
  },
  'xlsx.limit.cells': {
    zh: '{file} 的非空单元格超过每个文件 {limit} 个的上限（读到工作表“{sheet}”时超出）。已拒绝读取，未做任何改动。请把台账按年度或轮次拆分为几个文件，或删去不需要的工作表后再试。',
    en: '{file} has more than the limit of {limit} non-empty cells per file (passed in sheet “{sheet}”). It was not read and nothing was changed. Split the ledger into several files (by year or round), or delete sheets that are not needed, and try again.',
  },
  'xlsx.limit.filledRows': {
    zh: '{file} 中有内容的行超过每个文件 {limit} 行的上限（在工作表“{sheet}”第 {row} 行超出）。已拒绝读取，未做任何改动。请把台账按年度或轮次拆分为几个文件，或删去不需要的工作表后再试。',
    en: '{file} has more than the limit of {limit} rows with content per file (passed at row {row} of sheet “{sheet}”). It was not read and nothing was changed. Split the ledger into several files (by year or round), or delete sheets that are not needed, and try again.',
  },
  'xlsx.limit.rewrite': {
    zh: '本次操作需要把整个工作簿重新写出：{file} 有 {held} 个单元格，还要写入 {adding} 个，超出命令行整体重写的上限（约 {limit} 个单元格，更大的工作簿会占用过多内存）。已拒绝，未做任何改动。请在 Excel 中用整改台账任务窗格执行本操作，或把台账按年度或轮次拆分为几个文件后再试。',
    en: 'This command has to write the whole workbook again: {file} holds {held} cells and would get {adding} more, beyond what the command line rewrites whole (about {limit} cells; a larger workbook takes too much memory). It was refused and nothing was changed. Run it from the Rectification Ledger pane in Excel, or split the ledger into several files (by year or round), and try again.',
  },
  'xlsx.limit.rewriteText': {
    zh: '本次操作需要把整个工作簿重新写出：{file} 的表格内容解压后有 {mb} MB，超出命令行整体重写的上限（{limit} MB，更大的工作簿会占用过多内存）。已拒绝，未做任何改动。请在 Excel 中用整改台账任务窗格执行本操作，或把台账按年度或轮次拆分为几个文件后再试。',
    en: 'This command has to write the whole workbook again: the sheets of {file} unpack to {mb} MB, beyond what the command line rewrites whole ({limit} MB; a larger workbook takes too much memory). It was refused and nothing was changed. Run it from the Rectification Ledger pane in Excel, or split the ledger into several files (by year or round), and try again.',
  },
  'xlsx.limit.merges': {
    zh: '{file} 的工作表“{sheet}”中合并单元格覆盖的范围过大或相互重叠（超过 {limit} 个单元格的上限）。已拒绝读取，未做任何改动。请在 Excel 中取消不需要的合并后再试。',
    en: '{file}: sheet “{sheet}” has merged ranges that cover too much or overlap (beyond the limit of {limit} cells). It was not read and nothing was changed. Unmerge the cells that need not be merged in Excel, and try again.',
  },
  'xlsx.zipSizeMismatch': {
    zh: '{file} 中的部件 {part} 解压后比压缩包目录中登记的 {size} 字节更大：文件已损坏，或是恶意构造的压缩包。已拒绝读取，未做任何改动。请重新获取该文件，或用 Excel 或 WPS 打开修复并另存后再试。',
    en: '{file}: its part {part} unpacks to more than the {size} bytes its directory declares: the file is damaged or a zip bomb. It was not read and nothing was changed. Fetch it again, or open it in Excel or WPS to repair it, save it, and try again.',
  },
  'xlsx.zipUnsupported': {
    zh: '{file} 的压缩包使用了本工具不支持的格式（部件 {part}：{what}）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。',
    en: '{file} is packed in a way this tool does not read (part {part}: {what}). Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
} as const satisfies Record<string, Entry>;
