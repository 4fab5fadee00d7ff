/**
 * What the panels that act on one row share (销号与督办 on a problem,
 * 线索与整改报告 on a clue): the workbook as the panel read it and as its
 * commands leave it, the engine's reading of it, the command state, and the
 * item of the row selected in Excel — picked once when the panel opens, and
 * again when the user asks.
 */
import * as React from 'react';
import type { WorkbookSnapshot } from '../../../engine/core/snapshot';
import type { LedgerData } from '../../../engine/ledger/types';
import type { PaneKey } from '../../../i18n/pane';
import type { PaneOutcome } from '../../host';
import { type Status, useCommand } from '../../hooks/useCommand';
import { useSnapshot } from '../../hooks/useSnapshot';
import { errorText, useT } from '../../i18n';
import type { PanelProps } from '../types';
import { readForPane, useLedgerData } from './useLedgerData';

export interface RowPick {
  /** The item (problem, clue) of a row of a sheet, or null. */
  at(data: LedgerData, read: WorkbookSnapshot, sheet: string, row: number): string | null;
  /** Said when the selected row is no item's, and when one was picked. */
  none: PaneKey;
  picked: PaneKey;
}

export function useRowPanel({ host, lang, pane }: PanelProps, pick: RowPick) {
  const tr = useT();
  const { snapshot, failure, reload, replace } = useSnapshot(host);
  const { changed } = pane;
  const written = React.useCallback(
    (outcome: PaneOutcome<unknown>) => {
      changed(outcome);
      replace(outcome.after());
    },
    [changed, replace],
  );
  const command = useCommand(host, lang, written);
  const ledger = useLedgerData(snapshot, host);
  const [id, setId] = React.useState('');

  /** Picks the item of the row selected in Excel; says so when that row is no item's (unless quiet). */
  const follow = async (read: WorkbookSnapshot, quiet: boolean): Promise<Status | null> => {
    const selection = await host.selectedRow();
    const { data } = readForPane(read, host);
    if (!selection || !data) return null;
    const found = pick.at(data, read, selection.sheet, selection.row);
    if (!found) return quiet ? null : { intent: 'warning', text: tr(pick.none, { ...selection }) };
    setId(found);
    return { intent: 'info', text: tr(pick.picked, { id: found, ...selection }) };
  };

  // When the panel opens it acts on the row the user has selected: once, on the first read, in the background
  // (the buttons stay usable; a row that is no item's is not worth a message).
  const followed = React.useRef(false);
  React.useEffect(() => {
    if (!snapshot || followed.current) return;
    followed.current = true;
    follow(snapshot, true).then(
      (status) => status && command.show(status),
      (e: unknown) => command.show({ intent: 'error', text: errorText(lang, e) }),
    );
  }, [snapshot]); // on the first read only (the ref guards), not again when `follow` or `command` change

  const followSelection = () => void command.attempt('select', async () => follow(await reload(), false));
  return { snapshot, failure, command, ledger, id, setId, followSelection };
}
