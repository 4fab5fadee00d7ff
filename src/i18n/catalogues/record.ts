/**
 * 记录进展 and 佐证材料: the engine's messages every surface needs up front — the `_log` actions and check's
 * evidence rules (docs/EVIDENCE.md). What the record command itself says is in recordCommand.ts, loaded with it.
 */
import type { Entry } from '../translate';

export const RECORD_MESSAGES = {
  'log.action.record': { zh: '记录进展', en: 'record progress' },
  'log.action.fingerprint': { zh: '登记佐证材料指纹', en: 'fingerprint evidence' },
  'record.log.by': { zh: '（报告人：{by}）', en: ' (reported by {by})' },
  // Refusals of the record command, worded by the command (catalogues/recordCommand.ts), which the pane loads only
  // with its panel.
  'record.refused': { zh: '{reason}', en: '{reason}' },
  'letter.evidence': {
    zh: '你单位已完成的 {done} 条整改措施中，{with} 条附有佐证材料，共 {items} 份；{without} 条尚无佐证材料，请一并补齐。',
    en: 'Of the {done} measures your unit has done, {with} have evidence ({items} items in all); {without} have none: please add it.',
  },
  'letter.evidenceAll': {
    zh: '你单位已完成的 {done} 条整改措施均附有佐证材料，共 {items} 份。',
    en: 'All {done} measures your unit has done have evidence ({items} items in all).',
  },
  'progress.evidence': {
    zh: '已完成的 {done} 条整改措施中，{with} 条附有佐证材料，共 {items} 份；{without} 条尚无佐证材料。',
    en: 'Of the {done} measures done, {with} have evidence ({items} items in all); {without} have none.',
  },
  // ---- check
  'evidence.check.absolute': {
    zh: '佐证材料“{item}”是绝对路径，台账拷贝到别的电脑后将找不到。请改为相对于台账所在文件夹的路径。',
    en: 'The evidence "{item}" is an absolute path and will not be found on another computer. Use a path relative to the ledger’s folder.',
  },
  'evidence.check.escapes': {
    zh: '佐证材料“{item}”在台账所在文件夹之外（../），台账拷贝到别处后将找不到。请把材料放到台账文件夹（或其子文件夹）中。',
    en: 'The evidence "{item}" lies outside the ledger’s folder (../) and will not travel with it. Move it into the ledger’s folder or below.',
  },
  'evidence.check.noFingerprint': {
    zh: '有 {n} 份佐证材料没有登记指纹，日后无法判断文件是否被改动。请运行 rectify record 台账.xlsx --fingerprint 登记。',
    en: '{n} evidence file(s) have no fingerprint, so a later change to them cannot be detected. Run rectify record LEDGER.xlsx --fingerprint.',
  },
  'evidence.check.missing': {
    zh: '找不到佐证材料“{item}”（相对于台账所在文件夹）。请补回文件，或更正路径。',
    en: 'The evidence "{item}" is not found (relative to the ledger’s folder). Put the file back or correct the path.',
  },
  'evidence.check.outside': {
    zh: '佐证材料“{item}”通过链接指向台账文件夹之外，未读取。请把文件本身放到台账文件夹中。',
    en: 'The evidence "{item}" is a link leading out of the ledger’s folder and was not read. Put the file itself in the ledger’s folder.',
  },
  'evidence.check.changed': {
    zh: '佐证材料“{item}”在 {date} 登记指纹后已被改动（SHA-256 不同）。如改动属实，请重新记录（rectify record --evidence）。',
    en: 'The evidence "{item}" has changed since it was fingerprinted on {date} (its SHA-256 differs). If the change is right, record it again (rectify record --evidence).',
  },
  'evidence.check.changedAfterClose': {
    zh: '问题 {id} 已于 {closedOn} 销号，但佐证材料“{item}”与销号时（{date} 登记）的不一致：现在的文件不是销号时审核的那一份。请找回原文件，或重新审核。',
    en: 'Problem {id} was closed on {closedOn}, but the evidence "{item}" differs from the one fingerprinted on {date}: the file now is not the one reviewed at close-out. Restore the original or review again.',
  },
  'evidence.check.none': {
    zh: '措施 {id} 已完成，但没有佐证材料。请填写佐证材料（rectify record --evidence）。',
    en: 'Measure {id} is done but has no evidence. Add it (rectify record --evidence).',
  },
  'evidence.check.closedNone': {
    zh: '问题 {id} 已销号，但没有整改措施，也就没有佐证材料。请在任务清单中补充措施及其佐证材料。',
    en: 'Problem {id} is closed but has no measures, so no evidence. Add its measures and their evidence in the Tasks sheet.',
  },
} as const satisfies Record<string, Entry>;
