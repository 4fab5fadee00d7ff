/**
 * The task pane's words for 记录进展 it needs before the panel is opened: its tab and what the selected row says.
 * The panel's own words are in recordPanel.ts, loaded with the panel (docs/EVIDENCE.md).
 */
import type { Entry } from '../translate';

export const RECORD_PANE_MESSAGES = {
  'record.panel.title': { zh: '记录进展', en: 'Record progress' },
  'record.panel.selectedFrom': {
    zh: '已按所选单元格（{sheet} 第 {row} 行）选定措施 {id}。',
    en: 'Picked measure {id} from the selected cell ({sheet}, row {row}).',
  },
  'record.panel.noTaskAtSelection': {
    zh: '所选单元格（{sheet} 第 {row} 行）不是任务清单中某条措施的行。请在任务清单中选中一行，或从列表中选择。',
    en: 'The selected cell ({sheet}, row {row}) is not on a measure’s row of the Tasks sheet. Select a row there, or pick from the list.',
  },
} as const satisfies Record<string, Entry>;
