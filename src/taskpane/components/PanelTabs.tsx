/** The registered panels as tabs; a panel's code loads when its tab is first opened. */
import * as React from 'react';
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { PANELS, type PanelDef } from '../panels/index';
import type { PanelProps } from '../panels/types';
import { useT } from '../i18n';
import { loadCore } from '../loadCore';

const useStyles = makeStyles({
  // In a 320 px pane the tabs wrap rather than scroll sideways.
  tabs: { flexWrap: 'wrap' },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    boxShadow: tokens.shadow2,
  },
});

// One lazy component per panel for the life of the page: switching tabs back does not load it again. A panel
// shows engine words, which come with the engine (loadCore registers them): both are awaited.
const lazyPanels = new Map<string, React.LazyExoticComponent<React.ComponentType<PanelProps>>>();
function lazyPanel(def: PanelDef) {
  let panel = lazyPanels.get(def.id);
  if (!panel) {
    panel = React.lazy(() => Promise.all([def.load(), loadCore()]).then(([m]) => m));
    lazyPanels.set(def.id, panel);
  }
  return panel;
}

export function PanelTabs({
  tab,
  onTab,
  ...props
}: PanelProps & { tab: string; onTab(id: string): void }): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const active = PANELS.find((p) => p.id === tab) ?? PANELS[0];
  const Panel = lazyPanel(active);
  return (
    <>
      <TabList className={s.tabs} selectedValue={active.id} onTabSelect={(_, d) => onTab(String(d.value))} size="small">
        {PANELS.map((p) => (
          <Tab key={p.id} value={p.id}>
            {tr(p.title)}
          </Tab>
        ))}
      </TabList>
      <section className={s.panel} role="tabpanel" aria-label={tr(active.title)}>
        <React.Suspense fallback={<Spinner size="tiny" label={tr('addin.loading')} />}>
          <Panel {...props} />
        </React.Suspense>
      </section>
    </>
  );
}
