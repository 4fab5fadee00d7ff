/**
 * 通报 — the notice on transferred clues handled late (办理超时): the bodies
 * that ran late, with their counts, and the clues (by number, body, dates and
 * days late; never their content, which is confidential), in the formal
 * layout of the letters (document.ts). Every number is cycleFigures.ts's.
 */
import { type Lang, type MessageKey, t } from '../../i18n';
import type { ClueRecord } from '../read/records';
import { clueFinishedBy } from '../rules/cycleStatus';
import { type IsoDate, daysBetween } from '../rules/dates';
import { type ClueBodyRow, type ClueFigures, cluesAt, cluesByBody, tallyClues } from './cycleFigures';
import { type DocumentBlock, type FormalDocument, heading, paragraph, table } from './document';
import { formalDate } from './letters';
import type { LedgerData } from './types';

export interface NoticeOptions {
  issuer?: string;
  /** Working days the bodies have to report back (default 5). */
  replyWorkdays?: number;
}

export interface ClueNotice {
  lang: Lang;
  document: FormalDocument;
  figures: ClueFigures;
  /** The bodies with overdue clues, most overdue first. */
  bodies: ClueBodyRow[];
  /** The overdue clues, longest late first. */
  overdue: ClueRecord[];
}

function daysLate(c: ClueRecord, asOf: IsoDate): number {
  return c.deadline ? daysBetween(c.deadline, clueFinishedBy(c, asOf) ? c.finishedOn! : asOf) : 0;
}

function bodyTable(lang: Lang, rows: ClueBodyRow[], late: Map<string, number>): DocumentBlock {
  const h = (k: MessageKey) => t(lang, k);
  const headers = [
    h('letter.col.seq'),
    h('notice.col.body'),
    h('notice.col.total'),
    h('notice.col.overdue'),
    h('notice.col.overdueOpen'),
    h('notice.col.finishedLate'),
    h('notice.col.maxLate'),
  ];
  const body = rows.map((r, i) =>
    [i + 1, r.body, r.total, r.overdue, r.overdueOpen, r.finishedLate, late.get(r.body) ?? 0].map(String),
  );
  return table(headers, body, [0.8, 2.6, 1.2, 1.2, 1.3, 1.3, 1.4]);
}

function clueTable(lang: Lang, clues: ClueRecord[], asOf: IsoDate): DocumentBlock {
  const h = (k: MessageKey) => t(lang, k);
  const headers = [
    h('letter.col.seq'),
    h('notice.col.id'),
    h('notice.col.body'),
    h('notice.col.transferred'),
    h('notice.col.deadline'),
    h('notice.col.finished'),
    h('notice.col.daysLate'),
  ];
  const rows = clues.map((c, i) => [
    String(i + 1),
    c.id,
    c.receiver,
    c.transferredOn ?? '',
    c.deadline ?? '',
    clueFinishedBy(c, asOf) ? c.finishedOn! : h('notice.open'),
    String(daysLate(c, asOf)),
  ]);
  return table(headers, rows, [0.8, 1.9, 2, 1.7, 1.7, 1.7, 1.2]);
}

export function buildClueNotice(data: LedgerData, opts: NoticeOptions = {}): ClueNotice {
  const lang = data.lang;
  const asOf = data.today;
  const figures = tallyClues(data.clues, asOf);
  const overdue = cluesAt(data.clues, asOf)
    .filter((x) => x.state === 'overdue')
    .map((x) => x.clue)
    .sort((a, b) => daysLate(b, asOf) - daysLate(a, asOf) || a.id.localeCompare(b.id));
  const late = new Map<string, number>();
  for (const c of overdue) late.set(c.receiver, Math.max(late.get(c.receiver) ?? 0, daysLate(c, asOf)));
  const bodies = cluesByBody(data.clues, asOf, t(lang, 'ledger.blank'))
    .filter((r) => r.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || (late.get(b.body) ?? 0) - (late.get(a.body) ?? 0));
  const reportBy = data.calendar.addWorkdays(asOf, opts.replyWorkdays ?? 5);
  const params = {
    date: formalDate(asOf, lang),
    bodies: cluesByBody(data.clues, asOf, '').length,
    lateBodies: bodies.length,
    names: bodies.map((b) => b.body).join(lang === 'zh' ? '、' : ', '),
    reportBy: formalDate(reportBy, lang),
    total: figures.total,
    onTime: figures.onTime,
    handling: figures.handling,
    overdue: figures.overdue,
    overdueOpen: figures.overdueOpen,
    finishedLate: figures.finishedLate,
    signLate: figures.signLate,
  };
  const blocks: DocumentBlock[] = [paragraph(t(lang, 'notice.intro', params))];
  if (overdue.length === 0) blocks.push(paragraph(t(lang, 'notice.noneOverdue', params)));
  else {
    blocks.push(heading(t(lang, 'notice.h.bodies')), paragraph(t(lang, 'notice.bodies', params)));
    blocks.push(bodyTable(lang, bodies, late));
    blocks.push(heading(t(lang, 'notice.h.clues')), clueTable(lang, overdue, asOf));
    blocks.push(paragraph(t(lang, 'notice.confidential')));
    blocks.push(heading(t(lang, 'notice.h.demands')), paragraph(t(lang, 'notice.demands', params)));
  }
  const document: FormalDocument = {
    title: t(lang, 'notice.title'),
    addressee: t(lang, 'notice.addressee'),
    blocks,
    issuer: opts.issuer?.trim() || t(lang, 'letter.defaultIssuer'),
    dateText: formalDate(asOf, lang),
  };
  return { lang, document, figures, bodies, overdue };
}
