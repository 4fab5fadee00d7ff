/** Messages of the task pane and ribbon commands. */
import type { Entry } from '../index';

export const ADDIN_MESSAGES = {
  'addin.title': { zh: '整改台账', en: 'Rectification Ledger' },
  'addin.tagline': {
    zh: '巡察整改问题、责任、任务三张清单',
    en: 'Problems, responsibilities and tasks of a rectification',
  },
  'addin.loading': { zh: '正在加载…', en: 'Loading…' },
  'addin.noOffice': {
    zh: '未检测到 Excel。请在 Excel 中通过“整改台账”按钮打开本窗格。',
    en: 'Excel was not found. Open this pane from the Rectification Ledger button in Excel.',
  },
  'addin.asOf': { zh: '截至 {date}', en: 'As of {date}' },

  // summary
  'addin.summary.title': { zh: '概况', en: 'Summary' },
  'addin.summary.problems': { zh: '问题', en: 'Problems' },
  'addin.summary.overdue': { zh: '已逾期', en: 'Overdue' },
  'addin.summary.dueSoon': { zh: '临期', en: 'Due soon' },
  'addin.summary.closed': { zh: '已销号', en: 'Closed' },
  'addin.summary.open': { zh: '整改中', en: 'Open' },
  'addin.summary.rate': { zh: '完成率', en: 'Completion rate' },
  'addin.summary.empty': {
    zh: '本工作簿还没有台账。点击“建立台账结构”创建问题、责任、任务三张清单。',
    en: 'This workbook has no ledger yet. Click “Set up ledger” to create the problem, responsibility and task lists.',
  },
  'addin.summary.chart': {
    zh: '已销号 {closed}、正常 {onTrack}、临期 {dueSoon}、已逾期 {overdue}',
    en: '{closed} closed, {onTrack} on track, {dueSoon} due soon, {overdue} overdue',
  },
  'addin.summary.onTrack': { zh: '正常', en: 'On track' },
  'addin.summary.other': { zh: '长期坚持或期限未知', en: 'Ongoing or no deadline' },

  // actions
  'addin.action.structure': { zh: '建立台账结构', en: 'Set up ledger' },
  'addin.action.structure.hint': {
    zh: '创建或补全三张清单、下拉列表、条件格式；不会删除或改动已有数据。',
    en: 'Creates or completes the three lists, dropdowns and colours; never deletes or changes existing data.',
  },
  'addin.action.check': { zh: '检查', en: 'Check' },
  'addin.action.check.hint': {
    zh: '检查必填项、日期、编号、期限等问题。',
    en: 'Checks required cells, dates, IDs, deadlines and more.',
  },
  'addin.action.refresh': { zh: '刷新', en: 'Refresh' },
  'addin.action.refresh.hint': {
    zh: '按今天重新计算整改期限和预警。',
    en: 'Recomputes deadlines and alerts as of today.',
  },
  'addin.action.running': { zh: '正在处理…', en: 'Working…' },
  'addin.progress.read': { zh: '正在读取 {done}/{total} 个单元格', en: 'Reading {done} of {total} cells' },
  'addin.progress.write': { zh: '正在写入 {done}/{total} 个单元格', en: 'Writing {done} of {total} cells' },
  'addin.progress.compute': { zh: '正在计算…', en: 'Computing…' },

  // results
  'addin.result.structure': {
    zh: '台账结构已就绪（写入 {cells} 个单元格，{syncs} 次与 Excel 往返）。',
    en: 'The ledger is set up ({cells} cells written, {syncs} round trips to Excel).',
  },
  'addin.result.structureNoop': {
    zh: '台账结构已完整，无需改动。',
    en: 'The ledger is already complete; nothing to change.',
  },
  'addin.result.refresh': {
    zh: '已刷新：{cells} 个单元格有变化（{syncs} 次往返）。',
    en: 'Refreshed: {cells} cells changed ({syncs} round trips).',
  },
  'addin.result.refreshNoop': { zh: '期限和预警均已是最新。', en: 'Deadlines and alerts are already up to date.' },
  'addin.result.check': {
    zh: '检查完成：{errors} 个错误，{warnings} 个警告。',
    en: 'Check finished: {errors} errors, {warnings} warnings.',
  },
  'addin.result.checkClean': { zh: '检查完成：没有发现问题。', en: 'Check finished: no findings.' },
  'addin.result.settings': { zh: '设置已保存到 _settings 工作表。', en: 'Settings saved to the _settings sheet.' },

  // findings
  'addin.findings.title': { zh: '检查结果', en: 'Findings' },
  'addin.findings.none': { zh: '尚未检查，或没有发现问题。', en: 'Not checked yet, or nothing found.' },
  'addin.findings.errors': { zh: '错误 {count}', en: 'Errors: {count}' },
  'addin.findings.warnings': { zh: '警告 {count}', en: 'Warnings: {count}' },
  'addin.findings.goto': { zh: '定位到 {sheet}!{cell}', en: 'Go to {sheet}!{cell}' },
  'addin.findings.more': { zh: '另有 {count} 条未显示', en: '{count} more not shown' },

  // settings
  'addin.settings.title': { zh: '设置', en: 'Settings' },
  'addin.settings.dueSoonDays': { zh: '临期提醒天数', en: 'Due-soon threshold (days)' },
  'addin.settings.immediateLimit': { zh: '“立行立改”默认时限', en: 'Default time limit for “immediate”' },
  'addin.settings.rollToWorkday': {
    zh: '期限遇节假日顺延到下一个工作日',
    en: 'Move a deadline that falls on a day off to the next working day',
  },
  'addin.settings.lang': { zh: '台账语言', en: 'Ledger language' },
  'addin.settings.lang.zh': { zh: '中文', en: 'Chinese' },
  'addin.settings.lang.en': { zh: '英文', en: 'English' },
  'addin.settings.save': { zh: '保存设置', en: 'Save settings' },
  'addin.settings.invalid': { zh: '“{name}”的值无效：{value}', en: 'Invalid value for “{name}”: {value}' },

  // panels
  'addin.panel.overview': { zh: '概况', en: 'Overview' },
  'addin.panel.findings': { zh: '检查结果', en: 'Findings' },
  'addin.panel.settings': { zh: '设置', en: 'Settings' },

  // errors, in plain words
  'addin.error.generic': {
    zh: '操作未完成：{detail}。工作簿未被部分修改时可直接重试。',
    en: 'The command did not finish: {detail}. You can run it again.',
  },
  'addin.error.stale': {
    zh: '{sheet}!{cell} 等 {count} 个单元格在读取后被他人修改。为避免覆盖同事的输入，本次未写入任何内容，请重新运行。',
    en: '{count} cells, starting at {sheet}!{cell}, were changed by someone else after they were read. Nothing was written, so no colleague’s typing is overwritten; please run the command again.',
  },
  'addin.error.payload': {
    zh: '一次写入的数据超过了 Excel 的限制。请把问题反馈给管理员。',
    en: 'A single write was larger than Excel allows. Please report this problem.',
  },
  'addin.error.protected': {
    zh: '工作表受保护且密码不符，无法写入。请在 _settings 中填写正确的保护密码。',
    en: 'A sheet is protected with another password, so it cannot be written. Put the right password into _settings.',
  },
  'addin.error.engineMissing': {
    zh: '此版本尚不支持该命令。',
    en: 'This version does not support that command yet.',
  },
  'addin.error.noSheet': { zh: '找不到工作表“{sheet}”。', en: 'The sheet “{sheet}” was not found.' },

  // degraded features
  'addin.degraded.notes': {
    zh: '此版本的 Excel 不支持批注接口（ExcelApi 1.18），{count} 条列标题说明未写入；命令行 rectify init 可写入。',
    en: 'This Excel lacks the notes API (ExcelApi 1.18): {count} header notes were not written; `rectify init` can add them.',
  },
  'addin.degraded.notesExisting': {
    zh: '{count} 条列标题说明未写入：这些单元格已有批注。',
    en: '{count} header notes were not written: those cells already have notes.',
  },
  'addin.degraded.tableResize': {
    zh: '此版本的 Excel 不能调整表格大小（ExcelApi 1.13），表格 {table} 应为 {ref}，请手动拖动表格右下角。',
    en: 'This Excel cannot resize tables (ExcelApi 1.13): table {table} should span {ref}; drag its corner by hand.',
  },

  // ribbon
  'addin.ribbon.group': { zh: '整改台账', en: 'Rectification' },
  'addin.ribbon.open': { zh: '打开台账窗格', en: 'Open ledger pane' },
  'addin.command.checkDone': {
    zh: '检查完成：{errors} 个错误，{warnings} 个警告。打开窗格查看详情。',
    en: 'Check finished: {errors} errors, {warnings} warnings. Open the pane for details.',
  },
} as const satisfies Record<string, Entry>;
