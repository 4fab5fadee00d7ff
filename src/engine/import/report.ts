/**
 * The import report as text (command line, and the pane's copy button): the
 * mapping of every source column with samples, the counts, and every value
 * not imported as it is, grouped by column and value with all its cells.
 */
import { Lang, t } from '../../i18n/index';
import { columnLetters } from '../core/a1';
import { ImportNotice, ImportResult } from './types';
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
  cells: string[];
}

/** Notices of the same file, column, reason and value are one line with all their cells. */
export function groupNotices(notices: readonly ImportNotice[]): NoticeGroup[] {
  const groups = new Map<string, NoticeGroup>();
  for (const n of notices) {
    const key = [n.file, n.column, n.code, n.value, JSON.stringify(n.params)].join('\u0000');
    const g = groups.get(key);
    const where = n.cell || String(n.row);
    if (g) g.cells.push(where);
    else groups.set(key, { file: n.file, sheet: n.sheet, column: n.column, value: n.value, notice: n, cells: [where] });
  }
  return [...groups.values()];
}

/** ['W2','W3','W4','W9'] → 'W2–W4、W9' (rows of one column as ranges). */
export function compressCells(cells: readonly string[], sep: string): string {
  const byColumn = new Map<string, number[]>();
  const plain: string[] = [];
  for (const c of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c);
    if (!m) plain.push(c);
    else byColumn.set(m[1], [...(byColumn.get(m[1]) ?? []), Number(m[2])]);
  }
  const parts: string[] = [];
  for (const [col, rows] of byColumn) {
    const s = [...rows].sort((a, b) => a - b);
    for (let i = 0; i < s.length;) {
      let j = i;
      while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
      parts.push(j > i ? `${col}${s[i]}–${col}${s[j]}` : `${col}${s[i]}`);
      i = j + 1;
    }
  }
  return [...parts, ...plain].join(sep);
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

export function formatImportReport(result: ImportResult, opts: { dryRun: boolean; output?: string }): string {
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
  lines.push('');
  lines.push(
    t(lang, result.notices.length ? 'import.report.notices' : 'import.report.noNotices', { n: result.notices.length }),
  );
  for (const g of groups) {
    const reason = t(lang, g.notice.code, { ...g.notice.params, value: g.value });
    const [lq, rq, open, close, colon, sep] =
      lang === 'zh' ? ['“', '”', '（', '）', '：', '、'] : ['"', '"', ' (', ')', ': ', ', '];
    const head = g.value ? `${g.file} ${g.column} ${lq}${short(g.value)}${rq}` : `${g.file}`;
    lines.push(`  ${head}${open}${compressCells(g.cells, sep)}${close}${colon}${reason}`);
  }
  if (!opts.dryRun && opts.output) {
    lines.push('');
    lines.push(t(lang, 'import.report.written', { file: opts.output, ...result.counts }));
  }
  return lines.join('\n') + '\n';
}
