/**
 * `rectify calendar notice`: help and output, and the messages of reading a
 * notice file (src/cli/noticeText.ts). The notice's own messages (its
 * warnings and errors, needing --replace) are the engine's, in calendar.ts.
 * Only the command line loads this catalogue.
 */
import type { Entry } from '../translate';

export const CALENDAR_CLI_MESSAGES = {
  // ---- help
  'cli.calendar.description': {
    zh: '节假日日历：读取国务院《部分节假日安排的通知》，查看或写入台账的 _calendar 表。',
    en: 'The holiday calendar: read the State Council holiday notice, show it or write it into a ledger’s _calendar sheet.',
  },
  'cli.calendar.notice.description': {
    zh: '读取节假日安排通知（.txt、网页 .html、Word .docx，或 - 从标准输入粘贴），列出每个放假日和调休上班日；加 --into 写入台账的 _calendar，并列出因此改变的期限。',
    en: 'Read a holiday notice (.txt, a saved web page .html, Word .docx, or - to paste it on standard input) and list its days off and make-up working days; with --into, write them into a ledger’s _calendar and list the deadlines that move.',
  },
  'cli.calendar.arg.file': {
    zh: '通知文件（.txt / .html / .docx），- 表示从标准输入读取',
    en: 'the notice (.txt / .html / .docx); - reads standard input',
  },
  'cli.calendar.opt.json': {
    zh: '输出一行 JSON：year、days（date、type 休/班、holiday）、warnings（有错误时另有 errors）',
    en: 'print one line of JSON: year, days (date, type 休/班, holiday), warnings (and errors when there are any)',
  },
  'cli.calendar.opt.into': {
    zh: '把通知的日子写入这个台账的 _calendar 表（需要 -o 或 --in-place）',
    en: 'write the notice’s days into this ledger’s _calendar sheet (needs -o or --in-place)',
  },
  'cli.calendar.opt.output': {
    zh: '与 --into 同用：结果写到这个文件（台账原文件不动）',
    en: 'with --into: write the result to this file (the ledger is left as it is)',
  },
  'cli.calendar.opt.inPlace': {
    zh: '与 --into 同用：直接改写台账（先保留备份）',
    en: 'with --into: change the ledger itself (a backup is kept first)',
  },
  'cli.calendar.opt.replace': {
    zh: '_calendar 中已有同一年与通知不同的行时，以通知为准替换它们',
    en: 'when _calendar already has rows of the year that differ from the notice, let the notice replace them',
  },
  'cli.calendar.opt.today': {
    zh: '与 --into 同用：按哪一天计算预警（默认今天），如 2026-12-15',
    en: 'with --into: the as-of date of the alerts (default today), e.g. 2026-12-15',
  },
  'cli.calendar.opt.progress': {
    zh: '与 --into 同用：在标准错误输出显示进度',
    en: 'with --into: show progress on stderr',
  },
  'cli.calendar.helpAfter': {
    zh: '\n每年十二月：通知公布后（中国政府网、新华社），保存全文，先查看，再写入：\n  rectify calendar notice 通知.txt\n  rectify calendar notice 通知.txt --into 台账.xlsx --in-place\n退出码：0 成功；1 _calendar 已有不同的行（加 --replace 替换）；2 文件读不了、不是通知或通知有误。',
    en: '\nEvery December, once the notice is out (gov.cn, Xinhua), save its text, look at it, then write it:\n  rectify calendar notice notice.txt --lang en\n  rectify calendar notice notice.txt --into ledger.xlsx --in-place\nExit codes: 0 done; 1 _calendar already has different rows (add --replace); 2 unreadable file, no notice, or a notice with errors.',
  },
  // ---- option errors
  'cli.calendar.jsonWithInto': {
    zh: '--json 只用于查看通知，不能与 --into 同用。',
    en: '--json is for looking at a notice; it cannot be used with --into.',
  },
  'cli.calendar.needsInto': {
    zh: '{option} 只能与 --into <台账.xlsx> 同用。',
    en: '{option} works only with --into <ledger.xlsx>.',
  },
  'cli.calendar.stdinHint': {
    zh: '请粘贴通知全文，然后按 Ctrl-D（Windows：Ctrl-Z 后回车）结束。',
    en: 'Paste the whole notice, then press Ctrl-D (Windows: Ctrl-Z, Enter).',
  },
  // ---- the notice as read
  'cli.calendar.heading': { zh: '{year} 年节假日安排', en: 'Holidays of {year}' },
  'cli.calendar.headingDoc': { zh: '{year} 年节假日安排（{doc}）', en: 'Holidays of {year} ({doc})' },
  'cli.calendar.adjustment': {
    zh: '这是一份调整通知：只改动下列日子，同年其他日子不变。',
    en: 'This notice adjusts an earlier one: only the days below change, the rest of the year stays.',
  },
  'cli.calendar.range': { zh: '{from} 至 {to}', en: '{from} to {to}' },
  'cli.calendar.off': { zh: '{dates} 休（{n}天）', en: '{dates} off ({n} days)' },
  'cli.calendar.work': { zh: '{dates} 班', en: '{dates} working' },
  'cli.calendar.partSep': { zh: '；', en: '; ' },
  'cli.calendar.total': {
    zh: '共 {off} 天休、{work} 天调休上班。',
    en: '{off} days off and {work} make-up working days in all.',
  },
  'cli.calendar.warning': { zh: '提示：{text}', en: 'Note: {text}' },
  'cli.calendar.error': { zh: '错误：{text}', en: 'Error: {text}' },
  'cli.calendar.errors': {
    zh: '通知中有 {n} 处需要核对（见上）：请与通知原文比对，改正所保存的文字后再试。有错时不能写入台账。',
    en: 'The notice has {n} point(s) to check (see above): compare with the original notice and correct the saved text. A notice with errors cannot be written into a ledger.',
  },
  // ---- written into a ledger
  'cli.calendar.written': {
    zh: '已写入 {file}：_calendar 新增 {year} 年的 {added} 天，另有 {same} 天原已相同（_log 留痕 {logged} 条）。',
    en: 'Wrote {file}: {added} days of {year} added to _calendar, {same} already there as set ({logged} entries in _log).',
  },
  'cli.calendar.replaced': {
    zh: '已按通知替换 _calendar 中的下列行（--replace）：',
    en: 'Rows of _calendar replaced by the notice (--replace):',
  },
  'cli.calendar.nothing': {
    zh: '{file} 的 _calendar 已有这份通知的全部 {same} 天，没有改动，文件未改写。',
    en: '{file}: _calendar already has all {same} days of this notice; nothing changed and the file was not rewritten.',
  },
  'cli.calendar.nothingCopied': {
    zh: '{ledger} 的 _calendar 已有这份通知的全部 {same} 天，没有改动；已原样复制到 {file}。',
    en: '{ledger}: _calendar already has all {same} days of this notice; nothing changed, copied as it is to {file}.',
  },
  'cli.calendar.movedTitle': {
    zh: '随新日历改变的期限 {n} 个：',
    en: '{n} deadline(s) move with the new calendar:',
  },
  'cli.calendar.moved': {
    zh: '  {sheet} 第{row}行（{where}）：{old} → {new}',
    en: '  {sheet} row {row} ({where}): {old} → {new}',
  },
  'cli.calendar.noneMoved': { zh: '没有期限因此改变。', en: 'No deadline moves.' },
  'cli.calendar.noDate': { zh: '（无）', en: '(none)' },
  'cli.calendar.uncovered': {
    zh: '仍有期限用到节假日日历未覆盖的年份：{years}。这些年份的通知公布后，再用本命令写入。',
    en: 'Deadlines still run into years the holiday calendar does not cover: {years}. Add their notices with this command once published.',
  },
  'cli.calendar.covered': {
    zh: '期限用到的年份都已有节假日安排。',
    en: 'Every year the deadlines run into is covered by the holiday calendar.',
  },
  'cli.calendar.changedTitle': {
    zh: '_calendar 中与通知不同的行：',
    en: 'Rows of _calendar that the notice contradicts:',
  },
  'cli.calendar.changedRow': {
    zh: '  第{row}行 {date}：类型 {type} → {to}{note}',
    en: '  row {row} {date}: type {type} → {to}{note}',
  },
  'cli.calendar.extraTitle': {
    zh: '_calendar 中通知没有列出的 {year} 年的行，照旧保留（如是本地节假日，无需处理；如是误录，加 --replace 再运行即清空）：',
    en: 'Rows of {year} in _calendar that the notice does not set, kept as they are (a local holiday needs nothing; to empty rows typed by mistake, run again with --replace):',
  },
  'cli.calendar.extraTitleEmptied': {
    zh: '_calendar 中通知没有列出的 {year} 年的行，已清空：',
    en: 'Rows of {year} in _calendar that the notice does not set, now emptied:',
  },
  'cli.calendar.extraRow': { zh: '  第{row}行 {date} {type}{note}', en: '  row {row} {date} {type}{note}' },
  'cli.calendar.note': { zh: '（备注：{note}）', en: ' (note: {note})' },
  // ---- reading the file (src/cli/noticeText.ts)
  'cli.notice.tooBig': {
    zh: '{file} 超过 {mb} MB，不像是一份通知，未读取。请只保存通知正文（把全文复制到一个 .txt 文件）。',
    en: '{file} is over {mb} MB, too large for a notice; it was not read. Save only the notice’s text (copy it into a .txt file).',
  },
  'cli.notice.docxTooBig': {
    zh: '{file} 的正文解压后超过 {mb} MB，不像是一份通知，未读取。',
    en: '{file}: its text unpacks to more than {mb} MB, too large for a notice; it was not read.',
  },
  'cli.notice.oldWord': {
    zh: '{file} 是旧版 Word（.doc）或 WPS 文档，不能直接读取。请在 Word 或 WPS 中“另存为” .docx 或纯文本 .txt，或把通知全文复制到一个 .txt 文件。',
    en: '{file} is an old Word (.doc) or WPS document, which cannot be read directly. Save it as .docx or plain text (.txt) in Word or WPS, or copy the notice into a .txt file.',
  },
  'cli.notice.pdf': {
    zh: '{file} 是 PDF，不能读取其中的文字。请把通知全文复制到一个 .txt 文件，或保存网页（.html）。',
    en: '{file} is a PDF, whose text cannot be read here. Copy the notice into a .txt file, or save the web page (.html).',
  },
  'cli.notice.notWord': {
    zh: '{file} 是压缩文件，但不是 Word 文档（.docx）。请提供通知的 .txt、.html 或 .docx 文件。',
    en: '{file} is a zip archive but not a Word document (.docx). Give the notice as .txt, .html or .docx.',
  },
  'cli.notice.docxBroken': {
    zh: '{file} 不是完整的 Word 文档（.docx），可能已损坏或没有下载完整。请重新保存，或把通知全文复制到一个 .txt 文件。',
    en: '{file} is not a complete Word document (.docx): damaged or not fully downloaded. Save it again, or copy the notice into a .txt file.',
  },
  'cli.notice.binary': {
    zh: '{file} 不是文本、网页或 Word 文档，无法读取。请把通知全文复制到一个 .txt 文件（UTF-8 或 GBK 编码均可）。',
    en: '{file} is not text, a web page or a Word document, so it cannot be read. Copy the notice into a .txt file (UTF-8 or GBK).',
  },
  'cli.notice.isDirectory': {
    zh: '{file} 是文件夹，不是通知文件。请给出通知文件的路径。',
    en: '{file} is a folder, not a notice. Give the path of the notice file.',
  },
  'cli.notice.stdin': { zh: '标准输入', en: 'standard input' },
} as const satisfies Record<string, Entry>;
