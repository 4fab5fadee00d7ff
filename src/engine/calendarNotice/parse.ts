import { EngineError } from '../core/errors';
import type { ParsedNotice } from './types';

/** Reads a notice; throws EngineError('notice.none') when the text holds none. */
export function parseNotice(text: string): ParsedNotice {
  throw new EngineError('notice.none', { length: text.length });
}
