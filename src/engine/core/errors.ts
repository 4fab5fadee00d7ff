import type { MessageKey, MessageParams } from '../../i18n/index';

/**
 * An error the user caused and can fix. It carries a message key and its
 * parameters, not a sentence, so every surface renders it in the user's
 * language from the one catalogue (messages.ts).
 */
export class EngineError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = 'EngineError';
  }
}

export function isEngineError(e: unknown): e is EngineError {
  return e instanceof EngineError;
}

/** The outcome of reading user input: a value, or a message key saying what is wrong. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: MessageKey; params: MessageParams };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: MessageKey, params: MessageParams = {}): Result<T> => ({
  ok: false,
  code,
  params,
});

/** Runs a function that may throw an EngineError and turns it into a Result. */
export function attempt<T>(fn: () => T): Result<T> {
  try {
    return ok(fn());
  } catch (e) {
    if (isEngineError(e)) return fail(e.code, e.params);
    throw e;
  }
}
