/**
 * The pane's summary, settings and calendar gaps. Read once when the pane
 * opens; after any command that wrote, taken from the workbook as that
 * command left it (outcome.after(), through the engine's overviewOf) instead
 * of reading the workbook again.
 */
import * as React from 'react';
import type { Overview } from '../../engine/run/commands';
import type { CommandOutcome } from '../../engine/run/runner';
import type { LedgerSummary } from '../../engine/ledger/summary';
import type { CalendarGaps } from '../../engine/read/calendarGaps';
import type { Settings } from '../../engine/rules/settings';
import type { PaneHost } from '../host';
import { errorText } from '../i18n';
import { loadCore } from '../loadCore';

export interface OverviewState {
  /** Undefined while the first read runs; null when the workbook has no ledger (or could not be read). */
  summary: LedgerSummary | null | undefined;
  settings: Settings | null;
  /**
   * Years computed deadlines run into that the holiday calendar lacks (counted with weekends only) and how many
   * deadline cells; none while unknown. The pane says so once, at the top, until the year's notice is in.
   */
  calendarGaps: CalendarGaps;
  /** Why the summary could not be read, in the user's words. */
  failure: string | null;
  /** A command wrote: the summary and settings of the workbook it left behind. */
  changed(outcome: CommandOutcome<unknown, unknown>): void;
}

const NO_GAPS: CalendarGaps = { years: [], cells: 0 };

export function useOverview(host: PaneHost): OverviewState {
  const [overview, setOverview] = React.useState<Overview | null | undefined>(undefined);
  const [failure, setFailure] = React.useState<string | null>(null);

  const fail = React.useCallback(
    (e: unknown) => {
      setOverview(null);
      setFailure(errorText(host.lang, e));
    },
    [host],
  );

  React.useEffect(() => {
    let current = true;
    setOverview(undefined);
    setFailure(null);
    loadCore()
      .then((core) => host.run(core.overviewCommand()))
      .then(
        (outcome) => current && setOverview(outcome.result),
        (e: unknown) => current && fail(e),
      );
    return () => {
      current = false;
    };
  }, [host, fail]);

  const changed = React.useCallback(
    (outcome: CommandOutcome<unknown, unknown>) => {
      // A command ran, so the engine is here already: this resolves at once.
      loadCore()
        .then((core) => {
          setOverview(core.overviewOf(outcome.after(), { lang: host.lang, today: host.today() }));
          setFailure(null);
        })
        .catch(fail);
    },
    [host, fail],
  );

  return {
    summary: overview === undefined ? undefined : (overview?.summary ?? null),
    settings: overview?.settings ?? null,
    calendarGaps: overview?.calendarGaps ?? NO_GAPS,
    failure,
    changed,
  };
}
