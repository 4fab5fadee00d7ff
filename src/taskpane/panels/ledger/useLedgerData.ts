/**
 * The ledger panel's reading of the workbook: the engine's one reader
 * (readLedger: `_settings` and `_calendar` apply as in check and refresh) on
 * the panel's snapshot. A workbook the reader refuses (a merged header, say)
 * gives no data and the reason in the user's words.
 */
import * as React from 'react';
import type { WorkbookSnapshot } from '../../../engine/core/snapshot';
import { isEngineError } from '../../../engine/core/errors';
import type { LedgerData } from '../../../engine/ledger/types';
import { readLedger } from '../../../engine/run/commands';
import type { PaneHost } from '../../host';
import { errorText } from '../../i18n';

export interface LedgerReading {
  data: LedgerData | null;
  failure: string | null;
}

export function readForPane(snapshot: WorkbookSnapshot, host: PaneHost): LedgerReading {
  try {
    return { data: readLedger(snapshot, { lang: host.lang, today: host.today() }), failure: null };
  } catch (e) {
    if (!isEngineError(e)) throw e;
    return { data: null, failure: errorText(host.lang, e) };
  }
}

export function useLedgerData(snapshot: WorkbookSnapshot | null, host: PaneHost): LedgerReading {
  return React.useMemo(
    () => (snapshot ? readForPane(snapshot, host) : { data: null, failure: null }),
    [snapshot, host],
  );
}
