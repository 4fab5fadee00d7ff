/** `rectify record`: help and output (docs/EVIDENCE.md). Only the command line loads this catalogue. */
import type { Entry } from '../translate';

export const RECORD_CLI_MESSAGES = {
  'cli.record.description': {
    zh: '记录一条整改措施的进展：进展情况、完成日期、佐证材料（登记大小和 SHA-256 指纹），问题的状态随措施更新；加 --fingerprint 为已填写但未登记指纹的佐证材料补登指纹。',
    en: 'Record progress on one measure: its progress, the date it was done, evidence (with size and SHA-256 fingerprint); the problem’s status follows its measures. With --fingerprint, fingerprint the evidence typed without one.',
  },
  'cli.record.opt.measure': { zh: '任务编号（任务清单的“任务编号”）', en: 'the Task ID (Tasks sheet)' },
  'cli.record.opt.progress': {
    zh: '进展情况（替换原有文字，原文字留在 _log 中）',
    en: 'the progress text (replaces the cell; the old text stays in _log)',
  },
  'cli.record.opt.done': {
    zh: '实际完成日期：措施标为“已完成”（不能晚于今天）',
    en: 'the date it was done: the measure becomes Done (not after today)',
  },
  'cli.record.opt.evidence': {
    zh: '佐证材料：文件路径（从当前目录找，按相对于台账所在文件夹的路径保存）或网址，可给多个；已有的不重复添加',
    en: 'evidence: file paths (from the current folder, stored relative to the ledger’s folder) or URLs, several allowed; one already listed is not added again',
  },
  'cli.record.opt.by': {
    zh: '报告人（写入 _log 和 _evidence；默认为当前用户）',
    en: 'who reported it (goes into _log and _evidence; default: the current user)',
  },
  'cli.record.opt.fingerprint': {
    zh: '为佐证材料中尚未登记指纹、文件存在的条目登记指纹（单独使用，不与 --measure 等选项同用）',
    en: 'fingerprint every evidence entry without a fingerprint whose file exists (not with --measure etc.)',
  },
  'cli.record.opt.json': { zh: '以 JSON 输出结果', en: 'print the result as JSON' },
  'cli.record.noFile': {
    zh: '找不到佐证材料文件“{path}”（从当前目录查找）。请核对路径；网址请以 http:// 或 https:// 开头。',
    en: 'The evidence file "{path}" is not found (looked for from the current folder). Check the path; a link starts with http:// or https://.',
  },
  'cli.record.noExtension': {
    zh: '佐证材料文件“{path}”没有扩展名，保存后会被当作文字说明。请给文件加上扩展名（如 .pdf），或放入子文件夹。',
    en: 'The evidence file "{path}" has no extension and would be read as a note in words. Give it an extension (such as .pdf) or put it in a subfolder.',
  },
  'cli.record.fingerprintAlone': {
    zh: '--fingerprint 单独使用，不能与 {options} 同用。',
    en: '--fingerprint is used on its own, not with {options}.',
  },
} as const satisfies Record<string, Entry>;
