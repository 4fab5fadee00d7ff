/** 申请延期 in the task pane: the summary's tile (docs/EXTENSIONS.md). */
import type { Entry } from '../translate';

export const EXTENSIONS_PANE_MESSAGES = {
  'addin.summary.extended': { zh: '已延期', en: 'Extended' },
} as const satisfies Record<string, Entry>;
