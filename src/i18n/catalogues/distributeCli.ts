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
  // ---- collect: help
  'cli.collect.description': {
    zh: '回收：把各单位交回的下发包合并进台账——只取单位填写的列，按问题编号/任务编号对应；其他改动逐格报告、不予采用；列出回收情况。',
    en: 'Collect: merge the packages units send back into the ledger — only the columns they fill, matched by problem/task ID; anything else is reported cell by cell and not applied; lists who returned.',
  },
  'cli.collect.arg.files': { zh: '交回的下发包（可写多个）', en: 'returned packages (several allowed)' },
  'cli.collect.opt.dryRun': { zh: '只报告，不写入台账', en: 'report only; write nothing' },
  'cli.collect.opt.json': { zh: '以一行 JSON 输出结果', en: 'print the result as one line of JSON' },
  'cli.collect.helpAfter': {
    zh: '\n例：rectify collect 台账.xlsx 回收/*.xlsx --in-place\n同一文件重复回收不会改变任何内容（退出码 0）；有被拒绝或需要核对的内容时退出码为 1。',
    en: '\nExample: rectify collect ledger.xlsx returned/*.xlsx --in-place\nCollecting the same file again changes nothing (exit 0); exit 1 when something was refused or needs a look.',
  },
  // ---- collect: output
  'cli.collect.package': { zh: '【{unit}】{file}（第 {round} 轮）', en: '[{unit}] {file} (round {round})' },
  'cli.collect.status.merged': { zh: '已合并', en: 'merged' },
  'cli.collect.status.unchanged': { zh: '没有需要合并的新内容', en: 'nothing new to merge' },
  'cli.collect.status.again': { zh: '这个文件已经回收过，本次不再改动', en: 'already collected; nothing changed' },
  'cli.collect.status.otherLedger': {
    zh: '拒绝：这不是本台账下发的文件（台账标识不同），未采用任何内容',
    en: 'refused: this package comes from another ledger (different ledger id); nothing taken',
  },
  'cli.collect.status.olderRound': {
    zh: '拒绝：第 {round} 轮比该单位已回收的轮次旧，以新的为准，未采用任何内容',
    en: 'refused: round {round} is older than one already collected from this unit; the newer one stands, nothing taken',
  },
  'cli.collect.status.unknownRound': {
    zh: '拒绝：台账中没有给 {unit} 的第 {round} 轮下发记录，未采用任何内容',
    en: 'refused: the ledger has no round {round} sent to {unit}; nothing taken',
  },
  'cli.collect.status.unknownUnit': {
    zh: '拒绝：台账从未向“{unit}”下发过，无法确定是哪个单位的文件，未采用任何内容',
    en: 'refused: the ledger never sent a package to "{unit}", so whose file this is cannot be told; nothing taken',
  },
  'cli.collect.warning': { zh: '注意：{text}', en: 'Note: {text}' },
  'cli.collect.change': {
    zh: '  {sheet}!{cell} {id} {column}：{old} → {new}',
    en: '  {sheet}!{cell} {id} {column}: {old} → {new}',
  },
  'cli.collect.refused': {
    zh: '  未采用 {sheet}!{cell} {id} {column}：{old} → {new}（{reason}）',
    en: '  not taken {sheet}!{cell} {id} {column}: {old} → {new} ({reason})',
  },
  'cli.collect.followsTitle': {
    zh: '问题随措施更新（与 rectify record 同一规则）：',
    en: 'Problems following their measures (the rule rectify record applies):',
  },
  'cli.collect.empty': { zh: '（空）', en: '(empty)' },
  'cli.collect.reason.office': { zh: '此列由办公室维护，单位不能修改', en: 'an office column; units cannot change it' },
  'cli.collect.reason.conflict': {
    zh: '冲突：下发后办公室也改过这一格，请人工决定',
    en: 'conflict: the office changed this cell too after sending it; a person decides',
  },
  'cli.collect.reason.status': {
    zh: '不是有效的完成状态（未开始/进行中/已完成）',
    en: 'not a status (Not started / In progress / Done)',
  },
  'cli.collect.reason.date': {
    zh: '不是有效的日期，请写成 2025-07-15 的形式',
    en: 'not a valid date; write it like 2025-07-15',
  },
  'cli.collect.reason.gone': { zh: '台账中已没有这一行', en: 'the ledger no longer has this row' },
  'cli.collect.reason.noColumn': { zh: '台账中没有这一列', en: 'the ledger has no such column' },
  'cli.collect.added': { zh: '  单位新增的行（未采用）：{rows}', en: '  rows the unit added (not taken): {rows}' },
  'cli.collect.deleted': {
    zh: '  单位删除的行（台账中保留）：{rows}',
    en: '  rows the unit deleted (kept in the ledger): {rows}',
  },
  'cli.collect.reordered': {
    zh: '  单位调整了行的顺序（按编号对应，不影响合并）：{sheets}',
    en: '  rows reordered by the unit (matched by ID; no effect): {sheets}',
  },
  'cli.collect.foreign': {
    zh: '  属于其他单位的行（拒绝）：{rows}',
    en: '  rows belonging to another unit (refused): {rows}',
  },
  'cli.collect.request': {
    zh: '  申请延期 {id}：申请延至 {until}（{asked} 申请），理由：{reason}',
    en: '  extension asked for {id}: until {until} (asked {asked}), reason: {reason}',
  },
  'cli.collect.total': {
    zh: '共 {files} 个文件：合并 {merged} 格，未采用 {refused} 格，延期申请 {requests} 条记入延期申请表',
    en: '{files} file(s): {merged} cell(s) merged, {refused} not taken, {requests} extension request(s) recorded',
  },
  'cli.collect.returnsTitle': { zh: '回收情况：', en: 'Returns:' },
  'cli.collect.returnedRow': {
    zh: '  {unit}：已回收（{date}，第 {round} 轮），截止 {due}',
    en: '  {unit}: returned ({date}, round {round}), due {due}',
  },
  'cli.collect.waitingRow': {
    zh: '  {unit}：未回收（第 {round} 轮），截止 {due}',
    en: '  {unit}: not returned (round {round}), due {due}',
  },
  'cli.collect.overdueRow': {
    zh: '  {unit}：逾期未回收（第 {round} 轮），截止 {due}',
    en: '  {unit}: overdue (round {round}), due {due}',
  },
  'cli.collect.noDue': { zh: '未指定', en: 'not given' },
  'cli.collect.returnsTotal': { zh: '  已回收 {back}/{all} 个单位', en: '  {back} of {all} unit(s) returned' },
  'cli.collect.dryRun': { zh: '（--dry-run：未写入任何内容）', en: '(--dry-run: nothing written)' },
  'cli.collect.written': {
    zh: '台账已写入 {file}（_log 记录 {logged} 条）',
    en: 'Ledger written to {file} ({logged} _log entries)',
  },
  'cli.collect.nothing': { zh: '没有新内容，台账未改动。', en: 'Nothing new; the ledger is unchanged.' },
} as const satisfies Record<string, Entry>;
