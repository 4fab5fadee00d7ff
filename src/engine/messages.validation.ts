/** Messages of check / init / refresh / demo and the .xlsx surface. */
import type { Entry } from './messages';

export const VALIDATION_MESSAGES = {} as const satisfies Record<string, Entry>;
