/** How the list sheets look: table style, date format, colours of the alerts, the due-soon name (docs/STATUS.md). */

/** Defined name of the due-soon threshold (a cell of `_settings`), used by the conditional formats. */
export const DUE_SOON_NAME = 'RL_DueSoonDays';
export const TABLE_STYLE = 'TableStyleLight9';
export const DATE_FORMAT = 'yyyy-mm-dd';

export const COLORS = {
  overdue: { background: '#FFC7CE', font: '#9C0006' },
  dueSoon: { background: '#FFEB9C', font: '#9C5700' },
  closed: { background: '#C6EFCE', font: '#006100' },
  /** 问题清单: open under an approved extension (已延期), not past it. */
  extended: { background: '#DDEBF7', font: '#1F4E78' },
  /** 移交清单: not signed for within the signing period. */
  signLate: { background: '#F8CBAD', font: '#843C0C' },
  /** 整改期满日 near or passed with the unit's report not in (ledger/milestones.ts): apart from items' red and yellow. */
  milestone: { background: '#E4DFEC', font: '#5B2C83' },
} as const;
