/**
 * What import says about a sheet's structure (docs/IMPORT.md "Sheets,
 * headers and sections"): the sheets it did not read and why, the file's
 * details, where a file without a unit column took its unit from, the
 * sections it found, and every row it did not take for a problem — each
 * named with its cell and text, so nothing is lost without a trace.
 */
import type { MessageKey } from '../../i18n';
import { columnLetters, cellAddress } from '../core/a1';
import { fileUnit } from '../sheetLayout';
import { type FileState, type RunState, columnFor, notice } from './context';
import { SECTION_COLUMN } from './layout';
import type { SkipReason } from './sources';
import type { ImportEvent } from './types';

/** The name a sheet is read under: the file's, or `file › sheet` when the file holds several ledgers. */
export function sheetSourceName(file: string, sheet: string, ledgers: number): string {
  return ledgers > 1 ? `${file} › ${sheet}` : file;
}

export function skippedSheet(file: string, sheet: string, reason: SkipReason): ImportEvent {
  return { code: `importLayout.sheet.${reason}` as MessageKey, params: { file, sheet } };
}

/** Words a unit's name ends with: a sheet named so, in a workbook of several ledgers, is that unit's. */
const UNIT_ENDINGS = [
  '公司',
  '集团',
  '局',
  '委',
  '办',
  '部',
  '厅',
  '院',
  '所',
  '中心',
  '处',
  '科',
  '站',
  '队',
  '单位',
  '学校',
  '医院',
  '支部',
  '党委',
  '党组',
  '街道',
  '镇',
  '乡',
  '村',
  '社区',
  '项目部',
];

/**
 * The unit of a file without a unit column: a unit or project named above the header (被检查单位：…, 项目名称：…);
 * else, for one sheet of several, the sheet's name when it names a unit (A公司); else the file's name.
 */
export function resolveUnit(run: RunState, f: FileState, several: boolean): void {
  if (f.unitCol || !f.layout) return;
  const detail = fileUnit(f.layout.details);
  let event: ImportEvent;
  if (detail) {
    f.stem = String(detail.value).trim();
    const cell = cellAddress(detail.row, detail.column);
    event = {
      code: 'importLayout.unitFromDetails',
      params: { file: f.source.file, cell, label: detail.label, unit: f.stem },
    };
  } else if (several && UNIT_ENDINGS.some((w) => f.sheetName.trim().endsWith(w))) {
    f.stem = f.sheetName.trim();
    event = { code: 'importLayout.unitFromSheet', params: { file: f.source.file, unit: f.stem } };
  } else event = { code: 'import.unitFromFile', params: { file: f.source.file, unit: f.stem } };
  run.result.events.push(event);
}

const SKIPPED_ROW: Record<string, MessageKey> = {
  footnote: 'importLayout.row.footnote',
  total: 'importLayout.row.total',
  numberOnly: 'importLayout.row.numberOnly',
  details: 'importLayout.row.details',
};

/** The details of the header block, one line. */
function detailsEvent(run: RunState, f: FileState): void {
  const details = f.layout!.details;
  if (!details.length) return;
  const sep = run.lang === 'zh' ? '；' : '; ';
  const colon = run.lang === 'zh' ? '：' : ': ';
  const list = details.map((d) => `${d.label}${colon}${d.value ?? ''}`).join(sep);
  run.result.events.push({ code: 'importLayout.details', params: { file: f.source.file, list } });
}

function sectionsEvent(run: RunState, f: FileState): void {
  const sections = f.layout!.plan.sections;
  if (!sections.length) return;
  const own = columnFor(f, 'problems', 'category');
  const examples = sections
    .filter((s) => s.level === 0)
    .slice(0, 3)
    .map((s) => s.heading.title)
    .join(run.lang === 'zh' ? '、' : ', ');
  const params = { file: f.source.file, count: sections.length, examples, column: SECTION_COLUMN[run.lang] };
  run.result.events.push({ code: own ? 'importLayout.sectionsKept' : 'importLayout.sections', params });
  for (const s of sections) {
    if (s.heading.count === undefined || s.heading.count === s.problems) continue;
    const src = { file: f.source.file, sheet: f.sheetName, row: s.row };
    const params2 = { count: s.heading.count, found: s.problems };
    run.result.notices.push(notice(src, 0, s.text, '', 'importLayout.section.countDiffers', params2));
  }
}

function rolesAndDatesEvents(run: RunState, f: FileState): void {
  const { roles, dateExtras } = f.layout!;
  const sep = run.lang === 'zh' ? '、' : ', ';
  if (roles.size) {
    const first = f.header.columns.find((c) => roles.has(c.column))!;
    const group = first.parts[first.parts.length - 2];
    const params = { file: f.source.file, group, roles: [...roles.values()].join(sep) };
    run.result.events.push({ code: 'importLayout.roles', params });
  }
  if (dateExtras.size) {
    const columns = f.mapping
      .filter((m) => dateExtras.has(m.column))
      .map((m) => `${columnLetters(m.column)} ${m.header}`)
      .join(sep);
    run.result.events.push({ code: 'importLayout.extraDates', params: { file: f.source.file, columns } });
  }
  const feedback = columnFor(f, 'problems', 'feedbackDate');
  if (feedback && feedback.how === 'alias' && ROW_DATES.has(feedback.matchedAs ?? feedback.header))
    run.result.events.push({
      code: 'importLayout.rowDateAsFeedback',
      params: { file: f.source.file, column: feedback.header },
    });
}

/** Per-row dates of neighbouring ledgers that stand in for 反馈日期 when a file has none. */
const ROW_DATES = new Set(['排查日期', '排查时间', '检查时间', '检查日期', '发现日期', '发现时间']);

/** Everything import says about the sheet's structure: events for the file, a located notice for each row set aside. */
export function reportLayout(run: RunState, f: FileState): void {
  if (!f.layout) return;
  detailsEvent(run, f);
  sectionsEvent(run, f);
  rolesAndDatesEvents(run, f);
  for (const p of f.layout.plan.rows) {
    const code = SKIPPED_ROW[p.kind];
    if (!code) continue;
    const src = { file: f.source.file, sheet: f.sheetName, row: p.row };
    run.result.notices.push(notice(src, p.column ?? 0, p.text ?? '', '', code, { row: p.row }));
  }
}
