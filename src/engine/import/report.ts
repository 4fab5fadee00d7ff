/**
 * The import report as text (command line, and the pane's copy button): the
 * mapping of every source column with samples, the counts, and every value
 * not imported as it is, grouped by column and value with all its cells.
 */
import { Lang, type MessageParams, t } from '../../i18n/index';
import { columnLetters } from '../core/a1';
import type { FileReport, ImportNotice, ImportResult } from './types';
import { targetLabel } from './mapping';

const MAX_SAMPLE = 24;

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > MAX_SAMPLE ? one.slice(0, MAX_SAMPLE - 1) + '…' : one;
}

export interface NoticeGroup {
  file: string;
  sheet: string;
  column: string;
  value: string;
  notice: ImportNotice;
  /** Where each notice of the group is: its cell (A5), or its row number for a notice about a whole row. */
  cells: string[];
  /** How many notices the group holds. */
  count: number;
  /** Params that differ from row to row (the row a repeat repeats, an ID), gathered in order. */
  gathered: Record<string, (string | number)[]>;
}

/** Params that differ row by row in notices saying the same thing: gathered, not a reason to make another group. */
const ROW_PARAMS = new Set(['row', 'otherRow', 'id']);

/** Notices of the same file, column, reason, value (and params but the row's own) are one group with all their cells. */
export function groupNotices(notices: readonly ImportNotice[]): NoticeGroup[] {
  const groups = new Map<string, NoticeGroup>();
  for (const n of notices) {
    const fixed = Object.entries(n.params).filter(([k]) => !ROW_PARAMS.has(k));
    const key = [n.file, n.column, n.code, n.value, JSON.stringify(fixed)].join('\u0000');
    let g = groups.get(key);
    if (!g) {
      g = {
        file: n.file,
        sheet: n.sheet,
        column: n.column,
        value: n.value,
        notice: n,
        cells: [],
        count: 0,
        gathered: {},
      };
      groups.set(key, g);
    }
    g.cells.push(n.cell || String(n.row));
    g.count++;
    for (const [k, v] of Object.entries(n.params)) if (ROW_PARAMS.has(k)) (g.gathered[k] ??= []).push(v);
  }
  return [...groups.values()];
}

/**
 * Notices that need no action: rows imported before or once, cells updated, measures split, rows that are no
 * problems left out.
 */
const INFORMATION = new Set<string>([
  'import.value.newCategory',
  'import.row.alreadyImported',
  'import.row.repeated',
  'importReport.row.unchanged',
  'importReport.row.sameInFile',
  'importReport.repeat.filled',
  'importReport.repeat.measure',
  'importReport.cell.updated',
  'importReport.measures.split',
  // Rows the sheet reader recognised and left out, as it should (a total, a footnote, a 序号 alone, a details line).
  'import.row.total',
  'importLayout.row.total',
  'importLayout.row.footnote',
  'importLayout.row.numberOnly',
  'importLayout.row.details',
]);

/** Whether an import has something a person must look at (the command line's exit code 1). */
export function importNeedsLooking(result: ImportResult): boolean {
  return result.notices.some((n) => !INFORMATION.has(n.code));
}

/** At most this many places (cells, ranges of rows) are listed for one group; the rest are counted. */
const MAX_PLACES = 10;

/** A gathered param as text: numbers as ranges (2–4、9), other values as a list; the first few, then how many. */
function gatheredText(values: readonly (string | number)[], lang: Lang): string {
  if (values.every((v) => typeof v === 'number')) return limitParts(ranges(values as number[]), values.length, lang);
  const distinct = [...new Set(values.map(String))];
  return limitParts(distinct, distinct.length, lang);
}

function limitParts(parts: string[], total: number, lang: Lang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  if (parts.length <= MAX_PLACES) return parts.join(sep);
  return (
    parts.slice(0, MAX_PLACES).join(sep) + (lang === 'zh' ? '…' : '…, ') + t(lang, 'importReport.more', { n: total })
  );
}

/** [2,3,4,9] → ['2–4', '9'] */
function ranges(numbers: readonly number[]): string[] {
  const s = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(j > i ? `${s[i]}–${s[j]}` : String(s[i]));
    i = j + 1;
  }
  return out;
}

/** The params a group's message is rendered with: its own, each gathered one as a list, and the value. */
export function groupParams(g: NoticeGroup, lang: Lang): MessageParams {
  const params: MessageParams = { ...g.notice.params, value: g.value };
  for (const [k, values] of Object.entries(g.gathered)) params[k] = gatheredText(values, lang);
  return params;
}

/** Where a group is: its cells as ranges (W2–W4、W9), or 第 2–36 行 for notices about whole rows; the first few. */
export function groupPlaces(g: NoticeGroup, lang: Lang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  const rowsOnly = g.cells.every((c) => /^\d+$/.test(c));
  if (rowsOnly) {
    const rows = gatheredText(g.cells.map(Number), lang);
    return t(lang, 'importReport.rows', { rows });
  }
  const parts = compressCells(g.cells, sep).split(sep);
  return limitParts(parts, g.count, lang);
}

/** ['W2','W3','W4','W9'] → 'W2–W4、W9' (rows of one column as ranges). */
export function compressCells(cells: readonly string[], sep: string): string {
  const byColumn = new Map<string, number[]>();
  const plain: string[] = [];
  for (const c of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c);
    if (!m) plain.push(c);
    else {
      const rows = byColumn.get(m[1]);
      if (rows) rows.push(Number(m[2]));
      else byColumn.set(m[1], [Number(m[2])]);
    }
  }
  const parts: string[] = [];
  for (const [col, rows] of byColumn) for (const r of ranges(rows)) parts.push(col + r.replace('–', `–${col}`));
  for (const p of plain) parts.push(p);
  return parts.join(sep);
}

export function describeColumn(c: ImportResult['files'][number]['columns'][number], lang: Lang): string {
  const where = `${columnLetters(c.column)} ${c.header || '—'}`;
  let target: string;
  if (c.targets.length) {
    const labels = c.targets.map((x) => targetLabel(x, lang)).join(lang === 'zh' ? '、' : ', ');
    const how = t(lang, `import.how.${c.how}` as 'import.how.header');
    const [open, close, colon] = lang === 'zh' ? ['（', '）', '：'] : [' (', ')', ': '];
    target = `${labels}${open}${how}${c.matchedAs ? `${colon}${c.matchedAs}` : ''}${close}`;
  } else {
    target = c.lostTo
      ? t(lang, 'import.report.extraLost', { name: c.extraName ?? '', other: c.lostTo })
      : t(lang, 'import.report.extra', { name: c.extraName ?? '' });
  }
  const parts = [`${where} → ${target}`];
  if (c.samples.length) parts.push(t(lang, 'import.report.samples', { samples: c.samples.map(short).join(' | ') }));
  parts.push(t(lang, 'import.report.filled', { filled: c.filled }));
  if (c.placeholders) parts.push(t(lang, 'import.report.placeholders', { n: c.placeholders }));
  if (c.translations.length)
    parts.push(
      t(lang, 'import.report.translated', {
        list: c.translations.map((x) => `${x.from}→${x.to} ×${x.count}`).join(lang === 'zh' ? '，' : ', '),
      }),
    );
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** Where a file's 反馈日期 came from, as one line of its section. */
export function feedbackLine(f: FileReport, lang: Lang): string {
  const use = f.feedbackDate!;
  const column = f.columns.find((c) => c.targets.some((x) => x.sheet === 'problems' && x.key === 'feedbackDate'));
  const params = {
    column: column?.header ?? '',
    cell: use.cell ?? '',
    label: use.label ?? '',
    date: use.value ?? '',
    file: f.file,
  };
  return t(lang, `importReport.feedbackUse.${use.from}`, params);
}

/** One group of notices as a line: file, column and value, where (cells or rows), and the reason. */
function noticeLine(g: NoticeGroup, lang: Lang): string {
  const reason = t(lang, g.notice.code, groupParams(g, lang));
  const [lq, rq, open, close, colon] = lang === 'zh' ? ['“', '”', '（', '）', '：'] : ['"', '"', ' (', ')', ': '];
  const head = [g.file, g.column, g.value ? `${lq}${short(g.value)}${rq}` : ''].filter(Boolean).join(' ');
  return `  ${head}${open}${groupPlaces(g, lang)}${close}${colon}${reason}`;
}

/** The import report as text; `unchanged`: the ledger was left as it was (nothing new, nothing changed). */
export function formatImportReport(
  result: ImportResult,
  opts: { dryRun: boolean; output?: string; unchanged?: boolean },
): string {
  const { lang } = result;
  const lines: string[] = [];
  lines.push(t(lang, opts.dryRun ? 'import.report.titleDry' : 'import.report.title'));
  for (const f of result.files) {
    lines.push('');
    lines.push(
      t(lang, 'import.report.file', {
        file: f.file,
        sheet: f.sheet,
        header: f.headerRows[0] === f.headerRows[1] ? String(f.headerRows[0]) : `${f.headerRows[0]}–${f.headerRows[1]}`,
        rows: f.dataRows,
      }),
    );
    if (f.duplicateOf) {
      lines.push('  ' + t(lang, 'import.duplicateFile', { file: f.file, other: f.duplicateOf, rows: f.dataRows }));
      continue;
    }
    for (const c of f.columns) lines.push('  ' + describeColumn(c, lang));
    if (f.feedbackDate) lines.push('  ' + feedbackLine(f, lang));
  }
  lines.push('');
  lines.push(t(lang, 'import.report.derived'));
  lines.push(t(lang, 'import.report.counts', { ...result.counts }));
  if (result.events.length) {
    lines.push('');
    lines.push(t(lang, 'import.report.events'));
    for (const e of result.events) lines.push('  ' + t(lang, e.code, e.params));
  }
  if (result.newCategories.length) {
    lines.push('');
    lines.push(t(lang, 'import.report.newCategories', { list: result.newCategories.join('、') }));
  }
  const groups = groupNotices(result.notices);
  const findings = result.notices.filter((n) => !INFORMATION.has(n.code)).length;
  lines.push('');
  lines.push(t(lang, findings ? 'import.report.notices' : 'import.report.noNotices', { n: findings }));
  for (const g of groups) if (!INFORMATION.has(g.notice.code)) lines.push(noticeLine(g, lang));
  if (findings < result.notices.length) {
    lines.push('');
    lines.push(t(lang, 'importReport.report.info', { n: result.notices.length - findings }));
    for (const g of groups) if (INFORMATION.has(g.notice.code)) lines.push(noticeLine(g, lang));
  }
  if (!opts.dryRun && opts.output) {
    lines.push('');
    if (opts.unchanged) lines.push(t(lang, 'importReport.report.unchanged', { file: opts.output }));
    else lines.push(t(lang, 'import.report.written', { file: opts.output, ...result.counts }));
  }
  return lines.join('\n') + '\n';
}
