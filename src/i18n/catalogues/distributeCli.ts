/** `rectify distribute` and `rectify collect`: help and output (docs/DISTRIBUTE.md). Only the command line loads this catalogue. */
import type { Entry } from '../translate';

export const DISTRIBUTE_CLI_MESSAGES = {
  // ---- distribute: help
  'cli.distribute.description': {
    zh: '下发：为每个责任单位生成一个只含本单位问题、措施和整改报告行的工作簿（办公室的列已锁定），并在台账的 _distribution 表中记下轮次和指纹。',
    en: 'Distribute: one workbook per responsible unit with only its problems, measures and report row (the office’s columns locked), recorded with its round and fingerprints in the ledger’s _distribution sheet.',
  },
  'cli.distribute.opt.out': {
    zh: '下发包保存到的文件夹（不存在时新建）',
    en: 'folder for the packages (made when missing)',
  },
  'cli.distribute.opt.due': {
    zh: '交回截止日期（写入填报说明，回收情况按它判断逾期）',
    en: 'return-by date (in the instructions; 回收情况 judges lateness by it)',
  },
  'cli.distribute.opt.contact': {
    zh: '联系人及电话（写入填报说明）',
    en: 'whom to ask, with a phone number (in the instructions)',
  },
  'cli.distribute.opt.unit': { zh: '只下发给这些单位（可写多个）', en: 'only these units (several allowed)' },
  'cli.distribute.opt.force': {
    zh: '覆盖文件夹中已有的同名文件',
    en: 'write over packages of the same name already in the folder',
  },
  'cli.distribute.helpAfter': {
    zh: '\n例：rectify distribute 台账.xlsx --out 下发 --in-place --due 2025-07-15 --contact "督查室 张三 12345678"\n再次下发为新的一轮，并列出每个单位与上一轮相比新增、移除和办公室修改的行。',
    en: '\nExample: rectify distribute ledger.xlsx --out packages --in-place --due 2025-07-15 --contact "Office, Zhang San 12345678"\nDistributing again makes a new round and lists, per unit, the rows added, removed and changed by the office since its last package.',
  },
  // ---- distribute: output
  'cli.distribute.ledgerId': {
    zh: '台账标识（首次下发时生成，记入 _distribution）：{id}',
    en: 'Ledger id (made at the first distribution, kept in _distribution): {id}',
  },
  'cli.distribute.round': { zh: '第 {round} 轮下发，交回截止：{due}', en: 'Round {round}, return by {due}' },
  'cli.distribute.noDue': { zh: '未指定', en: 'not given' },
  'cli.distribute.unit': {
    zh: '{file}  {unit}：问题 {problems} 个，措施 {tasks} 条，整改报告行：{report}',
    en: '{file}  {unit}: {problems} problem(s), {tasks} measure(s), report row: {report}',
  },
  'cli.distribute.yes': { zh: '有', en: 'yes' },
  'cli.distribute.no': { zh: '无', en: 'no' },
  'cli.distribute.unchanged': { zh: '  与第 {round} 轮相比没有变化', en: '  unchanged since round {round}' },
  'cli.distribute.changes': {
    zh: '  与第 {round} 轮相比：新增 {added} 行，移除 {removed} 行，办公室修改 {changed} 行',
    en: '  since round {round}: {added} row(s) added, {removed} removed, {changed} changed by the office',
  },
  'cli.distribute.added': { zh: '    新增：{rows}', en: '    added: {rows}' },
  'cli.distribute.removed': { zh: '    移除：{rows}', en: '    removed: {rows}' },
  'cli.distribute.changed': { zh: '    修改：{rows}', en: '    changed: {rows}' },
  'cli.distribute.total': {
    zh: '共 {units} 个单位：问题 {problems} 个次，措施 {tasks} 条次，整改报告 {reports} 行；保存在 {folder}',
    en: '{units} unit(s): {problems} problem row(s), {tasks} measure row(s), {reports} report row(s); saved in {folder}',
  },
  'cli.distribute.master': {
    zh: '台账已写入 {file}（_log 记录 {logged} 条）',
    en: 'Ledger written to {file} ({logged} _log entries)',
  },
  'cli.distribute.outLink': {
    zh: '输出文件夹 {dir} 是一个符号链接，为安全起见不写入。请指定一个真实的文件夹。',
    en: 'The output folder {dir} is a symbolic link; for safety nothing is written there. Give a real folder.',
  },
  'cli.distribute.outNotFolder': {
    zh: '{dir} 不是文件夹。请用 --out 指定一个文件夹。',
    en: '{dir} is not a folder. Give a folder with --out.',
  },
  'cli.distribute.outside': {
    zh: '文件名 {file} 会写到输出文件夹之外，已拒绝。',
    en: 'The file name {file} would land outside the output folder; refused.',
  },
  'cli.distribute.targetLink': {
    zh: '{file} 是一个符号链接，为安全起见不覆盖。请删除它或换一个文件夹。',
    en: '{file} is a symbolic link; for safety it is not written over. Remove it or use another folder.',
  },
  'cli.distribute.exists': {
    zh: '{file} 已存在，未写入任何文件（台账也未改动）。请换一个文件夹，或加 --force 覆盖。',
    en: '{file} already exists; nothing was written (the ledger is unchanged either). Use another folder, or --force to write over it.',
  },
} as const satisfies Record<string, Entry>;
