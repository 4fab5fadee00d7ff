/**
 * The 四账 cycle in the 整改进展情况报告: how the transferred clues stand
 * (by receiving body) and how the units' reports stand (with the rejection
 * count). The public version keeps to bodies, units and counts: never a
 * clue's content or result, a person's name (签收人, 跟踪人, 审核人) or a
 * reason for sending a report back.
 */
import { type Lang, type MessageKey, t } from '../../i18n';
import type { ReportRecord } from '../read/records';
import { reportAlertText } from '../rules/cycleAlertText';
import { cluesAt, cluesByBody, tallyClues, tallyReports } from './cycleFigures';
import { type DocumentBlock, heading, paragraph, table } from './document';
import type { LedgerData } from './types';
import { milestoneBlocks } from './milestones';

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function clueBlocks(data: LedgerData, lang: Lang, pub: boolean): DocumentBlock[] {
  const h = (k: MessageKey) => t(lang, k);
  const f = tallyClues(data.clues, data.today);
  const rows = cluesByBody(data.clues, data.today, h('ledger.blank'));
  const params = { ...f, onTimeRate: percent(f.onTimeRate) };
  const blocks: DocumentBlock[] = [
    heading(h('progress.h.clues')),
    paragraph(t(lang, 'progress.clues', params)),
    table(
      [
        h('notice.col.body'),
        h('notice.col.total'),
        h('stats.clues.onTime'),
        h('stats.clues.handling'),
        h('stats.clues.overdue'),
      ],
      rows.map((r) => [r.body, r.total, r.onTime, r.handling, r.overdue].map(String)),
      [2.6, 1.2, 1.2, 1.2, 1.2],
    ),
  ];
  const overdue = cluesAt(data.clues, data.today).filter((x) => x.state === 'overdue' && x.clue.status !== 'finished');
  if (!pub && overdue.length) {
    const heads = [h('notice.col.id'), h('notice.col.body'), h('notice.col.deadline'), h('progress.col.tracker')];
    const body = overdue.map(({ clue }) => [clue.id, clue.receiver, clue.deadline ?? '', clue.tracker]);
    blocks.push(paragraph(h('progress.clues.overdueList')), table(heads, body, [1.8, 2.2, 1.7, 1.4]));
  }
  return blocks;
}

/** The reports worth naming: overdue, or sent back at least once. */
function notable(r: ReportRecord): boolean {
  return r.alert.kind === 'overdue' || (r.rejections ?? 0) > 0;
}

function reportBlocks(data: LedgerData, lang: Lang, pub: boolean): DocumentBlock[] {
  const h = (k: MessageKey) => t(lang, k);
  const f = tallyReports(data.reports, data.today);
  const rows = data.reports.filter(notable);
  const blocks: DocumentBlock[] = [heading(h('progress.h.reports')), paragraph(t(lang, 'progress.reports', { ...f }))];
  if (!rows.length) return blocks;
  const heads = [
    h('progress.col.inspectedUnit'),
    h('progress.col.periodEnds'),
    h('progress.col.reportState'),
    h('progress.col.rejections'),
  ];
  const line = (r: ReportRecord) => [
    r.unit,
    r.deadline ?? '',
    reportAlertText(r.alert, lang),
    String(r.rejections ?? 0),
  ];
  if (pub) return [...blocks, table(heads, rows.map(line), [2.6, 1.6, 2.4, 1])];
  const withReason = rows.map((r) => [...line(r), r.rejectReason]);
  return [...blocks, table([...heads, h('progress.col.reason')], withReason, [2.2, 1.5, 2.2, 0.9, 2.2])];
}

/** The cycle's sections, for the lists that hold something as of the date (an empty list makes no section). */
export function cycleProgressBlocks(data: LedgerData, publicVersion: boolean): DocumentBlock[] {
  const lang = data.lang;
  const clues = data.mappings.clues && tallyClues(data.clues, data.today).total > 0;
  return [
    ...(clues ? clueBlocks(data, lang, publicVersion) : []),
    ...(data.mappings.reports && data.reports.length ? reportBlocks(data, lang, publicVersion) : []),
    ...(data.mappings.reports ? milestoneBlocks(data) : []),
  ];
}
