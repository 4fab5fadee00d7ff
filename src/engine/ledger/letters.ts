/**
 * 提醒督办函 — reminder letters, one per responsible unit with overdue or
 * due-soon items. The engine produces the letter as structured
 * text (title, addressee, body, table, closing, issuer, date) so the pane can
 * preview and copy it and the CLI can lay it out as a .docx; the wording is
 * the formal style of such letters and lives in the message catalogue.
 */
import type { WorkCalendar } from '../rules/calendar';
import { maxOf } from '../core/arrays';
import { uniqueFileNames } from '../rules/fileNames';
import { IsoDate, toYMD } from '../rules/dates';
import { Lang, t } from '../../i18n/index';
import { SupervisionItem, supervisionAlertText, supervisionGroups, supervisionItems } from './supervision';
import { type FormalDocument, paragraph, table } from './document';
import { LedgerData } from './types';
import { evidenceCounts } from '../rules/evidence';
import { milestoneOfUnit, milestoneSentence, reportMilestones } from './milestones';

export interface Letter {
  unit: string;
  title: string;
  /** 第N次督办: this letter's reminder number for its most-reminded item (each item shows its own). */
  round: number;
  addressee: string;
  body: string[];
  tableHeaders: string[];
  rows: string[][];
  closing: string[];
  issuer: string;
  /** The letter's date, written out (2025年6月30日 / 30 June 2025). */
  dateText: string;
  reportBy: IsoDate;
  items: SupervisionItem[];
  overdue: number;
  dueSoon: number;
  /** Due soon under an approved extension (已延期), apart from overdue and due soon. */
  extended: number;
}

export interface LetterOptions {
  issuer?: string;
  /** Working days the unit has to report back (default 5). */
  replyWorkdays?: number;
  /** Working-day calendar for the reply date; default: the workbook's own (official schedule + `_calendar`). */
  calendar?: WorkCalendar;
  /** Only these units (default all units with items). */
  units?: string[];
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formalDate(iso: IsoDate, lang: Lang): string {
  const { year, month, day } = toYMD(iso);
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

export function buildLetters(data: LedgerData, opts: LetterOptions): Letter[] {
  const lang = data.lang;
  const issuer = opts.issuer?.trim() || t(lang, 'letter.defaultIssuer');
  const reportBy = (opts.calendar ?? data.calendar).addWorkdays(data.today, opts.replyWorkdays ?? 5);
  const groups = supervisionGroups(supervisionItems(data)).filter((g) => !opts.units || opts.units.includes(g.unit));
  const milestones = reportMilestones(data);
  return groups.map((g) => {
    // The unit's 整改期满日 while its report is not in: 整改报告应于…前报送，还有N天 (ledger/milestones.ts).
    const m = milestoneOfUnit(milestones, g.unit);
    const due = m && milestoneSentence(m, lang, formalDate(m.deadline, lang));
    const reminders = g.items.map((i) => i.reminders);
    const round = maxOf(reminders, 0) + 1;
    const params = {
      unit: g.unit,
      date: formalDate(data.today, lang),
      count: g.items.length,
      overdue: g.overdue,
      dueSoon: g.dueSoon,
      extended: g.extended,
      reportBy: formalDate(reportBy, lang),
      issuer,
      round,
    };
    const rows = g.items.map((it, i) => [
      String(i + 1),
      it.id,
      it.text,
      it.person,
      it.deadline,
      supervisionAlertText(it, lang),
      // Which reminder this letter is for the item: the title's round is the highest of these.
      t(lang, 'letter.itemRound', { n: it.reminders + 1 }),
    ]);
    return {
      unit: g.unit,
      title: t(lang, 'letter.title'),
      round,
      addressee: t(lang, 'letter.addressee', params),
      body: [t(lang, g.extended ? 'letter.bodyExtended' : 'letter.body', params)],
      tableHeaders: [
        t(lang, 'letter.col.seq'),
        t(lang, 'letter.col.id'),
        t(lang, 'letter.col.text'),
        t(lang, 'letter.col.person'),
        t(lang, 'letter.col.deadline'),
        t(lang, 'letter.col.status'),
        t(lang, 'letter.col.round'),
      ],
      rows,
      closing: [
        ...(due ? [due] : []),
        ...evidenceLine(data, g.unit),
        t(lang, 'letter.demand', params),
        t(lang, 'letter.reportBack', params),
        t(lang, 'letter.warning', params),
      ],
      issuer,
      dateText: formalDate(data.today, lang),
      reportBy,
      items: g.items,
      overdue: g.overdue,
      dueSoon: g.dueSoon,
      extended: g.extended,
    };
  });
}

/**
 * The unit's evidence as counts, never paths (docs/EVIDENCE.md): its measures done and how many name 佐证材料,
 * when the ledger keeps 佐证材料 and the unit has a measure done.
 */
function evidenceLine(data: LedgerData, unit: string): string[] {
  if (!data.mappings.tasks?.columns.evidence) return [];
  const c = evidenceCounts(data.tasks.filter((task) => task.unit.trim() === unit));
  if (!c.done) return [];
  const params = { done: c.done, with: c.withEvidence, items: c.items, without: c.done - c.withEvidence };
  return [t(data.lang, c.withEvidence === c.done ? 'letter.evidenceAll' : 'letter.evidence', params)];
}

/** The letter as a formal document, for the .docx layout: the table's text column is the widest. */
export function letterAsDocument(letter: Letter, lang: Lang): FormalDocument {
  return {
    title: letter.title,
    subtitle: t(lang, 'letter.roundLine', { round: letter.round }),
    addressee: letter.addressee,
    blocks: [
      ...letter.body.map(paragraph),
      table(letter.tableHeaders, letter.rows, [640, 1100, 1804, 900, 1500, 1500, 1400]),
      ...letter.closing.map(paragraph),
    ],
    issuer: letter.issuer,
    dateText: letter.dateText,
  };
}

/** The letter as plain text, for the pane's preview and the clipboard. */
export function letterText(letter: Letter, lang: Lang): string {
  const table = letter.rows.map((r) =>
    lang === 'zh'
      ? `${r[0]}. 【${r[1]}】${r[2]}（责任人：${r[3] || '—'}；整改期限：${r[4]}；${r[5]}；${r[6]}）`
      : `${r[0]}. [${r[1]}] ${r[2]} (person: ${r[3] || '—'}; deadline: ${r[4]}; ${r[5]}; ${r[6]})`,
  );
  return [
    letter.title,
    t(lang, 'letter.roundLine', { round: letter.round }),
    '',
    letter.addressee,
    ...letter.body.map((p) => (lang === 'zh' ? '　　' + p : p)),
    ...table,
    ...letter.closing.map((p) => (lang === 'zh' ? '　　' + p : p)),
    '',
    letter.issuer,
    letter.dateText,
  ].join('\n');
}

/**
 * Each letter's file name, in order: `督办函-<unit>-<date>.docx`, the unit's name made safe by the one rule every
 * per-unit file uses (rules/fileNames.ts), names that would collide numbered — one file per letter.
 */
export function letterFileNames(letters: readonly Letter[], lang: Lang, date: IsoDate): string[] {
  const affix = { prefix: `${t(lang, 'letter.fileStem')}-`, suffix: `-${date}` };
  return uniqueFileNames(
    letters.map((l) => l.unit),
    '.docx',
    affix,
  );
}
