/**
 * The pane's panel registry. A panel is a tab under the action buttons; its
 * code is loaded only when the tab is first opened, so the initial bundle
 * stays small. To add a panel, append an entry here (import; close-out and
 * letters) — the component receives PanelProps.
 */
import * as React from 'react';
import type { Lang } from '../../i18n/index';
import type { PaneKey as MessageKey } from '../../i18n/pane';
import type { Finding } from '../../engine/core/findings';
import type { Settings } from '../../engine/rules/settings';
import type { PaneHost } from '../host';

export interface PanelProps {
  host: PaneHost;
  lang: Lang;
  /** Shared state of the pane, refreshed after every command. */
  pane: {
    findings: Finding[] | null;
    settings: Settings | null;
    /** Re-read the summary after a panel changed the workbook. */
    reload(): void;
    /** Show a message in the pane's status bar. */
    notify(intent: 'success' | 'error' | 'warning' | 'info', text: string): void;
  };
}

export interface PanelDef {
  id: string;
  title: MessageKey;
  load: () => Promise<{ default: React.ComponentType<PanelProps> }>;
}

export const PANELS: PanelDef[] = [
  { id: 'findings', title: 'addin.panel.findings', load: () => import('./findings/FindingsPanel') },
  { id: 'settings', title: 'addin.panel.settings', load: () => import('./settings/SettingsPanel') },
  {
    id: 'import',
    title: 'import.panel.title',
    load: () =>
      import('./import/ImportPanel').then((m) => ({
        default: (p: PanelProps) => React.createElement(m.ImportPanel, { host: p.host, lang: p.lang }),
      })),
  },
  {
    id: 'ledger',
    title: 'ledger.panel.title',
    load: () =>
      import('./ledger/LedgerPanel').then((m) => ({
        default: (p: PanelProps) => React.createElement(m.LedgerPanel, { host: p.host, lang: p.lang }),
      })),
  },
];
