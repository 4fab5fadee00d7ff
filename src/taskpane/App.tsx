/**
 * The task pane: summary as of today, the three commands, and the panels
 * (findings, settings, and whatever colleagues register in panels/index.ts).
 */
import * as React from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Text,
  Tooltip,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowSync20Regular, CheckmarkCircle20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { Lang } from '../i18n/index';
import type { Finding } from '../engine/core/findings';
import type { Settings } from '../engine/rules/settings';
import type { LedgerSummary } from '../engine/ledger/summary';
import { localToday, type Phase } from '../excel/commands';
import { Summary } from './components/Summary';
import { type PaneHost, createPaneHost } from './host';
import { LangContext, errorText } from './i18n';
import { PANELS, type PanelProps } from './panels';
import { tp as t } from '../i18n/pane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'center', gap: '8px' },
  title: { display: 'flex', flexDirection: 'column' },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    boxShadow: tokens.shadow2,
  },
  empty: { color: tokens.colorNeutralForeground2 },
  // Panels are added by colleagues; in a 320 px pane the tabs wrap rather than scroll sideways.
  tabs: { flexWrap: 'wrap' },
});

type Status = { intent: 'success' | 'error' | 'warning' | 'info'; text: string; extra?: string[] } | null;

interface Progress {
  phase: Phase;
  done: number;
  total: number;
}

export function App({ lang, host: given }: { lang: Lang; host?: PaneHost }): React.JSX.Element {
  const s = useStyles();
  const tr = React.useCallback((k: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t(lang, k, p), [lang]);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const host = React.useMemo(() => given ?? createPaneHost(lang), [given, lang]);
  host.onProgress = (phase, done, total) => setProgress({ phase, done, total });

  const [summary, setSummary] = React.useState<LedgerSummary | null | undefined>(undefined);
  const [settings, setSettings] = React.useState<Settings | null>(null);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const [status, setStatus] = React.useState<Status>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [tab, setTab] = React.useState<string>(PANELS[0].id);
  const today = localToday();

  const reload = React.useCallback(async () => {
    try {
      const o = await host.overview();
      setSummary(o.summary);
      setSettings(o.settings);
    } catch (e) {
      setSummary(null);
      setStatus({ intent: 'error', text: errorText(lang, e) });
    } finally {
      setProgress(null);
    }
  }, [host, lang]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  const runCommand = async (id: string, fn: () => Promise<void>) => {
    setBusy(id);
    setStatus(null);
    try {
      await fn();
    } catch (e) {
      setStatus({ intent: 'error', text: errorText(lang, e) });
    } finally {
      setBusy(null);
      setProgress(null);
    }
    await reload();
  };

  const degradedText = (d: { key: Parameters<typeof t>[1]; params: Record<string, string | number> }[]) =>
    d.map((x) => tr(x.key, x.params));

  const structure = () =>
    runCommand('structure', async () => {
      const r = await host.structure();
      setStatus({
        intent: r.degraded.length ? 'warning' : 'success',
        text:
          r.cellsWritten > 0
            ? tr('addin.result.structure', { cells: r.cellsWritten, syncs: r.stats.syncs })
            : tr('addin.result.structureNoop'),
        extra: degradedText(r.degraded),
      });
    });
  const check = () =>
    runCommand('check', async () => {
      const r = await host.check();
      setFindings(r.findings);
      setTab('findings');
      setStatus({
        intent: r.errors ? 'error' : r.warnings ? 'warning' : 'success',
        text: r.findings.length
          ? tr('addin.result.check', { errors: r.errors, warnings: r.warnings })
          : tr('addin.result.checkClean'),
      });
    });
  const refresh = () =>
    runCommand('refresh', async () => {
      const r = await host.refresh();
      const cells = r.cellsChanged ?? r.cellsWritten;
      const rebuilt = r.rebuilt?.length
        ? ' ' + tr('ledger.rebuilt', { sheets: r.rebuilt.join(lang === 'zh' ? '、' : ', ') })
        : '';
      setStatus({
        intent: r.degraded.length ? 'warning' : 'success',
        text:
          (cells > 0 ? tr('addin.result.refresh', { cells, syncs: r.stats.syncs }) : tr('addin.result.refreshNoop')) +
          rebuilt,
        extra: degradedText(r.degraded),
      });
    });

  const pane: PanelProps['pane'] = {
    findings,
    settings,
    reload: () => void reload(),
    notify: (intent, text) => setStatus({ intent, text }),
  };
  const active = PANELS.find((p) => p.id === tab) ?? PANELS[0];
  const Lazy = React.useMemo(() => React.lazy(active.load), [active]);

  const progressText =
    progress &&
    (progress.phase === 'compute'
      ? tr('addin.progress.compute')
      : tr(progress.phase === 'read' ? 'addin.progress.read' : 'addin.progress.write', {
          done: progress.done.toLocaleString(),
          total: progress.total.toLocaleString(),
        }));

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
        <main className={s.root}>
          <header className={s.header}>
            <img src="assets/icon-32.png" width={32} height={32} alt="" />
            <div className={s.title}>
              <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
                {tr('addin.title')}
              </Text>
              <span className={s.sub}>{tr('addin.asOf', { date: today })}</span>
            </div>
          </header>

          {summary === undefined ? (
            <Spinner size="small" label={tr('addin.loading')} />
          ) : summary ? (
            <Summary summary={summary} />
          ) : (
            <Text className={s.empty}>{tr('addin.summary.empty')}</Text>
          )}

          <div className={s.actions} role="toolbar" aria-label={tr('addin.title')}>
            <Tooltip content={tr('addin.action.structure.hint')} relationship="description">
              <Button
                appearance="primary"
                icon={<TableAdd20Regular />}
                disabled={!!busy}
                onClick={structure}
                data-action="structure"
              >
                {tr('addin.action.structure')}
              </Button>
            </Tooltip>
            <Tooltip content={tr('addin.action.check.hint')} relationship="description">
              <Button icon={<CheckmarkCircle20Regular />} disabled={!!busy} onClick={check} data-action="check">
                {tr('addin.action.check')}
              </Button>
            </Tooltip>
            <Tooltip content={tr('addin.action.refresh.hint')} relationship="description">
              <Button icon={<ArrowSync20Regular />} disabled={!!busy} onClick={refresh} data-action="refresh">
                {tr('addin.action.refresh')}
              </Button>
            </Tooltip>
          </div>

          {busy && (
            <div aria-live="polite">
              <ProgressBar
                value={
                  progress && progress.total > 0 && progress.phase !== 'compute'
                    ? progress.done / progress.total
                    : undefined
                }
              />
              <Text size={200}>{progressText ?? tr('addin.action.running')}</Text>
            </div>
          )}

          {status && (
            <MessageBar intent={status.intent} data-status={status.intent} aria-live="polite">
              <MessageBarBody>
                {status.text}
                {status.extra?.map((x) => (
                  <div key={x}>{x}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}

          <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} size="small">
            {PANELS.map((p) => (
              <Tab key={p.id} value={p.id}>
                {tr(p.title)}
              </Tab>
            ))}
          </TabList>
          <section className={s.panel} role="tabpanel" aria-label={tr(active.title)}>
            <React.Suspense fallback={<Spinner size="tiny" />}>
              <Lazy host={host} lang={lang} pane={pane} />
            </React.Suspense>
          </section>
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
