/**
 * The pane's panel registry. A panel is a tab under the action buttons; its
 * code is loaded only when the tab is first opened, so the initial bundle
 * stays small. Every panel is a default export taking PanelProps; to add one,
 * append an entry here.
 */
import type * as React from 'react';
import type { PaneKey } from '../../i18n/pane';
import type { PanelProps } from './types';

export type { PanelProps, PaneState } from './types';

export interface PanelDef {
  id: string;
  title: PaneKey;
  load: () => Promise<{ default: React.ComponentType<PanelProps> }>;
}

export const PANELS: readonly PanelDef[] = [
  { id: 'findings', title: 'addin.panel.findings', load: () => import('./findings/FindingsPanel') },
  { id: 'settings', title: 'addin.panel.settings', load: () => import('./settings/SettingsPanel') },
  { id: 'import', title: 'import.panel.title', load: () => import('./import/ImportPanel') },
  { id: 'ledger', title: 'ledger.panel.title', load: () => import('./ledger/LedgerPanel') },
  { id: 'record', title: 'record.panel.title', load: () => import('./record/RecordPanel') },
  { id: 'cycle', title: 'cycle.panel.title', load: () => import('./cycle/CyclePanel') },
  { id: 'roundtrip', title: 'roundtrip.panel.title', load: () => import('./roundtrip/RoundTripPanel') },
];
