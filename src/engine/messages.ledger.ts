/** Messages of generated sheets, letters, close-out workflow, _log. */
import type { Entry } from './messages';

export const LEDGER_MESSAGES = {} as const satisfies Record<string, Entry>;
