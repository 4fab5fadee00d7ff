/**
 * The 记录进展 panel's words (src/taskpane/panels/record), loaded with the panel only, so the pane's first
 * download does not carry them.
 */
import type { Entry } from '../translate';
import { translator } from '../translate';

export const RECORD_PANEL_MESSAGES = {
  'record.panel.measure': { zh: '任务编号', en: 'Task ID' },
  'record.panel.progress': { zh: '进展情况（替换原文字）', en: 'Progress (replaces the cell)' },
  'record.panel.done': { zh: '完成日期（填写即标为已完成）', en: 'Done on (marks the measure done)' },
  'record.panel.files': { zh: '佐证材料文件', en: 'Evidence files' },
  'record.panel.filesHint': {
    zh: '在本机计算文件的 SHA-256 指纹，只记录文件名、大小和指纹，不上传文件。文件应放在台账所在文件夹中。',
    en: 'The SHA-256 is computed on this computer; only the name, size and fingerprint are recorded, nothing is uploaded. Keep the files in the ledger’s folder.',
  },
  'record.panel.links': { zh: '佐证材料链接（每行一个）', en: 'Evidence links (one per line)' },
  'record.panel.by': { zh: '报告人', en: 'Reported by' },
  'record.panel.record': { zh: '记录', en: 'Record' },
  'record.panel.hashed': {
    zh: '已计算 {n} 个文件的指纹：{files}',
    en: 'Fingerprinted {n} file(s): {files}',
  },
  'record.panel.noTasks': {
    zh: '工作簿中没有任务清单，无法记录措施进展。请先建立台账结构。',
    en: 'The workbook has no Tasks sheet: set up the ledger first.',
  },
  'record.panel.logged': { zh: '已留痕 {n} 条。', en: '{n} change(s) logged.' },
} as const satisfies Record<string, Entry>;

/** Renders a word of the panel. */
export const tRecordPanel = /*#__PURE__*/ translator(RECORD_PANEL_MESSAGES);
