/**
 * What every panel receives. Kept apart from the registry (panels/index.ts),
 * which imports the panels: a panel importing the registry would be a cycle.
 */
import type { Finding, OmittedFindings } from '../../engine/core/findings';
import type { Settings } from '../../engine/rules/settings';
import type { Lang } from '../../i18n/index';
import type { PaneHost } from '../host';
import type { WrittenFn } from '../hooks/useCommand';

/** The pane's shared state, and what a panel tells the pane. */
export interface PaneState {
  /** The last check's findings; null before the first check. */
  findings: readonly Finding[] | null;
  /** What the last check counted but did not list (at most 1,000 findings of a code are listed). */
  omitted?: readonly OmittedFindings[];
  /** The workbook's settings as last read or written; null while unknown. */
  settings: Settings | null;
  /** A panel's command wrote: the pane's summary follows from its outcome. */
  changed: WrittenFn;
}

export interface PanelProps {
  host: PaneHost;
  lang: Lang;
  pane: PaneState;
}
