/** Messages of the task pane and ribbon commands. */
import type { Entry } from './messages';

export const ADDIN_MESSAGES = {} as const satisfies Record<string, Entry>;
