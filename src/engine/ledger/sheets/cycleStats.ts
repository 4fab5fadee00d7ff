/**
 * 统计's part on the 四账 cycle (when the workbook keeps the lists): the
 * transferred clues by receiving body, and the units' reports with the
 * rejection count ("19个整改期满单位…有4个单位被打回重写"). Rates sit in column
 * I, which 统计 formats as percentages.
 */
import type { CellValue } from '../../core/cells';
import { type Lang, type MessageKey, t } from '../../../i18n';
import { type ClueFigures, cluesByBody, tallyClues, tallyReports } from '../cycleFigures';
import type { LedgerData } from '../types';

const CLUE_COLUMNS: [MessageKey, (f: ClueFigures) => CellValue][] = [
  ['stats.clues.total', (f) => f.total],
  ['stats.clues.awaiting', (f) => f.awaiting],
  ['stats.clues.signLate', (f) => f.signLate],
  ['stats.clues.handling', (f) => f.handling],
  ['stats.clues.onTime', (f) => f.onTime],
  ['stats.clues.overdue', (f) => f.overdue],
  ['stats.clues.overdueOpen', (f) => f.overdueOpen],
  ['stats.clues.onTimeRate', (f) => f.onTimeRate],
];

function clueRows(data: LedgerData, lang: Lang): CellValue[][] {
  const rows = cluesByBody(data.clues, data.today, t(lang, 'ledger.blank'));
  const line = (name: string, f: ClueFigures) => [name, ...CLUE_COLUMNS.map(([, get]) => get(f))];
  return [
    [t(lang, 'stats.clues.title')],
    [t(lang, 'stats.clues.body'), ...CLUE_COLUMNS.map(([k]) => t(lang, k))],
    ...rows.map((r) => line(r.body, r)),
    line(t(lang, 'ledger.total'), tallyClues(data.clues, data.today)),
  ];
}

function reportRows(data: LedgerData, lang: Lang): CellValue[][] {
  const f = tallyReports(data.reports, data.today);
  const heads: MessageKey[] = [
    'stats.reports.units',
    'stats.reports.due',
    'stats.reports.submitted',
    'stats.reports.passed',
    'stats.reports.inReview',
    'stats.reports.sentBackDue',
    'stats.reports.overdue',
    'stats.reports.rejectRate',
  ];
  return [
    [t(lang, 'stats.reports.title')],
    ['', ...heads.map((k) => t(lang, k))],
    [
      t(lang, 'ledger.total'),
      f.units,
      f.due,
      f.submitted,
      f.passed,
      f.inReview,
      f.sentBackDue,
      f.overdue,
      f.due ? f.sentBackDue / f.due : null,
    ],
    [t(lang, 'stats.reports.sentence', { due: f.due, sentBack: f.sentBackDue })],
  ];
}

/** The rows 统计 adds for the cycle's lists the workbook has (none for a ledger without them). */
export function cycleStatsRows(data: LedgerData): CellValue[][] {
  const lang = data.lang;
  const out: CellValue[][] = [];
  if (data.mappings.clues) out.push([], ...clueRows(data, lang));
  if (data.mappings.reports) out.push([], ...reportRows(data, lang));
  return out;
}

/** The definitions 统计 adds under its own. */
export function cycleStatsDefinitions(data: LedgerData): MessageKey[] {
  return [
    ...(data.mappings.clues ? (['stats.def.clues'] as const) : []),
    ...(data.mappings.reports ? (['stats.def.reports'] as const) : []),
  ];
}
