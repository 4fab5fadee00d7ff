/**
 * 销号与督办: close-out on the problem of the selected row (submit / close /
 * send back; the dropdown is the fallback), the statistics chart, rebuilding
 * the generated sheets, and the reminder letters (preview, copy, record as
 * sent). Every change is an engine command run through the host (closeOut,
 * report, letters), logged in `_log`; the panel's lists, chart and letters
 * then follow from the workbook as the command left it.
 */
import * as React from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { type CloseOutAction, type CloseOutRequest, problemIdAtRow } from '../../../engine/ledger/closeout';
import type { Figures } from '../../../engine/ledger/figures';
import { buildLetters } from '../../../engine/ledger/letters';
import { computeStatistics } from '../../../engine/ledger/stats';
import { closeOutCommand, lettersCommand, reportCommand } from '../../../engine/run/commands';
import { type SpotDrawResult, spotApplyCommand, spotDrawCommand } from '../../../engine/spotcheck';
import { CommandStatus } from '../../components/CommandStatus';
import type { Status } from '../../hooks/useCommand';
import { errorText, useT } from '../../i18n';
import type { PanelProps } from '../types';
import { CloseOutSection } from './CloseOutSection';
import { LettersSection } from './LettersSection';
import { ProgressSection } from './ProgressSection';
import { SpotCheckSection, spotT } from './SpotCheckSection';
import { StatsChart } from './StatsChart';
import { useRowPanel } from './useRowPanel';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: '12px' } });

export default function LedgerPanel({ host, lang, pane }: PanelProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const { snapshot, failure, command, ledger, id, setId, followSelection } = useRowPanel(
    { host, lang, pane },
    { at: problemIdAtRow, none: 'ledger.panel.noProblemAtSelection', picked: 'ledger.panel.selectedFrom' },
  );

  const closeOut = (action: CloseOutAction, request: CloseOutRequest) =>
    void command.run(action, closeOutCommand(action, request), (o) => {
      const warnings = o.result.warnings.join(' ');
      const text = `${o.result.message} ${tr('ledger.panel.logged', { n: o.logged })} ${warnings}`;
      return { intent: warnings ? 'warning' : 'success', text: text.trim() };
    });
  const report = () =>
    void command.run('report', reportCommand(), (o) => ({
      intent: o.result.skipped.length ? 'warning' : 'success',
      text: [tr('ledger.panel.reported'), ...o.result.skipped.map((x) => x.message)].join(' '),
    }));
  const record = (unit: string) =>
    void command.run('remind', lettersCommand({ units: [unit], record: true }), (o) => ({
      intent: 'success',
      text: tr('ledger.panel.recorded', { unit, n: o.result.recorded }),
    }));

  const sp = spotT(lang);
  const [drawn, setDrawn] = React.useState<SpotDrawResult | null>(null);
  const spotDraw = (ratio: number, seed: number, by: string) =>
    void command
      .run('spotDraw', spotDrawCommand({ ratio, seed, by }), (o) =>
        o.result.drawn
          ? {
              intent: 'success',
              text: `${sp('spot.drawn', { n: o.result.drawn, sheet: o.result.sheet, batch: o.result.batch })} ${tr('ledger.panel.logged', { n: o.logged })}`,
            }
          : { intent: 'info', text: sp('spot.noneDrawn') },
      )
      .then((o) => o && setDrawn(o.result));
  const spotApply = () =>
    void command.run('spotApply', spotApplyCommand(), (o) => {
      const { reopened, confirmed, skipped, errors } = o.result;
      if (errors.length) return { intent: 'error', text: errors[0], extra: errors.slice(1) };
      if (!reopened.length && !confirmed.length)
        return { intent: 'info', text: sp('spot.applyNothing'), extra: skipped };
      return {
        intent: skipped.length ? 'warning' : 'success',
        text: `${sp('spot.applied', { reopened: reopened.length, confirmed: confirmed.length })} ${tr('ledger.panel.logged', { n: o.logged })}`,
        extra: [...reopened.map((r) => sp('spot.reopenedRow', { id: r.id, unit: r.unit, text: r.text })), ...skipped],
      };
    });

  const { data } = ledger;
  const stats = data ? computeStatistics(data) : null;
  const letters = data ? buildLetters(data, {}) : [];
  const busy = !!command.busy || !data;
  return (
    <div className={s.root}>
      <CommandStatus command={{ ...command, status: command.status ?? errorStatus(failure ?? ledger.failure) }} />
      <CloseOutSection
        problems={data?.problems ?? []}
        id={id}
        onId={setId}
        busy={busy}
        onFollowSelection={followSelection}
        onAction={closeOut}
      />
      <section aria-label={tr('ledger.panel.stats')}>
        <h3>{tr('ledger.panel.stats')}</h3>
        {stats && <p>{tr('ledger.panel.headline', headline(stats.total))}</p>}
        {stats && <StatsChart rows={stats.byUnit} />}
        <Button disabled={busy} onClick={report}>
          {tr('ledger.panel.report')}
        </Button>
      </section>
      {data && (
        <LettersSection
          letters={letters}
          ledgerLang={data.lang}
          busy={busy}
          onCopied={() => command.show({ intent: 'success', text: tr('ledger.panel.copied') })}
          onRecord={record}
        />
      )}
      {data && (
        <SpotCheckSection
          lang={lang}
          today={host.today()}
          busy={busy}
          drawn={drawn}
          onDraw={spotDraw}
          onApply={spotApply}
          onInvalid={(text) => command.show({ intent: 'error', text })}
        />
      )}
      {data && snapshot && (
        <ProgressSection
          data={data}
          snapshot={snapshot}
          onCopied={() => command.show({ intent: 'success', text: tr('ledger.panel.copied') })}
          onSaved={(file) => command.show({ intent: 'success', text: tr('ledger.progress.saved', { file }) })}
          onError={(e) => command.show({ intent: 'error', text: errorText(lang, e) })}
        />
      )}
    </div>
  );
}

/** The whole ledger in one sentence, from the same figures as the 统计 sheet's headline row. */
const headline = ({ total, rectified, closed, overdue }: Figures) => ({ found: total, rectified, closed, overdue });

const errorStatus = (text: string | null): Status | null => (text ? { intent: 'error', text } : null);
