/** Messages of importing legacy ledgers. */
import type { Entry } from './messages';

export const IMPORT_MESSAGES = {} as const satisfies Record<string, Entry>;
