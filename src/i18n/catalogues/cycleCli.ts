/** `rectify clue` and `rectify unit-report`: help and output. Only the command line loads this catalogue. */
import type { Entry } from '../translate';

export const CYCLE_CLI_MESSAGES = {
  'cli.clue.description': {
    zh: '移交问题线索：签收、办结、办理超时通报、导入旧的移交台账。',
    en: 'Transferred clues: sign for, finish, the notice on overdue clues, import an old clue ledger.',
  },
  'cli.clue.sign.description': {
    zh: '登记线索签收（待签收 → 办理中），写入签收日期和签收人。',
    en: 'Record that a clue was signed for (awaiting → being handled): signing date and who signed.',
  },
  'cli.clue.finish.description': {
    zh: '登记线索办结（→ 已办结），写入办结日期和办理结果。',
    en: 'Record that a clue was finished: finish date and result.',
  },
  'cli.clue.notice.description': {
    zh: '生成移交线索办理超时情况通报（.docx，公文格式），列出有办理超时线索的单位。',
    en: 'Write the notice on overdue clues (.docx, official layout), naming the bodies with overdue clues.',
  },
  'cli.clue.import.description': {
    zh: '把旧的移交线索台账（线索来源、移交单位、移交时间、办理情况……）导入移交清单。',
    en: 'Import an old clue-transfer ledger (线索来源, 移交单位, 移交时间, 办理情况 …) into the transferred-clue list.',
  },
  'cli.clue.opt.id': { zh: '线索编号', en: 'clue ID' },
  'cli.clue.opt.date': { zh: '签收或办结日期（默认今天）', en: 'signing or finish date (default today)' },
  'cli.clue.opt.signer': { zh: '签收人', en: 'who signed for it' },
  'cli.clue.opt.result': { zh: '办理结果', en: 'what came of it' },
  'cli.clue.opt.output': { zh: '通报文件（.docx）', en: 'the notice (.docx)' },
  'cli.clue.arg.sources': { zh: '旧的移交台账（.xlsx / .xls / .csv）', en: 'old clue ledgers (.xlsx / .xls / .csv)' },
  'cli.clue.done': {
    zh: '{message}\n已写入 {file}（留痕 {logged} 条）。',
    en: '{message}\nWritten to {file} ({logged} log entries).',
  },
  'cli.clue.noticeWritten': {
    zh: '已生成通报 {file}：截至 {date}，移交线索 {total} 条，办理超时 {overdue} 条，涉及 {bodies} 个单位。',
    en: 'Notice written to {file}: as of {date}, {total} clues, {overdue} overdue, at {bodies} bodies.',
  },
  'cli.clue.imported': {
    zh: '已从 {files} 个文件导入移交线索 {rows} 条到 {file}（留痕 {logged} 条）。',
    en: 'Imported {rows} clues from {files} file(s) into {file} ({logged} log entries).',
  },
  'cli.unitReport.description': {
    zh: '被巡察单位的整改报告：报送、审核通过、打回重写（带重报时限）。',
    en: 'Units’ rectification reports: submitted, passed, or sent back to be rewritten (with a time limit).',
  },
  'cli.unitReport.submit.description': {
    zh: '登记整改报告报送（打回后重新报送也用此命令）。',
    en: 'Record that a unit’s report came in (also after it was sent back).',
  },
  'cli.unitReport.pass.description': { zh: '登记整改报告审核通过。', en: 'Record that a report passed review.' },
  'cli.unitReport.reject.description': {
    zh: '打回重写：写明原因和重报时限，打回次数加 1，重报期限按时限计算。',
    en: 'Send a report back: reason and time to rewrite; counts the send-back and computes the new deadline.',
  },
  'cli.unitReport.opt.unit': { zh: '被巡察单位', en: 'the inspected unit' },
  'cli.unitReport.opt.round': { zh: '巡察轮次（单位有多行时）', en: 'the round (when the unit has several rows)' },
  'cli.unitReport.opt.date': { zh: '报送或审核日期（默认今天）', en: 'submission or review date (default today)' },
  'cli.unitReport.opt.reviewer': { zh: '审核人', en: 'reviewer' },
  'cli.unitReport.opt.reason': { zh: '打回原因', en: 'why it is sent back' },
  'cli.unitReport.opt.limit': {
    zh: '重报时限，如 10个工作日、15天、2025-07-31',
    en: 'time to rewrite, e.g. 10个工作日, "15 days", 2025-07-31',
  },
  'cli.demo.cycle': {
    zh: '另有移交线索 {clues} 条、整改报告 {reports} 份。',
    en: 'Also {clues} transferred clues and {reports} unit reports.',
  },
} as const satisfies Record<string, Entry>;
