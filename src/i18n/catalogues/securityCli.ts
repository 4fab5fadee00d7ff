/** Hostile or odd files: the command line's messages. Only the command line loads this catalogue. */
import type { Entry } from '../translate';

export const SECURITY_CLI_MESSAGES = {
  'security.letters.notWritten': {
    zh: '督办函无法写入 {file}（{code}）。督办次数未记录；请检查该文件夹后重试。',
    en: 'A letter could not be written to {file} ({code}). No reminders were recorded; check the folder and try again.',
  },
} as const satisfies Record<string, Entry>;
