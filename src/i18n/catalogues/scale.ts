/**
 * Import at scale and the command line's small defects:
 * the `_log` texts of rows an import adds whole (docs/LOG.md, the engine's,
 * registered in ../index.ts), and the command line's refusals and commander's
 * own words in both languages (SCALE_CLI_MESSAGES, registered in ../cli.ts).
 */
import type { Entry } from '../translate';

export const SCALE_MESSAGES = {
  // ---- _log: rows an import adds, one entry per source file and list sheet (audit/addedRows.ts)
  'log.import.rows': {
    zh: '{file}（工作表 {sheet}，{rows} 行数据，指纹 {print}）：问题 {problems} 个、责任 {responsibilities} 条、措施 {tasks} 条，见 {where}。行校验',
    en: '{file} (sheet {sheet}, {rows} data rows, fingerprint {print}): {problems} problems, {responsibilities} responsibilities, {tasks} measures, at {where}. Row checks',
  },
  'log.import.moreRows': {
    zh: '来自 {file}（工作表 {sheet}）的 {count} 行。行校验',
    en: '{count} rows from {file} (sheet {sheet}). Row checks',
  },
  'log.import.where': { zh: '{sheet} 第 {first}–{last} 行', en: '{sheet} rows {first}–{last}' },
  // ---- _log: a sheet the import creates (headers, helper sheets), one entry instead of one per cell
  'log.newSheet': { zh: '新建工作表，写入 {cells} 个单元格', en: 'new sheet, {cells} cells written' },
} as const satisfies Record<string, Entry>;

/** The command line's: refusals before writing over a file, file errors, and commander's own words. */
export const SCALE_CLI_MESSAGES = {
  // ---- writing over a file that is read-only or open in another program (src/cli/target.ts)
  'cli.target.readOnly': {
    zh: '{file} 设为只读，不能改写。原文件未改动。请先取消它的只读属性，或用 -o 写到另一个文件。',
    en: '{file} is read-only: it cannot be written over. Nothing was changed. Clear its read-only attribute first, or write to another file with -o.',
  },
  'cli.target.open': {
    zh: '{file} 正在 {app} 中打开（旁边有它的锁文件 {lock}）：此时写入，{app} 保存时会把这次的改动覆盖掉。原文件未改动。请先在 {app} 中关闭该文件再运行；如果它并没有打开（程序异常退出时留下的锁文件），删除 {lock} 后重试。',
    en: '{file} is open in {app} (its lock file {lock} is beside it): written now, {app} would overwrite the change when it saves. Nothing was changed. Close the file in {app} first; if it is not open (a lock file left behind by a crash), delete {lock} and try again.',
  },
  'cli.target.excel': { zh: 'Excel 或 WPS', en: 'Excel or WPS' },
  'cli.target.libreOffice': { zh: 'LibreOffice', en: 'LibreOffice' },
  // ---- a file or folder the system refused (any command: .docx reports, letters' folder…)
  'cli.fs.denied': {
    zh: '无法写入 {file}：没有在 {folder} 中写入的权限（文件夹只读，或文件设为只读）。请写到别的文件夹，或修改权限后重试。',
    en: 'Cannot write {file}: no permission to write in {folder} (the folder or the file is read-only). Write to another folder, or change the permissions, and try again.',
  },
  'cli.fs.noFolder': {
    zh: '无法写入 {file}：文件夹 {folder} 不存在。请先建立该文件夹，或换一个已有的文件夹。',
    en: 'Cannot write {file}: the folder {folder} does not exist. Create it first, or use a folder that exists.',
  },
  'cli.fs.cannotOpen': {
    zh: '无法打开或建立 {file}：请检查文件名，以及文件夹 {folder} 能否存放文件。',
    en: 'Cannot open or create {file}: check the file name, and that the folder {folder} can hold files.',
  },
  'cli.fs.notFolder': {
    zh: '无法写入 {file}：路径中的 {folder} 不是文件夹。请换一个路径。',
    en: 'Cannot write {file}: {folder} in its path is not a folder. Use another path.',
  },
  'cli.fs.isFolder': {
    zh: '无法写入 {file}：该路径是一个文件夹。请给出文件名。',
    en: 'Cannot write {file}: that path is a folder. Give a file name.',
  },
  'cli.fs.diskFull': {
    zh: '无法写入 {file}：{folder} 所在的磁盘已满，文件可能不完整。请腾出空间后重新运行。',
    en: 'Cannot write {file}: the disk holding {folder} is full, so the file may be incomplete. Free some space and run the command again.',
  },
  'cli.fs.busy': {
    zh: '无法写入 {file}：文件正被其他程序（如 Excel、WPS 或 Word）打开。请关闭它后重试。',
    en: 'Cannot write {file}: another program (such as Excel, WPS or Word) has it open. Close it and try again.',
  },
  'cli.fs.failed': {
    zh: '无法读写 {file}（系统错误 {code}）。请检查文件和文件夹后重试。',
    en: 'Cannot read or write {file} (system error {code}). Check the file and the folder, then try again.',
  },
  // ---- commander's help (src/cli/commanderText.ts)
  'cli.help.optionsWord': { zh: '[选项]', en: '[options]' },
  'cli.help.commandWord': { zh: '[命令]', en: '[command]' },
  'cli.help.default': { zh: '默认：{value}', en: 'default: {value}' },
  'cli.help.choices': { zh: '可选：{values}', en: 'choices: {values}' },
  'cli.help.preset': { zh: '不写值时：{value}', en: 'preset: {value}' },
  'cli.help.env': { zh: '环境变量：{name}', en: 'env: {name}' },
  'cli.help.extra': { zh: '（{info}）', en: '({info})' },
  // ---- commander's errors (src/cli/commanderText.ts)
  'cli.cmd.missingArgument': { zh: '错误：缺少参数 {name}。', en: "error: missing required argument '{name}'" },
  'cli.cmd.optionNoValue': { zh: '错误：选项 {flags} 后面缺少取值。', en: "error: option '{flags}' argument missing" },
  'cli.cmd.requiredOption': {
    zh: '错误：缺少必需的选项 {flags}。',
    en: "error: required option '{flags}' not specified",
  },
  'cli.cmd.conflict': { zh: '错误：{a} 不能与 {b} 同时使用。', en: 'error: {a} cannot be used with {b}' },
  'cli.cmd.option': { zh: '选项 {flags}', en: "option '{flags}'" },
  'cli.cmd.envVar': { zh: '环境变量 {name}', en: "environment variable '{name}'" },
  'cli.cmd.unknownOption': { zh: '错误：没有选项 {flag}。', en: "error: unknown option '{flag}'" },
  'cli.cmd.unknownCommand': { zh: '错误：没有命令 {name}。', en: "error: unknown command '{name}'" },
  'cli.cmd.tooManyArguments': {
    zh: '错误：参数太多：应为 {expected} 个，实际给了 {received} 个。',
    en: 'error: too many arguments. Expected {expected} argument(s) but got {received}.',
  },
  'cli.cmd.tooManyArgumentsFor': {
    zh: '错误：{command} 的参数太多：应为 {expected} 个，实际给了 {received} 个。',
    en: "error: too many arguments for '{command}'. Expected {expected} argument(s) but got {received}.",
  },
  'cli.cmd.invalidOptionValue': {
    zh: '错误：选项 {flags} 的取值 {value} 无效。',
    en: "error: option '{flags}' argument '{value}' is invalid.",
  },
  'cli.cmd.invalidArgument': {
    zh: '错误：参数 {name} 的取值 {value} 无效。',
    en: "error: command-argument value '{value}' is invalid for argument '{name}'.",
  },
  'cli.cmd.didYouMean': { zh: '（是不是 {names}？）', en: '(Did you mean {names}?)' },
  'cli.cmd.didYouMeanOneOf': { zh: '（是不是其中之一：{names}？）', en: '(Did you mean one of {names}?)' },
  'cli.cmd.seeHelp': { zh: '用 {command} --help 查看用法。', en: 'See {command} --help for the usage.' },
} as const satisfies Record<string, Entry>;
