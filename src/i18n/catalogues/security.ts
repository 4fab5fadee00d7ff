/** Hostile or odd files: the engine's messages (a `_log` deleted or emptied). */
import type { Entry } from '../translate';

export const SECURITY_MESSAGES = {
  'security.log.mirror': {
    zh: '_log 留痕：共 {count} 条记录，末条校验码 {check}',
    en: '_log: {count} entries, last check code {check}',
  },
  'security.log.mirrorLabel': { zh: '_log 留痕副本', en: '_log seal copy' },
  'security.log.replaced': {
    zh: '变更记录 _log 与工作簿记着的不符（应有第 {count} 条记录，校验码 {check}）：_log 被整体替换或删去了后面的记录。请从备份恢复 _log。',
    en: 'The change log _log does not match what the workbook records (entry {count} with check code {check}): _log was replaced, or entries were cut off its end. Restore _log from a backup.',
  },
  'security.log.deleted': {
    zh: '变更记录 _log 不见了，但工作簿记着它有 {count} 条记录（末条校验码 {check}）：_log 被删除过。请从备份恢复 _log。',
    en: 'The change log _log is missing, yet the workbook records {count} entries in it (last check code {check}): _log was deleted. Restore _log from a backup.',
  },
  'security.log.emptied': {
    zh: '变更记录 _log 里没有记录，但工作簿记着它有 {count} 条（末条校验码 {check}）：记录被清空过。请从备份恢复 _log。',
    en: 'The change log _log has no entries, yet the workbook records {count} (last check code {check}): its entries were cleared. Restore _log from a backup.',
  },
} as const satisfies Record<string, Entry>;
