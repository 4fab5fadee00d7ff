/**
 * The task pane: summary as of today, the three commands, and the panels
 * registered in panels/index.ts. State lives in hooks (useOverview,
 * useCommand); this file only wires them to the components.
 */
import * as React from 'react';
import { FluentProvider, Spinner, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Finding, OmittedFindings } from '../engine/core/findings';
import type { Lang } from '../i18n/index';
import { CalendarBanner } from './components/CalendarBanner';
import { CommandStatus } from './components/CommandStatus';
import { PanelTabs } from './components/PanelTabs';
import { Summary } from './components/Summary';
import { Toolbar, type ToolbarAction } from './components/Toolbar';
import { type PaneHost, createPaneHost } from './host';
import { useCommand } from './hooks/useCommand';
import { useOverview } from './hooks/useOverview';
import { LangContext, errorText, useT } from './i18n';
import { PANELS } from './panels/index';
import type { PaneState } from './panels/types';
import { loadCore } from './loadCore';

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
  empty: { color: tokens.colorNeutralForeground2 },
});

export function App({ lang, host: given }: { lang: Lang; host?: PaneHost }): React.JSX.Element {
  const host = React.useMemo(() => given ?? createPaneHost(lang), [given, lang]);
  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
        <Pane host={host} lang={lang} />
      </FluentProvider>
    </LangContext.Provider>
  );
}

function Pane({ host, lang }: { host: PaneHost; lang: Lang }): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const overview = useOverview(host);
  const command = useCommand(host, lang, overview.changed);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const [omitted, setOmitted] = React.useState<OmittedFindings[]>([]);
  const [tab, setTab] = React.useState(PANELS[0].id);

  // The commands come with the engine, loaded on demand (usually long before the first click).
  const actions: Record<ToolbarAction, () => Promise<unknown>> = {
    structure: async () => {
      const core = await loadCore();
      return command.run('structure', core.structureCommand(), (o) => core.structureStatus(lang, o));
    },
    check: async () => {
      const core = await loadCore();
      return command.run('check', core.checkCommand(), (o) => {
        setFindings(o.result.findings);
        setOmitted(o.result.omitted);
        setTab('findings');
        return core.checkStatus(lang, o.result);
      });
    },
    refresh: async () => {
      const core = await loadCore();
      return command.run('refresh', core.refreshCommand(), (o) => core.refreshStatus(lang, o));
    },
  };
  const pane: PaneState = { findings, omitted, settings: overview.settings, changed: overview.changed };
  // A failed first read is shown until a command has something newer to say.
  const failure = overview.failure ? { intent: 'error' as const, text: overview.failure } : null;

  return (
    <main className={s.root}>
      <header className={s.header}>
        <img src="assets/icon-32.png" width={32} height={32} alt="" />
        <div className={s.title}>
          <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
            {tr('addin.title')}
          </Text>
          <span className={s.sub}>{tr('addin.asOf', { date: host.today() })}</span>
        </div>
      </header>
      {overview.summary === undefined ? (
        <Spinner size="small" label={tr('addin.loading')} />
      ) : overview.summary ? (
        <Summary summary={overview.summary} />
      ) : (
        <Text className={s.empty}>{tr('addin.summary.empty')}</Text>
      )}
      <CalendarBanner gaps={overview.calendarGaps} lang={lang} onOpen={() => setTab('settings')} />
      <Toolbar
        disabled={!!command.busy}
        onAction={(id) =>
          // Only the engine's own load can fail here (a command's errors are shown by command.run).
          void actions[id]().catch((e: unknown) => command.show({ intent: 'error', text: errorText(lang, e) }))
        }
      />
      <CommandStatus command={{ ...command, status: command.status ?? failure }} />
      <PanelTabs tab={tab} onTab={setTab} host={host} lang={lang} pane={pane} />
    </main>
  );
}
