/** The task pane and the ribbon: only the add-in bundles this catalogue. */
import type { Entry } from '../translate';

export const PANE_MESSAGES = {
  // ---- addin
  'addin.title': { zh: '整改台账', en: 'Rectification Ledger' },
  'addin.loading': { zh: '正在加载…', en: 'Loading…' },
  // Why the pane cannot start (src/taskpane/index.tsx): each cause its own sentence, so nobody is told Excel is
  // missing when the network is.
  'addin.start.noOfficeJs': {
    zh: '无法加载 Office.js（微软提供的 Office 接口脚本），加载项不能启动。请检查网络后关闭并重新打开窗格；单位内网无法访问 appsforoffice.microsoft.com 时，请管理员按安装说明改用“本地 Office.js”方式构建并部署加载项。',
    en: 'Office.js (Microsoft’s Office API script) could not be loaded, so the add-in cannot start. Check the network, then close and reopen the pane. If your intranet cannot reach appsforoffice.microsoft.com, ask your administrator to build and deploy the add-in with its own copy of Office.js (see the installation guide).',
  },
  'addin.start.notInOffice': {
    zh: '这是整改台账的 Excel 加载项页面，只能在 Excel 中使用：请在 Excel 中打开工作簿，点击“开始”选项卡上的“台账窗格”。',
    en: 'This is the Rectification Ledger add-in for Excel and works only inside Excel: open your workbook in Excel and click Ledger pane on the Home tab.',
  },
  'addin.start.notExcel': {
    zh: '整改台账只能在 Excel 中使用，当前应用是 {host}。请在 Excel 中打开工作簿，点击“开始”选项卡上的“台账窗格”。',
    en: 'Rectification Ledger works in Excel only, and this is {host}. Open your workbook in Excel and click Ledger pane on the Home tab.',
  },
  'addin.asOf': { zh: '截至 {date}', en: 'As of {date}' },
  'addin.summary.title': { zh: '概况', en: 'Summary' },
  'addin.summary.problems': { zh: '问题', en: 'Problems' },
  'addin.summary.overdue': { zh: '已逾期', en: 'Overdue' },
  'addin.summary.dueSoon': { zh: '临期', en: 'Due soon' },
  'addin.summary.closed': { zh: '已销号', en: 'Closed' },
  'addin.summary.rate': { zh: '整改完成率', en: 'Completion rate' },
  'addin.summary.pendingReview': { zh: '待审核', en: 'In review' },
  'addin.summary.empty': {
    zh: '本工作簿还没有台账。点击“建立台账结构”创建问题、责任、任务三张清单。',
    en: 'This workbook has no ledger yet. Click “Set up ledger” to create the problem, responsibility and task lists.',
  },
  'addin.summary.chart': {
    zh: '已销号 {closed}、待审核 {pendingReview}、正常 {onTrack}、临期 {dueSoon}、已逾期 {overdue}',
    en: '{closed} closed, {pendingReview} in review, {onTrack} on track, {dueSoon} due soon, {overdue} overdue',
  },
  'addin.summary.onTrack': { zh: '正常', en: 'On track' },
  'addin.summary.other': { zh: '长期坚持或期限未知', en: 'Ongoing or no deadline' },
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
  'addin.findings.title': { zh: '检查结果', en: 'Findings' },
  'addin.findings.none': { zh: '尚未检查，或没有发现问题。', en: 'Not checked yet, or nothing found.' },
  'addin.findings.errors': { zh: '错误 {count}', en: 'Errors: {count}' },
  'addin.findings.warnings': { zh: '警告 {count}', en: 'Warnings: {count}' },
  'addin.findings.goto': { zh: '定位到 {sheet}!{cell}', en: 'Go to {sheet}!{cell}' },
  'addin.findings.more': { zh: '另有 {count} 条未显示', en: '{count} more not shown' },
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
  'addin.panel.findings': { zh: '检查结果', en: 'Findings' },
  'addin.panel.settings': { zh: '设置', en: 'Settings' },
  'roundtrip.panel.title': { zh: '下发回收', en: 'Round trip' },
  'addin.error.generic': {
    zh: '操作未完成：{detail}。工作簿未被部分修改时可直接重试。',
    en: 'The command did not finish: {detail}. You can run it again.',
  },
  'addin.error.payload': {
    zh: '一次写入的数据超过了 Excel 的限制。请把问题反馈给管理员。',
    en: 'A single write was larger than Excel allows. Please report this problem.',
  },
  'addin.error.protected': {
    zh: '工作表受保护且密码不符，无法写入。请在 _settings 中填写正确的保护密码。',
    en: 'A sheet is protected with another password, so it cannot be written. Put the right password into _settings.',
  },
  'addin.error.cellEditMode': {
    zh: 'Excel 正在编辑某个单元格，暂时不能执行命令。请按 Enter 或 Tab 结束编辑（或点选其他单元格）后再试。',
    en: 'Excel is editing a cell, so the command cannot run now. Press Enter or Tab (or click another cell) to finish editing, then try again.',
  },
  'addin.error.mergedRange': {
    zh: '表格不能覆盖合并单元格（或另一个表格）。请取消清单数据区中的合并单元格后再试。',
    en: 'A table cannot cover merged cells (or another table). Unmerge the cells in the list’s data rows, then try again.',
  },
  'addin.error.inactiveWorkbook': {
    zh: '打开了多个工作簿，而本工作簿失去了焦点。请切换回本工作簿后再试。',
    en: 'Several workbooks are open and this one lost the focus. Switch back to this workbook, then try again.',
  },
  'addin.error.apiNotFound': {
    zh: '此版本的 Excel 不支持本操作所需的功能。请更新 Office 后再试。',
    en: 'This version of Excel lacks a feature this command needs. Update Office, then try again.',
  },
  'addin.ribbon.group': { zh: '整改台账', en: 'Rectification' },
  'addin.ribbon.open': { zh: '打开台账窗格', en: 'Open ledger pane' },
  // The ribbon's 检查 / 刷新 report in a small dialog (src/commands/commands.ts, src/dialog/).
  'addin.ribbon.check.title': { zh: '整改台账 · 检查', en: 'Rectification Ledger · Check' },
  'addin.ribbon.check.first': { zh: '第一条：{message}', en: 'First finding: {message}' },
  'addin.ribbon.check.selected': {
    zh: '已在 Excel 中选中它的单元格（{sheet}!{cell}）。',
    en: 'Its cell ({sheet}!{cell}) is now selected in Excel.',
  },
  'addin.ribbon.check.all': {
    zh: '查看全部结果：打开“台账窗格”，点击“检查”。',
    en: 'To see every finding, open the Ledger pane and click Check.',
  },
  'addin.ribbon.refresh.title': { zh: '整改台账 · 刷新', en: 'Rectification Ledger · Refresh' },
  'addin.ribbon.refresh.noSheets': {
    zh: '工作簿中没有生成表（整改台账、统计、督办清单），没有表需要重建。',
    en: 'The workbook has no generated sheets (ledger, statistics, supervision list), so none was rebuilt.',
  },
  'addin.ribbon.error.title': { zh: '整改台账 · 未完成', en: 'Rectification Ledger · Not finished' },
  'addin.ribbon.ok': { zh: '确定', en: 'OK' },
  // ---- import
  'import.panel.title': { zh: '导入旧台账', en: 'Import a legacy ledger' },
  'import.panel.intro': {
    zh: '把本工作簿中手工制作的台账表拆分导入问题清单、责任清单和任务清单。原表不会被修改；先预览列映射，确认后才写入。',
    en: 'Split a hand-made ledger sheet of this workbook into the problem, responsibility and task lists. The sheet itself is not changed; preview the mapping first, nothing is written until you confirm.',
  },
  'import.panel.sheet': { zh: '来源工作表', en: 'Source sheet' },
  'import.panel.noSheets': {
    zh: '本工作簿中没有可导入的工作表（清单表、隐藏表和生成的表除外）。',
    en: 'This workbook has no sheet to import (list, hidden and generated sheets are left out).',
  },
  'import.panel.preview': { zh: '预览映射', en: 'Preview mapping' },
  'import.panel.confirm': {
    zh: '确认导入（新增 {n} 个问题，更新 {updated} 个）',
    en: 'Import ({n} new problems, {updated} updated)',
  },
  'import.panel.feedbackDate': { zh: '统一的反馈日期', en: 'One feedback date for all' },
  'import.panel.cancel': { zh: '取消', en: 'Cancel' },
  'import.panel.reading': { zh: '正在读取工作簿…', en: 'Reading the workbook…' },
  'import.panel.writing': { zh: '正在写入…', en: 'Writing…' },
  'import.panel.colSource': { zh: '来源列', en: 'Source column' },
  'import.panel.colTarget': { zh: '导入到', en: 'Imported to' },
  'import.panel.colFilled': { zh: '有值', en: 'Values' },
  'import.panel.auto': { zh: '自动：{target}', en: 'Auto: {target}' },
  'import.panel.extra': { zh: '额外列（原样保留）', en: 'Extra column (kept as is)' },
  'import.panel.nothingNew': {
    zh: '没有新的内容可导入：这些问题台账中都已有，且内容没有变化。',
    en: 'Nothing new to import: the ledger already has every problem, unchanged.',
  },
  'import.panel.done': {
    zh: '已导入：问题 {problems}，责任 {responsibilities}，任务 {tasks}。',
    en: 'Imported: {problems} problems, {responsibilities} responsibilities, {tasks} tasks.',
  },
  'import.panel.more': {
    zh: '另有 {n} 条未列出（完整报告可复制）。',
    en: '{n} more not shown (copy the full report).',
  },
  'import.panel.copy': { zh: '复制完整报告', en: 'Copy the full report' },
  // ---- ledger
  'ledger.panel.title': { zh: '销号与督办', en: 'Close-out & reminders' },
  'ledger.panel.closeout': { zh: '对单销号', en: 'Close-out' },
  'ledger.panel.date': { zh: '日期（销号日期 / 完成日期）', en: 'Date (closing / completion)' },
  'ledger.panel.reason': { zh: '退回原因', en: 'Reason sent back' },
  'ledger.panel.logged': { zh: '已留痕 {n} 条。', en: '{n} change(s) logged.' },
  'ledger.panel.stats': { zh: '统计', en: 'Statistics' },
  'ledger.panel.headline': {
    zh: '发现问题 {found} 个，已整改 {rectified} 个，已销号 {closed} 个，逾期 {overdue} 个。',
    en: '{found} found, {rectified} rectified, {closed} closed out, {overdue} overdue.',
  },
  'ledger.panel.report': { zh: '生成台账、统计、督办清单', en: 'Build ledger, statistics, supervision sheets' },
  'ledger.panel.reported': {
    zh: '已重新生成 整改台账、统计、督办清单。',
    en: 'Ledger, statistics and supervision sheets rebuilt.',
  },
  'ledger.panel.letters': { zh: '提醒督办函', en: 'Reminder letters' },
  'ledger.panel.preview': { zh: '督办函预览', en: 'Letter preview' },
  'ledger.panel.copy': { zh: '复制督办函', en: 'Copy letter' },
  'ledger.panel.copied': { zh: '已复制到剪贴板。', en: 'Copied to the clipboard.' },
  'ledger.panel.record': { zh: '登记为已督办', en: 'Record as sent' },
  'ledger.panel.recorded': {
    zh: '已登记督办：{unit} 的 {n} 个问题督办次数各加 1。',
    en: 'Recorded as sent: reminders + 1 on {n} problem(s) of {unit}.',
  },
  'ledger.progress.title': { zh: '整改进展情况报告', en: 'Progress report' },
  'ledger.progress.since': { zh: '报告自此日期以来的变化（可不填）', en: 'Changes since (optional)' },
  'ledger.progress.badSince': { zh: '请写成 2025-06-01 的格式。', en: 'Write it as 2025-06-01.' },
  'ledger.progress.issuer': { zh: '落款单位', en: 'Issued by' },
  'ledger.progress.public': {
    zh: '公开版（不含姓名、电话和问题描述）',
    en: 'Public version (no names, phone numbers or descriptions)',
  },
  'ledger.progress.preview': { zh: '报告预览', en: 'Report preview' },
  'ledger.progress.saved': { zh: '已保存 {file}。', en: 'Saved {file}.' },
  'document.copy': { zh: '复制全文', en: 'Copy text' },
  'document.save': { zh: '保存为 Word 文档', en: 'Save as Word document' },
  'ledger.panel.selectedRow': { zh: '用所选行', en: 'Use selected row' },
  'ledger.panel.selectedFrom': {
    zh: '已按所选单元格（{sheet} 第 {row} 行）选定问题 {id}。',
    en: 'Problem {id} chosen from the selected cell ({sheet}, row {row}).',
  },
  'ledger.panel.noProblemAtSelection': {
    zh: '所选单元格（{sheet} 第 {row} 行）不是某个问题的行：请在问题清单、责任清单、任务清单或整改台账中选中该问题所在的行，或在下拉框中选择问题编号。',
    en: 'The selected cell ({sheet}, row {row}) is not on a problem’s row: select the row of the problem in the problem, responsibility or task list or in the Ledger sheet, or pick the problem ID from the list.',
  },
  'ledger.user.label': { zh: '您的姓名（记入操作日志 _log）', en: 'Your name (recorded in the change log _log)' },
  'ledger.user.hint': {
    zh: 'Excel 不向加载项提供登录用户的姓名，此处填写的姓名只保存在本机，不写入工作簿设置；不填则记为“Excel 用户”。',
    en: 'Excel does not give add-ins the signed-in user’s name. The name you enter is kept on this computer only, not in the workbook; left empty, entries say “Excel user”.',
  },
  'ledger.panel.reviewer': { zh: '审核人', en: 'reviewer' },
} as const satisfies Record<string, Entry>;
