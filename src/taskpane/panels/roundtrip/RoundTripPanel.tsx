/**
 * 下发回收: the office's round trip from the pane, the same engine commands
 * as `rectify distribute` and `rectify collect`. 下发 records the round in the
 * ledger (`_distribution`, logged) and downloads the packages as one .zip; 回收
 * reads the files the user picks and merges the unit's columns by row
 * identity, then shows per file what was merged and what was refused, and
 * who has returned. Nothing is written but through the command runner.
 */
import * as React from 'react';
import { makeStyles } from '@fluentui/react-components';
import { type CollectResult, type DistributeResult, collectCommand, distributeCommand } from '../../../engine';
import { CommandStatus } from '../../components/CommandStatus';
import { download } from '../../components/download';
import { useCommand } from '../../hooks/useCommand';
import { errorText } from '../../i18n';
import type { PanelProps } from '../types';
import { CollectSection } from './CollectSection';
import { DistributeSection } from './DistributeSection';
import { packagesZip, readReturned } from './files';
import { roundTripT } from './words';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: '12px' } });

/** A new ledger id, made here (the engine stays pure): used only when the ledger has none yet. */
const newLedgerId = () => globalThis.crypto.randomUUID();

export default function RoundTripPanel({ host, lang, pane }: PanelProps): React.JSX.Element {
  const s = useStyles();
  const rt = React.useMemo(() => roundTripT(lang), [lang]);
  const command = useCommand(host, lang, pane.changed);
  const [distributed, setDistributed] = React.useState<DistributeResult | null>(null);
  const [collected, setCollected] = React.useState<CollectResult | null>(null);
  const busy = !!command.busy;

  const onDistribute = async (due: string, contact: string) => {
    const outcome = await command.run(
      'distribute',
      distributeCommand({ newLedgerId: newLedgerId(), due, contact }),
      () => null,
    );
    if (!outcome) return;
    const r = outcome.result;
    setDistributed(r);
    if (!r.packages.length) return command.show({ intent: 'warning', text: rt('rt.distribute.none') });
    const file = `${rt('rt.distribute.zipStem')}-${host.today()}-${r.round}.zip`;
    try {
      download(await packagesZip(r.packages), file);
    } catch (e) {
      return command.show({ intent: 'error', text: errorText(lang, e) });
    }
    const problems = r.packages.reduce((n, p) => n + p.problems, 0);
    const tasks = r.packages.reduce((n, p) => n + p.tasks, 0);
    command.show({
      intent: 'success',
      text: rt('rt.distribute.done', { round: r.round, units: r.packages.length, file, problems, tasks }),
    });
  };

  const onCollect = async (files: readonly File[]) => {
    let returned;
    try {
      returned = await readReturned(files, (file) =>
        command.show({ intent: 'info', text: rt('rt.collect.reading', { file }) }),
      );
    } catch (e) {
      return command.show({ intent: 'error', text: errorText(lang, e) });
    }
    const outcome = await command.run('collect', collectCommand(returned), (o) => ({
      intent: o.result.refused > 0 ? 'warning' : 'success',
      text: o.applied
        ? rt('rt.collect.done', {
            files: o.result.packages.length,
            merged: o.result.merged,
            refused: o.result.refused,
            requests: o.result.requestsAdded,
            logged: o.logged,
          })
        : rt('rt.collect.nothing', { files: o.result.packages.length }),
    }));
    if (outcome) setCollected(outcome.result);
  };

  return (
    <div className={s.root}>
      <CommandStatus command={command} />
      <DistributeSection rt={rt} busy={busy} result={distributed} onDistribute={(d, c) => void onDistribute(d, c)} />
      <CollectSection rt={rt} lang={lang} busy={busy} result={collected} onCollect={(f) => void onCollect(f)} />
    </div>
  );
}
