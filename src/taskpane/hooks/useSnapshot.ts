/**
 * One read of the workbook when a panel opens, for panels that preview
 * before the user confirms (import's mapping, the ledger's lists, chart and
 * letters). Writing is not done from it: confirming runs an engine command,
 * whose outcome.after() then replaces the snapshot without another read.
 */
import * as React from 'react';
import type { WorkbookSnapshot } from '../../engine/core/snapshot';
import type { PaneHost } from '../host';
import { errorText } from '../i18n';

export interface SnapshotState {
  /** Null until the first read is done (or when it failed). */
  snapshot: WorkbookSnapshot | null;
  /** Why the read failed, in the user's words. */
  failure: string | null;
  /** Reads the workbook again (e.g. the user has edited it since); throws what the read throws. */
  reload(): Promise<WorkbookSnapshot>;
  /** The workbook as a command left it. */
  replace(snapshot: WorkbookSnapshot): void;
}

export function useSnapshot(host: PaneHost): SnapshotState {
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  React.useEffect(() => {
    let current = true;
    host.readSnapshot().then(
      (s) => current && setSnapshot(s),
      (e: unknown) => current && setFailure(errorText(host.lang, e)),
    );
    return () => {
      current = false;
    };
  }, [host]);

  const reload = React.useCallback(async () => {
    const s = await host.readSnapshot();
    setSnapshot(s);
    setFailure(null);
    return s;
  }, [host]);

  const replace = React.useCallback((s: WorkbookSnapshot) => {
    setSnapshot(s);
    setFailure(null);
  }, []);

  return { snapshot, failure, reload, replace };
}
