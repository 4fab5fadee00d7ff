/**
 * The three clue ledgers of 转账 (docs/WORKBOOK.md, the seeds' "建立移交签收、
 * 按时办结、办理超时三本台账"): 移交签收台账 is the register of every clue
 * transferred by the reading date with its signing record (移交日期, 签收日期,
 * 签收人, days until signed, or 未签收 and days waiting); 按时办结台账 and
 * 办理超时台账 hold the clues finished on time and those past their deadline
 * (cycleFigures.ts), so a clue is in the register and in at most one of those.
 * Each sheet starts with its counts by receiving body, then lists its clues.
 * The counts sit in columns A–D, which hold no dates in the list below (a
 * column has one number format).
 */
import type { CellValue } from '../../core/cells';
import { type Lang, type MessageKey, t } from '../../../i18n';
import type { ClueRecord } from '../../read/records';
import { clueAlertText } from '../../rules/cycleAlertText';
import { type ClueLedgerState, clueFinishedBy, clueLedgerState, clueSignedBy } from '../../rules/cycleStatus';
import { type IsoDate, daysBetween } from '../../rules/dates';
import type { ClueLedgerId } from '../../schema/sheets';
import { type ClueFigures, cluesAt, cluesByBody, tallyClues } from '../cycleFigures';
import type { LedgerData } from '../types';
import { DATE_FMT, type SheetContent, dateCell } from './content';

/** What a clue ledger holds: the register of every handover, or the clues of one state. */
export type ClueLedgerKind = 'register' | Exclude<ClueLedgerState, 'handling'>;

export const CLUE_LEDGERS: readonly { id: ClueLedgerId; kind: ClueLedgerKind }[] = [
  { id: 'cluesHandling', kind: 'register' },
  { id: 'cluesOnTime', kind: 'onTime' },
  { id: 'cluesOverdue', kind: 'overdue' },
];

type Column = { head: MessageKey; get: (c: ClueRecord, lang: Lang, asOf: IsoDate) => CellValue; date?: boolean };

interface Layout {
  intro: MessageKey;
  counts: [MessageKey, (r: ClueFigures) => number][];
  columns: Column[];
  widths: number[];
}

const FIRST: Column[] = [
  { head: 'clueLedger.col.id', get: (c) => c.id },
  { head: 'clueLedger.col.receiver', get: (c) => c.receiver },
  { head: 'clueLedger.col.problemId', get: (c) => c.problemId },
  { head: 'clueLedger.col.summary', get: (c) => c.summary },
  { head: 'clueLedger.col.tracker', get: (c) => c.tracker },
];
const dated = (head: MessageKey, get: (c: ClueRecord) => IsoDate | null | undefined): Column => ({
  head,
  get: (c) => dateCell(get(c)),
  date: true,
});
const TRANSFERRED = dated('clueLedger.col.transferredOn', (c) => c.transferredOn);
const SIGNED = dated('clueLedger.col.signedOn', (c) => c.signedOn);
const DEADLINE = dated('clueLedger.col.deadline', (c) => c.deadline);
const FINISHED = dated('clueLedger.col.finishedOn', (c) => c.finishedOn);
const ALERT: Column = { head: 'clueLedger.col.alert', get: (c, lang) => clueAlertText(c.alert, lang) };

/** Days from handover to signing, when signed for by the date with a 签收日期. */
function signDays(c: ClueRecord, asOf: IsoDate): CellValue {
  if (!c.transferredOn || !c.signedOn || c.signedOn > asOf) return null;
  return daysBetween(c.transferredOn, c.signedOn);
}

/** The signing record as of the date: in time or late, or not signed for and how long it has waited. */
function signing(c: ClueRecord, lang: Lang, asOf: IsoDate): string {
  if (clueFinishedBy(c, asOf) || clueSignedBy(c, asOf)) {
    if (!c.signedOn || c.signedOn > asOf) return t(lang, 'clueLedger.sign.undated');
    const late = c.signBy ? daysBetween(c.signBy, c.signedOn) : 0;
    return late > 0 ? t(lang, 'clueLedger.sign.late', { days: late }) : t(lang, 'clueLedger.sign.onTime');
  }
  if (!c.transferredOn) return t(lang, 'clueLedger.awaiting');
  const days = daysBetween(c.transferredOn, asOf);
  const late = !!c.signBy && c.signBy < asOf;
  return t(lang, late ? 'clueLedger.sign.waitingLate' : 'clueLedger.sign.waiting', { days });
}

/** Days past the deadline: to the finish date when finished, else to the date. */
function daysLate(c: ClueRecord, asOf: IsoDate): CellValue {
  if (!c.deadline) return null;
  return daysBetween(c.deadline, clueFinishedBy(c, asOf) ? c.finishedOn! : asOf);
}

const LAYOUTS: Record<ClueLedgerKind, Layout> = {
  register: {
    intro: 'clueLedger.intro.register',
    counts: [
      ['clueLedger.count.total', (r) => r.total],
      ['clueLedger.count.signed', (r) => r.signed],
      ['clueLedger.count.unsigned', (r) => r.awaiting],
      ['clueLedger.count.signLate', (r) => r.signLate],
    ],
    columns: [
      TRANSFERRED,
      dated('clueLedger.col.signBy', (c) => c.signBy),
      // Signed for after the reading date is not signed for as of it.
      {
        head: 'clueLedger.col.signedOn',
        get: (c, _l, asOf) => dateCell(c.signedOn && c.signedOn <= asOf ? c.signedOn : null),
        date: true,
      },
      { head: 'clueLedger.col.signer', get: (c, _l, asOf) => (c.signedOn && c.signedOn > asOf ? '' : c.signer) },
      { head: 'clueLedger.col.signDays', get: (c, _l, asOf) => signDays(c, asOf) },
      { head: 'clueLedger.col.signState', get: signing },
      {
        head: 'clueLedger.col.handlingState',
        get: (c, lang, asOf) => t(lang, `clueLedger.state.${clueLedgerState(c, asOf)}`),
      },
    ],
    widths: [12, 12, 12, 10, 10, 22, 12],
  },
  onTime: {
    intro: 'clueLedger.intro.onTime',
    counts: [['clueLedger.count.onTime', (r) => r.total]],
    columns: [TRANSFERRED, SIGNED, DEADLINE, FINISHED, { head: 'clueLedger.col.result', get: (c) => c.result }],
    widths: [12, 12, 12, 12, 30],
  },
  overdue: {
    intro: 'clueLedger.intro.overdue',
    counts: [
      ['clueLedger.count.overdue', (r) => r.total],
      ['clueLedger.count.overdueOpen', (r) => r.overdueOpen],
      ['clueLedger.count.finishedLate', (r) => r.finishedLate],
    ],
    columns: [
      TRANSFERRED,
      SIGNED,
      DEADLINE,
      FINISHED,
      { head: 'clueLedger.col.daysLate', get: (c, _l, asOf) => daysLate(c, asOf) },
      {
        head: 'clueLedger.col.how',
        get: (c, lang, asOf) => t(lang, clueFinishedBy(c, asOf) ? 'clueLedger.finishedLate' : 'clueLedger.open'),
      },
      ALERT,
    ],
    widths: [12, 12, 12, 12, 10, 12, 18],
  },
};

function countRows(lang: Lang, layout: Layout, clues: ClueRecord[], asOf: IsoDate): CellValue[][] {
  const blank = t(lang, 'ledger.blank');
  const rows = cluesByBody(clues, asOf, blank);
  const total = tallyClues(clues, asOf);
  const line = (name: string, f: ClueFigures) => [name, ...layout.counts.map(([, get]) => get(f))];
  return [
    [t(lang, 'clueLedger.byBody')],
    [t(lang, 'clueLedger.col.receiver'), ...layout.counts.map(([k]) => t(lang, k))],
    ...rows.map((r) => line(r.body, r)),
    line(t(lang, 'ledger.total'), total),
  ];
}

/** One clue ledger: its banner, what it holds, its counts by receiving body, its clues. */
export function clueLedgerContent(data: LedgerData, kind: ClueLedgerKind, head: CellValue[][]): SheetContent {
  const lang = data.lang;
  const asOf = data.today;
  const layout = LAYOUTS[kind];
  const all = tallyClues(data.clues, asOf);
  const mine = cluesAt(data.clues, asOf).filter((x) => kind === 'register' || x.state === kind);
  const clues = mine.map((x) => x.clue);
  const columns = [...FIRST, ...layout.columns];
  const params = { date: asOf, ...all, n: clues.length, onTimeRate: '' };
  const rows: CellValue[][] = [
    ...head,
    [t(lang, layout.intro, params)],
    [],
    ...countRows(lang, layout, clues, asOf),
    [],
    [t(lang, 'clueLedger.list')],
    [t(lang, 'ledger.col.seq'), ...columns.map((c) => t(lang, c.head))],
    ...clues.map((c, i) => [i + 1, ...columns.map((col) => col.get(c, lang, asOf))]),
  ];
  if (!clues.length) rows.push([t(lang, 'clueLedger.none')]);
  return {
    rows,
    formats: [null, ...columns.map((c) => (c.date ? DATE_FMT : null))],
    widths: [14, 12, 12, 12, 32, 10, ...layout.widths],
    headerRow: 0,
  };
}
