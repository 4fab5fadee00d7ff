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
