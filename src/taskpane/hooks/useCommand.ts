/**
 * Running commands from a part of the pane: which one is busy, its progress,
 * and the one status message it ends with (its result, or its error in the
 * user's words through errorText). A command that wrote hands its outcome to
 * `onWritten`, so the summary follows every change without another read.
 */
import * as React from 'react';
import type { Command } from '../../engine/run/runner';
import type { Lang } from '../../i18n/index';
import type { PaneHost, PaneOutcome } from '../host';
import { errorText } from '../i18n';
import type { Status } from '../status';
import { type Progress, useProgress } from './useProgress';

export type { Intent, Status } from '../status';

export type WrittenFn = (outcome: PaneOutcome<unknown>) => void;

export interface CommandState {
  /** Id of the running command, null when idle. */
  busy: string | null;
  status: Status | null;
  progress: Progress | null;
  /**
   * Runs an engine command; `describe` turns its outcome into the status shown. Resolves with the outcome, or
   * null when it failed (the error is shown).
   */
  run<R>(
    id: string,
    command: Command<R>,
    describe: (outcome: PaneOutcome<R>) => Status | null,
  ): Promise<PaneOutcome<R> | null>;
  /** Work that is not an engine command (a read, a selection); it returns the status to show. */
  attempt(id: string, work: () => Promise<Status | null>): Promise<void>;
  show(status: Status | null): void;
}

export function useCommand(host: PaneHost, lang: Lang, onWritten?: WrittenFn): CommandState {
  const [busy, setBusy] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState<Status | null>(null);
  const { progress, onProgress, clear } = useProgress();
  // The latest callback, without re-creating `run` (and re-running effects that use it) on every render.
  const written = React.useRef(onWritten);
  React.useEffect(() => {
    written.current = onWritten;
  }, [onWritten]);

  const attempt = React.useCallback(
    async (id: string, work: () => Promise<Status | null>) => {
      setBusy(id);
      setStatus(null);
      try {
        setStatus(await work());
      } catch (e) {
        setStatus({ intent: 'error', text: errorText(lang, e) });
      } finally {
        setBusy(null);
        clear();
      }
    },
    [lang, clear],
  );

  const run = React.useCallback(
    async <R>(id: string, command: Command<R>, describe: (outcome: PaneOutcome<R>) => Status | null) => {
      let outcome: PaneOutcome<R> | null = null;
      await attempt(id, async () => {
        outcome = await host.run(command, onProgress);
        if (outcome.applied) written.current?.(outcome);
        return describe(outcome);
      });
      return outcome as PaneOutcome<R> | null;
    },
    [host, attempt, onProgress],
  );

  return { busy, status, progress, run, attempt, show: setStatus };
}
