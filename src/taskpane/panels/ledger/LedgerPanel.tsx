/**
 * 台账与督办 panel: close-out actions on the problem of the selected row
 * (submit / close / send back; the dropdown is the fallback), the statistics
 * chart, reminder-letter preview and copy, and rebuilding the generated
 * sheets. It only needs a host that reads a snapshot, applies a plan and
 * tells where the selection is; every rule is the engine's (readWorkbook,
 * planCloseOut, planGeneratedSheets, buildLetters, problemIdAtRow), and the
 * host logs every change in _log (withChangeLog in src/excel/commands.ts).
 */
import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import { CloseOutAction, IsoDate, LedgerData, StatRow, buildLetters, computeStatistics, letterText, planCloseOut, planGeneratedSheets, problemIdAtRow, readWorkbook } from '../../../engine';
import { Plan } from '../../../engine/core/plan';
import { WorkbookSnapshot } from '../../../engine/core/snapshot';
import { tp as t } from '../../../i18n/pane';
import { localNow } from '../../../engine/rules/clock';
import type { Lang, MessageParams } from '../../../i18n/index';
import type { PaneKey as MessageKey } from '../../../i18n/pane';

export interface LedgerHost {
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Applies the plan; the host logs every changed cell in `_log` under `action` and says how many. */
  applyPlan(plan: Plan, opts: { action: string }): Promise<{ logged: number }>;
  /** Sheet and 1-based row of the selection in Excel (absent: no selection to follow, the dropdown only). */
  selectedRow?(): Promise<{ sheet: string; row: number } | null>;
}

/** The statistics chart as SVG bars: problems, closed, overdue per responsible unit. */
export function StatsChart({ rows, lang }: { rows: StatRow[]; lang: Lang }): React.ReactElement {
  const max = Math.max(1, ...rows.map((r) => r.total));
  const series: { key: 'total' | 'closed' | 'overdue'; label: MessageKey; color: string }[] = [
    { key: 'total', label: 'stats.col.total', color: '#5B9BD5' },
    { key: 'closed', label: 'stats.col.closed', color: '#70AD47' },
    { key: 'overdue', label: 'stats.col.overdue', color: '#C00000' },
  ];
  const rowH = 30;
  return (
    <svg role="img" aria-label={t(lang, 'stats.byUnit')} width="100%" viewBox={`0 0 300 ${rows.length * rowH + 24}`}>
      {series.map((s, i) => (
        <g key={s.key} transform={`translate(${i * 90},0)`}>
          <rect width="10" height="10" fill={s.color} />
          <text x="14" y="9" fontSize="10">
            {t(lang, s.label)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => (
        <g key={r.key} transform={`translate(0,${20 + i * rowH})`} data-unit={r.key}>
          <text x="0" y="12" fontSize="10">
            {r.key.length > 8 ? r.key.slice(0, 8) + '…' : r.key}
          </text>
          {series.map((s, k) => (
            <rect key={s.key} x="90" y={k * 8} height="7" width={(r[s.key] / max) * 200} fill={s.color}>
              <title>{`${r.key} ${t(lang, s.label)}: ${r[s.key]}`}</title>
            </rect>
          ))}
        </g>
      ))}
    </svg>
  );
}

export function LedgerPanel({
  host,
  lang,
  today,
}: {
  host: LedgerHost;
  lang: Lang;
  today?: IsoDate;
}): React.ReactElement {
  const tr = (key: MessageKey, params?: MessageParams) => t(lang, key, params);
  const [state, setState] = React.useState<{ snapshot: WorkbookSnapshot; data: LedgerData } | null>(null);
  const [message, setMessage] = React.useState<{
    intent: 'success' | 'error' | 'warning' | 'info';
    text: string;
  } | null>(null);
  const [id, setId] = React.useState('');
  const [reviewer, setReviewer] = React.useState('');
  const [date, setDate] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [unit, setUnit] = React.useState('');
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(async () => {
    const snapshot = await host.readSnapshot();
    // The core's reader: _settings and _calendar apply here as in check and refresh.
    const data = readWorkbook(snapshot, { today: today ?? localNow().slice(0, 10), lang });
    setState({ snapshot, data });
    return { snapshot, data };
  }, [host, today, lang]);

  /** Picks the problem of the selected row in Excel; says so when the row is not a problem's. */
  const followSelection = React.useCallback(
    async (loaded: { snapshot: WorkbookSnapshot; data: LedgerData }, quietWhenNone: boolean) => {
      const sel = host.selectedRow ? await host.selectedRow() : null;
      if (!sel) return;
      const found = problemIdAtRow(loaded.data, loaded.snapshot, sel.sheet, sel.row);
      if (found) {
        setId(found);
        setMessage({ intent: 'info', text: t(lang, 'ledger.panel.selectedFrom', { id: found, ...sel }) });
      } else if (!quietWhenNone) {
        setMessage({ intent: 'warning', text: t(lang, 'ledger.panel.noProblemAtSelection', sel) });
      }
    },
    [host, lang],
  );

  React.useEffect(() => {
    load()
      .then((loaded) => followSelection(loaded, true))
      .catch((e: Error) => setMessage({ intent: 'error', text: e.message }));
  }, [load, followSelection]);

  const apply = async (plan: Plan, action: string) => (await host.applyPlan(plan, { action })).logged;

  const run = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    setMessage(null);
    try {
      await fn();
    } catch (e) {
      setMessage({ intent: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const closeOut = (action: CloseOutAction) =>
    run(async () => {
      const { snapshot, data } = await load();
      const r = planCloseOut(action, data, snapshot, {
        id,
        date: date.trim() || undefined,
        reviewer,
        reason,
        user: snapshot.user,
        now: localNow(),
      });
      if (!r.ok) {
        setMessage({ intent: 'error', text: tr(r.code, r.params) });
        return;
      }
      const logged = await apply(r.value.plan, tr(`log.action.${action}`));
      const warn = r.value.warnings.join(' ');
      setMessage({
        intent: warn ? 'warning' : 'success',
        text: `${r.value.message} ${tr('ledger.panel.logged', { n: logged })} ${warn}`.trim(),
      });
      await load();
    });

  const report = run(async () => {
    const { snapshot, data } = await load();
    const r = planGeneratedSheets(data, snapshot, { now: localNow().slice(0, 16), user: snapshot.user });
    await apply(r.plan, tr('log.action.report'));
    setMessage({
      intent: r.skipped.length ? 'warning' : 'success',
      text: [tr('ledger.panel.reported'), ...r.skipped.map((s) => s.message)].join(' '),
    });
    await load();
  });

  const stats = state ? computeStatistics(state.data) : null;
  const letters = state ? buildLetters(state.data, {}) : [];
  const letter = letters.find((l) => l.unit === unit) ?? letters[0];
  const text = letter ? letterText(letter, state!.data.lang) : '';

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-label={tr('ledger.panel.closeout')}>
        <h3>{tr('ledger.panel.closeout')}</h3>
        <Field label={tr('ledger.col.problemId')}>
          <Select value={id} onChange={(_, d) => setId(d.value)}>
            <option value="">—</option>
            {state?.data.problems.map((p) => (
              <option key={`${p.id}-${p.row}`} value={p.id}>
                {`${p.id} ${p.description.slice(0, 16)}`}
              </option>
            ))}
          </Select>
        </Field>
        {host.selectedRow && (
          <Button
            size="small"
            style={{ marginTop: 4 }}
            disabled={busy}
            onClick={run(async () => {
              await followSelection(await load(), false);
            })}
          >
            {tr('ledger.panel.selectedRow')}
          </Button>
        )}
        <Field label={tr('ledger.panel.reviewer')}>
          <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} />
        </Field>
        <Field label={tr('ledger.panel.date')}>
          <Input value={date} placeholder="2025-06-30" onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label={tr('ledger.panel.reason')}>
          <Input value={reason} onChange={(_, d) => setReason(d.value)} />
        </Field>
        <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
          <Button disabled={busy || !id} onClick={closeOut('submit')}>
            {tr('log.action.submit')}
          </Button>
          <Button appearance="primary" disabled={busy || !id} onClick={closeOut('close')}>
            {tr('log.action.close')}
          </Button>
          <Button disabled={busy || !id} onClick={closeOut('reject')}>
            {tr('log.action.reject')}
          </Button>
        </div>
      </section>
      <section aria-label={tr('ledger.panel.stats')}>
        <h3>{tr('ledger.panel.stats')}</h3>
        {stats && (
          <p>
            {tr('ledger.panel.headline', {
              found: stats.headline.found,
              rectified: stats.headline.rectified,
              closed: stats.headline.closed,
              overdue: stats.headline.overdue,
            })}
          </p>
        )}
        {stats && <StatsChart rows={stats.byUnit} lang={lang} />}
        <Button disabled={busy} onClick={report}>
          {tr('ledger.panel.report')}
        </Button>
      </section>
      <section aria-label={tr('ledger.panel.letters')}>
        <h3>{tr('ledger.panel.letters')}</h3>
        {letters.length === 0 ? (
          <p>{tr('sup.none')}</p>
        ) : (
          <>
            <Field label={tr('sup.col.unit')}>
              <Select value={letter?.unit ?? ''} onChange={(_, d) => setUnit(d.value)}>
                {letters.map((l) => (
                  <option key={l.unit} value={l.unit}>
                    {l.unit}
                  </option>
                ))}
              </Select>
            </Field>
            <Textarea
              aria-label={tr('ledger.panel.preview')}
              readOnly
              value={text}
              rows={14}
              style={{ width: '100%' }}
            />
            <Button
              onClick={() => {
                void navigator.clipboard
                  ?.writeText(text)
                  .then(() => setMessage({ intent: 'success', text: tr('ledger.panel.copied') }));
              }}
            >
              {tr('ledger.panel.copy')}
            </Button>
          </>
        )}
      </section>
    </div>
  );
}

export default LedgerPanel;
