/**
 * Progress of the running command (read / compute / write), for the pane's
 * bar. The callback is stable, so it can be handed to host.run without
 * re-rendering or touching the host.
 */
import * as React from 'react';
import type { Phase, ProgressFn } from '../../excel/commands';

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
}

export interface ProgressState {
  /** Null when nothing has reported yet (or the command ended). */
  progress: Progress | null;
  onProgress: ProgressFn;
  clear(): void;
}

export function useProgress(): ProgressState {
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const onProgress = React.useCallback<ProgressFn>((phase, done, total) => setProgress({ phase, done, total }), []);
  const clear = React.useCallback(() => setProgress(null), []);
  return { progress, onProgress, clear };
}

/** The bar's fill (0–1), or undefined for an indeterminate bar (computing, or nothing counted yet). */
export function progressValue(progress: Progress | null): number | undefined {
  if (!progress || progress.phase === 'compute' || progress.total <= 0) return undefined;
  return progress.done / progress.total;
}
